/** The `talks` keyword in the address bar: suggestions as the person types, Enter opens the archive. */
import { browser } from 'wxt/browser';
import { escapeOmniboxXml, omniboxHash, suggestForOmnibox } from '../../components/lib/omnibox-suggestions.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';
import { openArchive, type Disposition } from '../shared/open-archive.ts';

export function registerOmnibox(): void {
  browser.omnibox.setDefaultSuggestion({ description: 'Search the Talkscope archive' });
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void omniboxSuggestions(text).then(suggest);
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void handleOmniboxEnter(text, disposition);
  });
}

export async function omniboxSuggestions(text: string): Promise<{ content: string; description: string }[]> {
  const loaded = await getLoadedArchive();
  // Chrome parses descriptions as XML; Firefox shows the text as it is.
  const escape = import.meta.env.FIREFOX ? (s: string) => s : escapeOmniboxXml;
  return suggestForOmnibox(loaded, text).map((s) => ({ content: s.content, description: escape(s.description) }));
}

/** Opens the archive for what Enter was pressed on; returns the hash (for tests). */
export async function handleOmniboxEnter(text: string, disposition: Disposition = 'currentTab'): Promise<string> {
  const hash = omniboxHash(text);
  await openArchive(hash, disposition);
  return hash;
}
