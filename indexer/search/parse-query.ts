/**
 * Reads what a person typed into plain words, quoted phrases, excluded words
 * and field filters. Never throws: whatever it cannot read as syntax is read as
 * plain words (an unclosed quote is a word boundary, `foo:` with no value is the word `foo`).
 */
import type { Kind } from '../record.ts';

export interface ParsedQuery {
  /** Plain words, as typed (accents and case kept: the ranking uses them). */
  words: string[];
  /** `"a quoted phrase"`: its words must appear together, in order. */
  phrases: string[];
  /** `speaker:` (also `author:`, `by:`, `person:`): words that must be in a name. */
  speaker: string[];
  /** `title:`: words that must be in the title. */
  title: string[];
  /** `-word`: records containing it are left out. */
  excluded: string[];
  /** `kind:talk|news|people`. */
  kinds: Kind[];
  /** `series:name`: the series name contains this. */
  series: string[];
  /** `year:2023`, `year:2020..2023`, `year:2020-2023`, `year:2020..`, or a bare `2020..2023`. */
  years?: { from?: number; to?: number };
}

const FIELD_ALIASES: Record<string, 'speaker' | 'title' | 'kind' | 'series' | 'year'> = {
  speaker: 'speaker',
  speakers: 'speaker',
  author: 'speaker',
  by: 'speaker',
  person: 'speaker',
  people: 'speaker',
  name: 'speaker',
  title: 'title',
  kind: 'kind',
  type: 'kind',
  is: 'kind',
  series: 'series',
  seminar: 'series',
  year: 'year',
  years: 'year',
  date: 'year',
};

const KIND_ALIASES: Record<string, Kind> = {
  talk: 'talk',
  talks: 'talk',
  seminar: 'talk',
  news: 'news',
  post: 'news',
  posts: 'news',
  profile: 'profile',
  profiles: 'profile',
  people: 'profile',
  person: 'profile',
};

/**
 * @example parseQuery('speaker:"Tom Hartvigsen" year:2020..2023 -survey model editing')
 *   // { words: ['model', 'editing'], speaker: ['Tom', 'Hartvigsen'], excluded: ['survey'],
 *   //   years: { from: 2020, to: 2023 }, phrases: [], title: [], kinds: [], series: [] }
 */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], speaker: [], title: [], excluded: [], kinds: [], series: [] };
  let text = typeof query === 'string' ? query.normalize('NFC') : '';
  // A pasted page asks no more than its start: each word is a search of its own, and six
  // hundred of them took the background more than a second, keystrokes waiting behind it.
  if (text.length > MAX_QUERY_CHARS) {
    const cut = text.lastIndexOf(' ', MAX_QUERY_CHARS);
    text = text.slice(0, cut > 0 ? cut : MAX_QUERY_CHARS);
  }
  for (const token of splitTokens(text).slice(0, MAX_QUERY_TOKENS)) readToken(token, parsed);
  return parsed;
}

/** The most of a question read: its first 32 words (as web search engines read), in 300 characters. */
const MAX_QUERY_TOKENS = 32;
const MAX_QUERY_CHARS = 300;

interface Token {
  /** `speaker` in `speaker:Tom`, `-` for an exclusion, '' for none. */
  prefix: string;
  value: string;
  quoted: boolean;
}

/** Cuts the query at spaces, keeping `"quoted text"` (after an optional `field:` or `-`) whole. */
function splitTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    let start = i;
    let prefix = '';
    const head = /^(-|[\p{L}]+:)(?=")/u.exec(text.slice(i, i + 20));
    if (head) {
      prefix = head[1] === '-' ? '-' : (head[1] as string).slice(0, -1);
      start = i + (head[1] as string).length;
    }
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      if (close > start) {
        tokens.push({ prefix, value: text.slice(start + 1, close), quoted: true });
        i = close + 1;
        continue;
      }
      // An unclosed quote is only a boundary: read the rest as words.
      i = start + 1;
      if (prefix) tokens.push({ prefix: '', value: prefix, quoted: false });
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end] as string) && text[end] !== '"') end++;
    tokens.push(splitPrefix(text.slice(i, end)));
    i = end;
  }
  return tokens;
}

function splitPrefix(raw: string): Token {
  const field = /^([\p{L}]+):(.+)$/u.exec(raw);
  if (field && FIELD_ALIASES[(field[1] as string).toLowerCase()])
    return { prefix: field[1] as string, value: field[2] as string, quoted: false };
  if (raw.length > 1 && raw.startsWith('-') && /[\p{L}\p{N}]/u.test(raw.slice(1)) && !/^-\d/.test(raw)) {
    return { prefix: '-', value: raw.slice(1), quoted: false };
  }
  return { prefix: '', value: raw, quoted: false };
}

function readToken(token: Token, parsed: ParsedQuery): void {
  const value = token.value.trim();
  if (!value) return;
  if (token.prefix === '-') {
    if (token.quoted) parsed.excluded.push(value);
    else parsed.excluded.push(...wordsOf(value));
    return;
  }
  const field = token.prefix ? FIELD_ALIASES[token.prefix.toLowerCase()] : undefined;
  if (!field) {
    if (token.prefix) parsed.words.push(token.prefix);
    if (token.quoted) {
      if (wordsOf(value).length > 1) parsed.phrases.push(value);
      else parsed.words.push(...wordsOf(value));
      return;
    }
    const range = readYears(value, true);
    if (range) parsed.years = range;
    else parsed.words.push(...wordsOf(value));
    return;
  }
  switch (field) {
    case 'speaker':
      parsed.speaker.push(...wordsOf(value));
      return;
    case 'title':
      parsed.title.push(...wordsOf(value));
      return;
    case 'series':
      parsed.series.push(value);
      return;
    case 'kind': {
      const kind = KIND_ALIASES[value.toLowerCase()];
      if (!kind) parsed.words.push(...wordsOf(value));
      else if (!parsed.kinds.includes(kind)) parsed.kinds.push(kind);
      return;
    }
    case 'year': {
      const range = readYears(value, false);
      if (range) parsed.years = range;
      else parsed.words.push(...wordsOf(value));
      return;
    }
  }
}

/**
 * `2023`, `2020..2023`, `2020-2023`, `2020..`, `..2023`; a bare word is a range
 * only in the `..` form, so a plain `2023` stays a word to find in the text.
 */
function readYears(value: string, bare: boolean): { from?: number; to?: number } | undefined {
  const single = /^(\d{4})$/.exec(value);
  if (single && !bare) return { from: Number(single[1]), to: Number(single[1]) };
  const range = bare ? /^(\d{4})?\.\.(\d{4})?$/.exec(value) : /^(\d{4})?(?:\.\.|-|–)(\d{4})?$/.exec(value);
  if (!range || (!range[1] && !range[2])) return undefined;
  let from = range[1] ? Number(range[1]) : undefined;
  let to = range[2] ? Number(range[2]) : undefined;
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The words of a value: runs of letters and digits, with a trailing `.` of an initial dropped. */
function wordsOf(value: string): string[] {
  return value.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
