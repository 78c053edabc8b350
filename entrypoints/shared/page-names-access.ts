/**
 * The person's choices about names on pages: which sites they allowed (kept here, in local
 * storage, beside the browser's own host permissions), and the pause and global switch (kept
 * in the settings). The popup and the options page act through these functions.
 */
import { browser } from 'wxt/browser';
import { EVERYWHERE, originPattern } from '../../indexer/names/plan-registration.ts';
import { getSettings, saveSettings, setSitePaused } from './settings.ts';

/** storage.local key: match patterns of the sites the person allowed (`<all_urls>` for everywhere). */
export const ALLOWED_SITES_KEY = 'pageNamesAllowed';

export async function getAllowedSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(ALLOWED_SITES_KEY))[ALLOWED_SITES_KEY];
  return Array.isArray(stored) ? stored.filter((p): p is string => typeof p === 'string') : [];
}

async function setAllowed(update: (list: string[]) => string[]): Promise<void> {
  const next = [...new Set(update(await getAllowedSites()))].sort();
  await browser.storage.local.set({ [ALLOWED_SITES_KEY]: next });
}

/** Records a site (or everywhere) as allowed, once the browser granted it. */
export async function rememberAllowed(pattern: string): Promise<void> {
  await setAllowed((list) => [...list, pattern]);
}

/**
 * Asks the browser for access to `origin` (or everywhere) and remembers the answer. Must be
 * called straight from a click: the browser only shows its prompt during a user gesture, so
 * nothing may be awaited before `permissions.request`.
 */
export function allowSite(origin: string | 'everywhere'): Promise<boolean> {
  const pattern = origin === 'everywhere' ? EVERYWHERE : originPattern(origin);
  if (!pattern) return Promise.resolve(false);
  return browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (granted) await rememberAllowed(pattern);
    return granted;
  });
}

/**
 * Stops marking names on `site` for good and gives the permission back; `site` is an origin,
 * a match pattern from the allowed list, or 'everywhere'.
 */
export async function forgetSite(site: string | 'everywhere'): Promise<void> {
  const pattern = site === 'everywhere' ? EVERYWHERE : site.endsWith('/*') ? site : originPattern(site);
  if (!pattern) return;
  await setAllowed((list) => list.filter((p) => p !== pattern));
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export async function pauseSite(origin: string, paused: boolean): Promise<void> {
  await setSitePaused(origin, paused);
}

export async function setNamesEnabled(enabled: boolean): Promise<void> {
  const s = await getSettings();
  await saveSettings({ ...s, highlight: { ...s.highlight, enabled } });
}

/** The host permissions the browser grants now. */
export async function getGrantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}
