/**
 * Finds the matched words again in stored text (MiniSearch keeps no positions)
 * and cuts a short excerpt around them.
 */
import type { TalkRecord } from '../record.ts';
import { hasScript, normalizeTerm, splitScripts } from '../search-options.ts';
import type { MarkedText } from './search-archive.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Excerpts are about this many characters, cut at word boundaries. */
export const EXCERPT_LENGTH = 200;
/** Only the start of a very long body is scanned for matches. */
const SCAN_LIMIT = 60_000;
const EXCERPT_FIELDS = ['summary', 'abstract', 'body', 'bio'] as const;

/**
 * Cuts `text` into runs, marking each word whose index form is in `terms`.
 * The runs joined give back `text` exactly.
 * @example markText('Towards ML in Healthcare', new Set(['healthcare']))
 *   // [{ text: 'Towards ML in ', marked: false }, { text: 'Healthcare', marked: true }]
 */
export function markText(text: string, terms: ReadonlySet<string>): MarkedText {
  const runs: MarkedText = [];
  let last = 0;
  eachMatchedWord(text, terms, (at, word) => {
    if (at > last) pushRun(runs, text.slice(last, at), false);
    pushRun(runs, word, true);
    last = at + word.length;
  });
  if (last < text.length || runs.length === 0) pushRun(runs, text.slice(last), false);
  return runs;
}

/**
 * Calls `found` for each word of `text` whose index form is in `terms`, in order, with its
 * index form. A word with a superscript or subscript is also read in its parts, as the index
 * reads it: "Lᵖ" is marked for "L^p" (terms `l`, `p`) as for "Lp" (term `lp`).
 */
function eachMatchedWord(
  text: string,
  terms: ReadonlySet<string>,
  found: (at: number, word: string, term: string) => void,
): void {
  const scripted = hasScript(text);
  for (const m of text.matchAll(WORD)) {
    const term = normalizeTerm(m[0]);
    if (term && terms.has(term)) found(m.index, m[0], term);
    else if (scripted && hasScript(m[0])) {
      let at = m.index;
      for (const part of splitScripts(m[0])) {
        const t = normalizeTerm(part);
        if (t && terms.has(t)) found(at, part, t);
        at += part.length;
      }
    }
  }
}

function pushRun(runs: MarkedText, text: string, marked: boolean): void {
  const previous = runs[runs.length - 1];
  if (previous && previous.marked === marked) previous.text += text;
  else runs.push({ text, marked });
}

/**
 * A passage of the record's summary, abstract, body or bio around the most
 * distinct matched words, whitespace collapsed, `…` where it was cut.
 * Without any match there, the start of the first non-empty of those fields.
 */
export function makeExcerpt(record: TalkRecord, terms: ReadonlySet<string>, length = EXCERPT_LENGTH): MarkedText {
  let best: { text: string; start: number; distinct: number; count: number } | undefined;
  for (const field of EXCERPT_FIELDS) {
    const text = record[field];
    if (!text) continue;
    const window = bestWindow(text, terms, length);
    if (
      window &&
      (!best || window.distinct > best.distinct || (window.distinct === best.distinct && window.count > best.count))
    ) {
      best = { text, ...window };
    }
  }
  if (!best) {
    const text = EXCERPT_FIELDS.map((f) => record[f]).find((t) => t && t.trim());
    return text ? markText(cut(text, 0, length), terms) : [];
  }
  return markText(cut(best.text, best.start, length), terms);
}

function bestWindow(
  text: string,
  terms: ReadonlySet<string>,
  length: number,
): { start: number; distinct: number; count: number } | undefined {
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const hits = findTerms(scanned, terms);
  if (hits.length === 0) return undefined;
  let best = { start: 0, distinct: 0, count: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const from = (hits[i] as { at: number }).at;
    while (j < hits.length && (hits[j] as { at: number }).at < from + length * 0.8) j++;
    const inWindow = hits.slice(i, j);
    const distinct = new Set(inWindow.map((h) => h.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) {
      best = { start: Math.max(0, from - Math.round(length * 0.2)), distinct, count: inWindow.length };
    }
  }
  return best;
}

/** Where a matched word stands in a text, and its index form. */
export interface TermAt {
  at: number;
  term: string;
}

/**
 * Every word of `text` whose index form is in `terms`, in order. A popup's first rows each
 * scan up to `SCAN_LIMIT` characters on every keystroke, so a text with no letter outside
 * ASCII (most of them) is searched for its few terms with `indexOf`, not read word by word.
 * Both ways give the same answer.
 */
export function findTerms(text: string, terms: ReadonlySet<string>): TermAt[] {
  if (!NOT_PLAIN.test(text)) return findPlainTerms(text.toLowerCase(), terms, []);
  // Accented Latin letters ("Erdős", "Poincaré") each fold to one letter, in place, and symbols
  // (∈, ≤) part words as a space does: the text is searched folded. Only the words holding
  // another letter or digit ("xₙ", "λ") are read one by one.
  const { folded, hard } = foldText(text);
  const hits: TermAt[] = [];
  for (const [from, to] of hard)
    eachMatchedWord(text.slice(from, to), terms, (at, _, term) => hits.push({ at: from + at, term }));
  return findPlainTerms(folded, terms, hits);
}

/** The whole words of lower-case `lower` that are `terms`, added to `hits`, in order. */
function findPlainTerms(lower: string, terms: ReadonlySet<string>, hits: TermAt[]): TermAt[] {
  const given = hits.length;
  for (const term of terms) {
    // A term with a letter outside ASCII cannot be in this text, nor one no word can be.
    if (!PLAIN_TERM.test(term)) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      if (!isWordChar(lower.charCodeAt(at - 1)) && !isWordChar(lower.charCodeAt(at + term.length))) hits.push({ at, term });
    }
  }
  return terms.size > 1 || given > 0 ? hits.sort((a, b) => a.at - b.at) : hits;
}

