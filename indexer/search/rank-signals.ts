/**
 * What the index's score cannot see, applied on top of it: a person's own
 * records, a title typed whole, accents typed exactly, placeholders last and,
 * among near-equals, the recent first.
 */
import type { TalkRecord } from '../record.ts';
import { foldName } from '../people/person-key.ts';
import { fuzzyFor } from '../search-options.ts';
import { recordFeatures, termsOf, type RecordFeatures } from './record-features.ts';

export interface RankContext {
  /** Every word that may name a person (plain words and `speaker:`), folded, lower case, initials kept. */
  nameWords: string[];
  /** Plain and `title:` words as the index sees them. */
  titleTerms: string[];
  /** Words typed with accents or other non-ASCII letters, lower case. */
  accentedWords: string[];
  /** Whether the last word may still be being typed (no space after it). */
  typing: boolean;
  /** Dates as numbers (YYYYMMDD) bounding the archive, for the recency nudge. */
  oldest: number;
  newest: number;
}

/** The multiplier for one record's score. */
export function rankMultiplier(record: TalkRecord, context: RankContext): number {
  if (record.placeholder) return 0.001;
  const features = recordFeatures(record);
  let m = 1;
  if (context.nameWords.length > 0) m *= nameMultiplier(features, context);
  m *= titleMultiplier(features.titleTerms, context.titleTerms);
  if (context.accentedWords.length > 0 && context.accentedWords.every((w) => features.shownText.includes(w))) m *= 1.1;
  const date = features.date;
  if (date && context.newest > context.oldest) m *= 1 + (0.03 * (date - context.oldest)) / (context.newest - context.oldest);
  return m;
}

/**
 * ×2 when one person the record is about carries every name word (initials as
 * initials); ×0.5 when someone carries every word but the initials disagree
 * ("A. Hartvigsen" is not Tom Hartvigsen); ×1 otherwise.
 */
function nameMultiplier(features: RecordFeatures, context: RankContext): number {
  const words = context.nameWords;
  const full = words.filter((w) => w.length > 1);
  if (full.length === 0) return 1;
  const lastTyped = words.length - 1;
  const matches = (tokens: string[], w: string, i: number) =>
    tokens.some((t) => nameWordMatches(w, t, context.typing && i === lastTyped));
  if (features.ownNames.some((tokens) => words.every((w, i) => matches(tokens, w, i)))) return 2;
  const hasInitials = full.length < words.length;
  if (hasInitials && features.ownNames.some((tokens) => words.every((w, i) => w.length === 1 || matches(tokens, w, i))))
    return 0.5;
  return 1;
}

function nameWordMatches(word: string, token: string, typing: boolean): boolean {
  if (word === token) return true;
  if (word.length === 1) return token.startsWith(word);
  if (typing && word.length >= 2 && token.startsWith(word)) return true;
  const fuzz = fuzzyFor(word);
  return fuzz !== false && Math.abs(word.length - token.length) <= fuzz && editDistance(word, token, fuzz) <= fuzz;
}

function titleMultiplier(title: readonly string[], terms: readonly string[]): number {
  if (terms.length === 0) return 1;
  if (title.length === terms.length && title.every((t, i) => t === terms[i])) return 3;
  if (terms.length >= 2 && containsRun(title, terms)) return 1.6;
  return 1;
}

/** A title's words as the index sees them (stop words and single letters kept). */
export const titleTerms = termsOf;

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Levenshtein distance, giving up (returning `max + 1`) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

export { dateNumber } from './record-features.ts';

/** The name words of a query: folded, lower case, initials kept. */
export function nameWordsOf(words: readonly string[]): string[] {
  return words.map((w) => foldName(w).toLowerCase()).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
}
