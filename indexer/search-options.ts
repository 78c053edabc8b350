/**
 * The one set of MiniSearch options: the indexer builds with it, the extension
 * loads and searches with it. Changing anything here changes the index format,
 * so bump `SEARCH_INDEX_FORMAT` with it.
 *
 * Why these choices:
 * - Terms are folded (lower case, accents and ligatures away: "Erdős" → "erdos"),
 *   so "Erdos" finds Erdős; the search core puts the exact accented form first.
 * - Math in titles (made Unicode by `texToText`) is found as people type it:
 *   "Lᵖ" by "L^p" and "Lp", "GLₙ" by "GL_n" and "GLn", "ν-X" by "nu-X".
 * - Stop words and one-letter words are indexed in titles only ("L p bounds for",
 *   "Week of March 9"); elsewhere they make the index big and find nothing.
 *   Over-long tokens (base64, URLs glued together) are never indexed.
 *   Initials ("T. Hartvigsen") are matched against names after the index answers.
 * - `people` holds the names of the people a record is about (speakers, authors,
 *   the subject of a profile); `hosts` the hosts and editors, boosted far less,
 *   so a person's own talks beat the talks they only introduced.
 * - Nothing is stored in the index: records.json already carries every field.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { TalkRecord } from './record.ts';
import { foldName } from './people/person-key.ts';
import { GREEK_LETTERS } from './greek-letters.ts';

/** Bumped whenever the options or the serialised index change shape. */
export const SEARCH_INDEX_FORMAT = 'talkscope-search/3';

export const SEARCH_FIELDS = ['title', 'people', 'hosts', 'summary', 'topics', 'abstract', 'bio', 'body', 'series'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Speaker and title over summary over abstract over body. */
export const FIELD_BOOSTS: Record<SearchField, number> = {
  people: 6,
  title: 5,
  summary: 2,
  topics: 2,
  abstract: 1.5,
  bio: 1.2,
  hosts: 1,
  body: 1,
  series: 1,
};

const OWN_ROLES = new Set(['speaker', 'author', 'subject']);

/**
 * The text of one field of a record, as the index sees it.
 * @example extractSearchField(talk, 'people') // 'Tom Hartvigsen' (speakers, authors, subjects; hosts are in 'hosts')
 */
export function extractSearchField(record: TalkRecord, field: string): string {
  switch (field) {
    case 'people':
      return record.people
        .filter((p) => OWN_ROLES.has(p.role))
        .map((p) => p.name)
        .join(' ');
    case 'hosts':
      return record.people
        .filter((p) => !OWN_ROLES.has(p.role))
        .map((p) => p.name)
        .join(' ');
    case 'topics':
      return record.topics.join(' ');
    default: {
      const value = (record as unknown as Record<string, unknown>)[field];
      return typeof value === 'string' ? value : '';
    }
  }
}

/**
 * Splits text into words: runs of letters, marks and digits (apostrophes inside words split too).
 * Superscripts and subscripts are words of their own, as a query types them
 * with `^` and `_`: "Lᵖ", "ℝⁿ", "GL₂" are read as "L p", "ℝ n", "GL 2".
 * @example tokenizeText("Erdős–Rényi, Tom's") // ['Erdős', 'Rényi', 'Tom', 's']
 * @example tokenizeText('Lᵖ bounds') // ['L', 'ᵖ', 'bounds']
 */
export function tokenizeText(text: string): string[] {
  const words = text.match(WORD) ?? [];
  return SCRIPT.test(text) ? words.flatMap(splitScripts) : words;
}
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * `tokenizeText` for the index: a word with a superscript or subscript is also
 * kept whole, so both "L^p" and "Lp" find "Lᵖ" (NFKD folds ᵖ to p).
 * @example tokenizeIndexText('Lᵖ bounds') // ['L', 'ᵖ', 'Lᵖ', 'bounds']
 */
export function tokenizeIndexText(text: string): string[] {
  const words = text.match(WORD) ?? [];
  if (!SCRIPT.test(text)) return words;
  return words.flatMap((w) => {
    const parts = splitScripts(w);
    return parts.length > 1 ? [...parts, w] : parts;
  });
}

/** Whether `text` holds a superscript or subscript letter or digit ("Lᵖ", "GLₙ", "x²"). */
export function hasScript(text: string): boolean {
  return SCRIPT.test(text);
}

/** "x²₁" → ['x', '²', '₁']: runs of ordinary characters, of superscripts and of subscripts. */
export function splitScripts(word: string): string[] {
  if (!SCRIPT.test(word)) return [word];
  const parts: string[] = [];
  let run = '';
  let runClass = -1;
  for (const ch of word) {
    const c = SUBSCRIPT.test(ch) ? 2 : SCRIPT.test(ch) ? 1 : 0;
    if (c !== runClass && run) {
      parts.push(run);
      run = '';
    }
    run += ch;
    runClass = c;
  }
  if (run) parts.push(run);
  return parts;
}
// Superscript and subscript letters and digits (ª and º, ordinals in "1º", are not among them).
const SCRIPT = /[\u00b2\u00b3\u00b9\u02b0-\u02b8\u02e0-\u02e4\u1d2c-\u1d6a\u1d78\u1d9b-\u1dbf\u2070-\u209c\u2c7c\u2c7d]/u;
const SUBSCRIPT = /[\u1d62-\u1d6a\u2080-\u209c\u2c7c]/u;

/**
 * A word as the index stores it, or `null` when it is not indexed. Titles keep
 * every word (stop words and single letters: "L p bounds for", "Week of March 9");
 * other fields drop them. Called without a field (a query word), nothing but
 * over-long tokens is dropped: the search core decides which words must match.
 * @example normalizeTerm('Erdős') === 'erdos'; normalizeTerm('the', 'body') === null
 */
export function normalizeTerm(word: string, field?: string): string | null {
  // Most words are plain ASCII: lower-casing is all they need, and it is far cheaper than folding.
  let term = !NOT_ASCII.test(word) ? word.toLowerCase() : foldName(word).toLowerCase();
  // A lone Greek letter is a symbol ("ν-X symposium", "Γ-contraction"): searched by its name.
  if (term.length === 1) term = LETTER_NAMES[term] ?? term;
  if (term.length === 0 || term.length > MAX_TERM_LENGTH) return null;
  if (field === undefined || field === 'title') return term;
  return isContentTerm(term) ? term : null;
}

/** Whether a normalised word is indexed in every field: two characters or more, not a stop word. */
export function isContentTerm(term: string): boolean {
  return term.length >= 2 && !STOP_WORDS.has(term);
}
export const MAX_TERM_LENGTH = 24;
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Greek letters (lower case, as `foldName` leaves them: ϵ → ε, ϕ → φ), final sigma and ℵ
 * (folded to א) by name.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(GREEK_LETTERS)
      .filter(([name]) => name === name.toLowerCase())
      .map(([name, letter]) => [letter, name]),
  ),
  ς: 'sigma',
  א: 'aleph',
  ב: 'beth',
};

