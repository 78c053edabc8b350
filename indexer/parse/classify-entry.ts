import type { Kind } from '../record.ts';
import { hasValue } from './field-value.ts';
import { FIELD_NAMES } from './field-names.ts';
import { normalizeKey } from './read-people.ts';

/**
 * Decides what one entry of a collection file (a YAML/JSON list or map) is:
 * - a talk: a speaker or presenter plus a title, date or abstract, or a title
 *   "Talk: Name" (reading-group schedules), or a title with an abstract and a date;
 * - a profile: a name (or first/last, given/family) plus a role, position,
 *   affiliation, institution, bio, description or research interests;
 * - news: a title and a date with some text (content, description), or a date
 *   and a line of text (`{date, text}`, `{date, message}`).
 * With `peopleList` (the entry sits in a people file or a `faculty:` list) a
 * name alone makes a profile.
 * Anything else (navigation, publications, site settings, lists of ids, a group
 * listing its `personnel` or `members`) is not a record: undefined.
 *
 * @example classifyEntry({ speaker: 'Ada', title: 'Engines', date: '1843-01-01' }) === 'talk'
 * @example classifyEntry({ name: 'Ada', url: 'https://x.org' }) === undefined
 */
export function classifyEntry(entry: Record<string, unknown>, peopleList = false): Kind | undefined {
  const f: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) if (hasValue(v)) f[normalizeKey(k)] = v;
  const has = (keys: readonly string[]) => keys.some((k) => k in f);
  const publication =
    has(['journal', 'doi', 'bibtex', 'arxiv', 'booktitle', 'publisher', 'citation', 'venue_short']) ||
    ('authors' in f && 'year' in f);
  const title = has(['talk_title', 'title', 'event_name', 'topic']);
  const paper = typeof f.paper === 'string' && /^\s*talk\s*:/i.test(f.paper);
  const date = has(FIELD_NAMES.date.filter((k) => k !== 'time' && k !== 'data' && k !== 'day'));
  const speaker = has(FIELD_NAMES.speaker) || ('speaker_first' in f && 'speaker_last' in f);
  if (!publication && ((speaker && (title || date || 'abstract' in f || 'paper' in f)) || paper)) return 'talk';
  // A group that lists its people (`name: Postdocs`, `personnel: [ids]`) is no one.
  if (Array.isArray(f.personnel) || Array.isArray(f.members)) return undefined;
  const name =
    has(['name', 'full_name', 'professional_name']) ||
    (has(['firstname', 'first_name', 'given']) && has(['lastname', 'last_name', 'family']));
  if (
    name &&
    !publication &&
    has([
      ...FIELD_NAMES.position,
      ...FIELD_NAMES.affiliation,
      ...FIELD_NAMES.bio,
      'description',
      'research_interests',
      'interests',
      'research_areas',
      'research_area',
      'expertise',
      'phd',
      'roster',
    ])
  )
    return 'profile';
  // In a people file (`people.yml`, `faculty: [...]`) a name is enough.
  if (name && peopleList && !publication) return 'profile';
  const text = has([
    'content',
    'body',
    'text',
    'message',
    'description',
    'summary',
    'excerpt',
    'abstract',
    'details',
    'event_details',
  ]);
  if (title && date && !publication && text) {
    return 'abstract' in f || has(['location', 'room', 'venue']) ? 'talk' : 'news';
  }
  // News items written as a dated line of text, with no title of their own.
  if (!title && !name && date && has(['text', 'message', 'content', 'body'])) return 'news';
  return undefined;
}
