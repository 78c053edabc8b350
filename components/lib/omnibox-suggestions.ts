/**
 * The address bar's `talks` keyword: suggestions as the person types, and where
 * Enter goes. Pure.
 */
import { searchArchive, suggestCompletions } from '../../indexer/search/search-archive.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { formatRoute, searchHash } from './parse-route.ts';

export interface OmniboxSuggestion {
  /** What Enter receives when this suggestion is chosen. */
  content: string;
  /** Plain text; the adapter escapes it for Chrome's XML descriptions. */
  description: string;
}

const RECORD_PREFIX = 'talkscope:record:';

export function suggestForOmnibox(loaded: LoadedArchive, text: string, limit = 6): OmniboxSuggestion[] {
  const query = text.trim();
  if (!query) return [];
  const hits = searchArchive(loaded.archive, { query, limit }).hits;
  const out: OmniboxSuggestion[] = hits.map((h) => ({
    content: `${RECORD_PREFIX}${h.record.id}`,
    description: [
      h.record.title,
      h.record.people
        .map((p) => p.name)
        .slice(0, 2)
        .join(', '),
      h.record.date,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const lastWord = query.split(/\s+/).pop() ?? '';
  const head = query.slice(0, query.length - lastWord.length);
  for (const completion of suggestCompletions(loaded.archive, query, 3)) {
    const full = completion.includes(' ') || !head ? completion : `${head}${completion}`;
    if (full.toLowerCase() !== query.toLowerCase()) out.push({ content: full, description: `Search the archive for ${full}` });
  }
  return dedupe(out).slice(0, limit);
}

/** The archive page hash for what Enter was pressed on: a chosen record, or a search. */
export function omniboxHash(text: string): string {
  const t = text.trim();
  if (t.startsWith(RECORD_PREFIX)) return formatRoute({ view: 'record', id: t.slice(RECORD_PREFIX.length) });
  return t ? searchHash(t) : formatRoute({ view: 'home' });
}

/** Chrome reads descriptions as XML; Firefox shows them as they are. */
export function escapeOmniboxXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function dedupe(list: OmniboxSuggestion[]): OmniboxSuggestion[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(s.content) ? false : (seen.add(s.content), true)));
}
