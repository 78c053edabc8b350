/**
 * The address bar's `talks` keyword: suggestions as the person types, and where
 * Enter goes. Pure.
 */
import { searchArchive, suggestCompletions } from '../../indexer/search/search-archive.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { formatRoute, searchHash } from './parse-route.ts';
import { findPeople } from './find-people.ts';
import { formatDate } from './format-date.ts';
import { kindLabel, peopleAbout } from './record-labels.ts';
import { counted } from './counted.ts';

export interface OmniboxSuggestion {
  /** What Enter receives when this suggestion is chosen. */
  content: string;
  /** Plain text; the adapter escapes it for Chrome's XML descriptions. */
  description: string;
}

const RECORD_PREFIX = 'talkscope:record:';
const PERSON_PREFIX = 'talkscope:person:';

/**
 * Suggestions for `text`: the people it names first (at most two, each opening their page),
 * then the records it finds, then completions of its last word.
 */
export function suggestForOmnibox(loaded: LoadedArchive, text: string, limit = 6): OmniboxSuggestion[] {
  const query = text.trim();
  if (!query) return [];
  const people: OmniboxSuggestion[] = findPeople(loaded.nameIndex, query, 2).map((p) => ({
    content: `${PERSON_PREFIX}${p.key}`,
    description: [p.name, p.affiliation, p.talks ? counted(p.talks, 'talk') : 'person'].filter(Boolean).join(' · '),
  }));
  const hits = searchArchive(loaded.archive, { query, limit }).hits;
  const out: OmniboxSuggestion[] = [
    ...people,
    ...hits.map(({ record }) => ({
      content: `${RECORD_PREFIX}${record.id}`,
      description: [
        record.kind === 'talk' ? '' : kindLabel(record.kind),
        record.title,
        // A profile's title is its subject's name already, as "Talk by …" names its speaker.
        peopleAbout(record)
          .filter((p) => !record.title.includes(p.name))
          .map((p) => p.name)
          .slice(0, 2)
          .join(', '),
        formatDate(record.date),
        // Two profiles of one person (a lab's people and its alumni) tell themselves apart by it.
        record.kind === 'profile' ? shorten(record.summary) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  ];
  const lastWord = query.split(/\s+/).pop() ?? '';
  const head = query.slice(0, query.length - lastWord.length);
  for (const completion of suggestCompletions(loaded.archive, query, 3)) {
    const full = completion.includes(' ') || !head ? completion : `${head}${completion}`;
    if (full.toLowerCase() !== query.toLowerCase()) out.push({ content: full, description: `Search the archive for ${full}` });
  }
  return dedupe(out).slice(0, limit);
}

/** The archive page hash for what Enter was pressed on: a chosen person or record, or a search. */
export function omniboxHash(text: string): string {
  const t = text.trim();
  if (t.startsWith(RECORD_PREFIX)) return formatRoute({ view: 'record', id: t.slice(RECORD_PREFIX.length) });
  if (t.startsWith(PERSON_PREFIX)) return formatRoute({ view: 'person', key: t.slice(PERSON_PREFIX.length) });
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

function shorten(text: string | undefined, max = 60): string {
  if (!text || text.length <= max) return text ?? '';
  return `${text.slice(0, text.lastIndexOf(' ', max - 1) > 0 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`;
}
