/**
 * The person's preferences in browser.storage.sync: one typed module for the
 * popup, the options page and the page highlighting (issue 5). The shape and
 * its defaults are in components/lib/normalize-settings.ts.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, withSitePaused, type Settings } from '../../components/lib/normalize-settings.ts';

export type { Settings } from '../../components/lib/normalize-settings.ts';
export { DEFAULT_SETTINGS, isHighlightActive } from '../../components/lib/normalize-settings.ts';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return normalizeSettings(stored[KEY]);
}

/** Saves the whole settings object (normalised) and returns what was saved. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  await browser.storage.sync.set({ [KEY]: clean });
  return clean;
}

export async function setSitePaused(origin: string, paused: boolean): Promise<Settings> {
  return saveSettings(withSitePaused(await getSettings(), origin, paused));
}

/** Calls `listener` with the new settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) listener(normalizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
