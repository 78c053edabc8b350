/** The popup's recent searches, kept on this device only (storage.local). */
import { browser } from 'wxt/browser';
import { addRecentSearch, readRecentSearches } from '../../components/lib/recent-searches.ts';

const KEY = 'recentSearches';

export async function getRecentSearches(): Promise<string[]> {
  return readRecentSearches((await browser.storage.local.get(KEY))[KEY]);
}

export async function rememberSearch(query: string): Promise<string[]> {
  const list = addRecentSearch(await getRecentSearches(), query);
  await browser.storage.local.set({ [KEY]: list });
  return list;
}

export async function clearRecentSearches(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