/**
 * `text` lower case with each accented Latin letter as the one ASCII letter the index folds it
 * to (ő → o), every character in its place, and any other letter or digit outside ASCII as
 * `HARD`; and the words (start, end) that hold one.
 */
function foldText(text: string): { folded: string; hard: [number, number][] } {
  let folded = '';
  let from = 0;
  const hard: [number, number][] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c < 0xaa) continue;
    const letter = c >= 0xc0 && c <= 0x24f ? LATIN_FOLDS[c - 0xc0] : undefined;
    if (letter) {
      folded += text.slice(from, at).toLowerCase() + letter;
      from = at + 1;
    } else if (NOT_PLAIN.test(text[at]!) && WORD_CHAR.test(text[at]!)) {
      folded += text.slice(from, at).toLowerCase() + HARD;
      from = at + 1;
      const last = hard[hard.length - 1];
      if (last && at < last[1]) continue;
      let start = at;
      while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
      let end = at + 1;
      while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
      hard.push([start, end]);
    }
  }
  return { folded: folded + text.slice(from).toLowerCase(), hard };
}

/** Stands in a folded text for a letter or digit only the word-by-word reading can fold. */
const HARD = '\u0001';
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** `findTerms` the long way: every word read and normalised. Right for any text. */
export function findTermsByWord(text: string, terms: ReadonlySet<string>): TermAt[] {
  const hits: TermAt[] = [];
  eachMatchedWord(text, terms, (at, _, term) => hits.push({ at, term }));
  return hits;
}

/**
 * A character that is, or may be, part of a word (see `WORD`) and is no ASCII letter or digit:
 * the letters and digits of Latin-1, and everything above U+00F7 but the common punctuation
 * (U+2010–2027: dashes, quotes, the ellipsis; U+2030–205E), which parts words as a space does.
 */
const NOT_PLAIN = /[\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\u200f\u2028-\u202f\u205f-\uffff]/;

const PLAIN_TERM = /^[a-z0-9]+$/;

/**
 * For U+00C0–U+024F: the ASCII letter a Latin letter folds to (as `normalizeTerm` reads it),
 * or '' for one that folds to more or less than one letter (ß → ss) or is no letter (×, ÷).
 */
const LATIN_FOLDS: readonly string[] = Array.from({ length: 0x24f - 0xc0 + 1 }, (_, i) => {
  const ch = String.fromCharCode(0xc0 + i);
  const term = /\p{L}/u.test(ch) && ch.toLowerCase().length === 1 ? normalizeTerm(ch) : null;
  return term && /^[a-z]$/.test(term) ? term : '';
});

function isWordChar(c: number): boolean {
  // NaN (before the start or past the end) is no word character; `HARD` is one.
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 1;
}

/** `length` characters of `text` from about `start`, moved to word boundaries, whitespace collapsed. */
function cut(text: string, start: number, length: number): string {
  // Whole words at both ends: the nearest break (a space or a line's end) within 30
  // characters, back from the start, else on from it.
  let from = start;
  if (from > 0 && !/\s/.test(text[from - 1]!)) {
    let back = from;
    while (back > 0 && back > from - 30 && !/\s/.test(text[back - 1]!)) back--;
    let on = from;
    while (on < text.length && on < from + 30 && !/\s/.test(text[on]!)) on++;
    if (back === 0 || /\s/.test(text[back - 1]!)) from = back;
    else if (on === text.length || /\s/.test(text[on]!)) from = on;
  }
  let to = Math.min(text.length, from + length);
  while (to < text.length && to < from + length + 30 && !/\s/.test(text[to]!)) to++;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}
