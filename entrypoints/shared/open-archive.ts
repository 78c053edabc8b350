/** Opens the archive page at a hash (`#/search?q=...`, `#/record/...`), in a new tab or this one. */
import { browser } from 'wxt/browser';

export type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

export function archiveUrl(hash: string): string {
  return `${browser.runtime.getURL('/archive.html')}${hash}`;
}

export async function openArchive(hash: string, disposition: Disposition = 'newForegroundTab'): Promise<void> {
  const url = archiveUrl(hash);
  if (disposition === 'currentTab') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, { url });
      return;
    }
  }
  await browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
}
