/**
 * "Search Talkscope for …" on a selection: opens the archive page on the results,
 * or on the person's page when the selection is one person of the archive.
 */
import { browser, type Browser } from 'wxt/browser';
import { lookupHash } from '../../components/lib/lookup-route.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';
import { openArchive } from '../shared/open-archive.ts';

const MENU_ID = 'talkscope-lookup';

export function registerContextMenu(): void {
  // Chrome keeps menus across restarts, Firefox does not: create it at install and at every browser start.
  const create = () =>
    void Promise.resolve(browser.contextMenus.remove(MENU_ID))
      .catch(() => undefined)
      .then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Search Talkscope for "%s"', contexts: ['selection'] }));
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void handleContextMenuClick(info);
  });
}

/** Opens the archive for the selection; returns the hash it opened (for tests). */
export async function handleContextMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText'>,
): Promise<string | undefined> {
  const loaded = await getLoadedArchive();
  const hash = lookupHash(info.selectionText ?? '', loaded.names);
  if (hash) await openArchive(hash);
  return hash;
}