/** Common English function words (and a few French, Portuguese and Italian ones the corpus uses). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from has have he her his how in into is it its of on or our ' +
    'she so than that the their them then there these they this to was we were what when where which ' +
    'who will with you your not can do does no yes all any also about after before over under between ' +
    'de la le les des du et en un une da do das dos em para por il di del della'
  ).split(' '),
);

/** Fuzziness of a word the index knows, by length: none under 4 letters, one edit up to 7, two from 8. */
export function fuzzyFor(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/**
 * Fuzziness of a word the index knows, in the search core's strict pass: it is
 * most likely meant as typed, and near neighbours of short words are many
 * ("chen": chan, chew, cheng…) and cost time for nothing: none under 6 letters.
 */
export function fuzzyForKnown(term: string): number | false {
  if (term.length < 6) return false;
  return term.length < 9 ? 1 : 2;
}

/**
 * Fuzziness of a word the index does not know: most likely a typo, so one more
 * edit is allowed (a swapped pair of letters, "Dywer" for "Dwyer", is two edits).
 */
export function fuzzyForUnknown(term: string): number | false {
  if (term.length < 3) return false;
  return term.length < 5 ? 1 : 2;
}

export const defaultSearchOptions: SearchOptions = {
  tokenize: tokenizeText,
  boost: FIELD_BOOSTS,
  fuzzy: fuzzyFor,
  prefix: (term, i, terms) => (i === terms.length - 1 ? term.length >= 2 : term.length >= 4),
  weights: { fuzzy: 0.45, prefix: 0.3 },
  combineWith: 'AND',
  maxFuzzy: 2,
};

export const searchOptions: Options<TalkRecord> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: (record, field) => (field === 'id' ? record.id : extractSearchField(record, field)),
  tokenize: tokenizeIndexText,
  processTerm: normalizeTerm,
  searchOptions: defaultSearchOptions,
  autoSuggestOptions: { combineWith: 'AND', prefix: true, fuzzy: (term) => (term.length >= 5 ? 1 : false) },
};
