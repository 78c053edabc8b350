/** The archive's build info (counts, series), small enough for the popup to read on open. */
import { browser } from 'wxt/browser';
import type { BuildInfo } from '../../indexer/bundle-format.ts';

export async function fetchBuildInfo(): Promise<BuildInfo> {
  const res = await fetch(browser.runtime.getURL('/data/build-info.json'));
  if (!res.ok) throw new Error(`Talkscope could not read its archive file data/build-info.json (${res.status})`);
  return (await res.json()) as BuildInfo;
}
