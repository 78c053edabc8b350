/**
 * Reads the archive the extension ships under /data/ (never imported into a
 * script bundle: fetched from the extension's own files).
 */
import { browser } from 'wxt/browser';
import { BUNDLE_FILES } from '../../indexer/bundle-format.ts';
import { loadArchive, type BundleTexts, type LoadedArchive } from '../../components/lib/loaded-archive.ts';

export async function fetchBundleFile(name: (typeof BUNDLE_FILES)[keyof typeof BUNDLE_FILES]): Promise<string> {
  const res = await fetch(browser.runtime.getURL(`/data/${name}`));
  if (!res.ok) throw new Error(`Talkscope could not read its archive file data/${name} (${res.status})`);
  // Measured in Chromium on a 11 MB records file: bytes then one decode is quicker than text().
  return new TextDecoder().decode(await res.arrayBuffer());
}

export async function fetchBundle(): Promise<BundleTexts> {
  const [index, records, names, info] = await Promise.all([
    fetchBundleFile(BUNDLE_FILES.index),
    fetchBundleFile(BUNDLE_FILES.records),
    fetchBundleFile(BUNDLE_FILES.names),
    fetchBundleFile(BUNDLE_FILES.info),
  ]);
  return { index, records, names, info };
}

let loading: Promise<LoadedArchive> | undefined;

/** The archive, loaded once per page or worker. */
export function getLoadedArchive(): Promise<LoadedArchive> {
  loading ??= fetchBundle().then(loadArchive);
  return loading;
}
