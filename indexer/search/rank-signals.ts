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

/**
 * What each signal lifts a record's score by; `rankMultiplier` gives them and
 * `maxRankMultiplier` bounds them, both from here.
 */
const LIFT = {
  /** A person's own record, every name word typed. */
  ownRecord: 2,
  /** Its title typed whole. */
  wholeTitle: 3,
  /** A run of two words or more of its title. */
  titleRun: 1.6,
  /** Accents typed exactly. */
  accents: 1.1,
  /** Up to this much more for the newest date of the archive, nothing for the oldest. */
  recency: 0.03,
};

/**
 * The most `rankMultiplier` can give: a person's own record (×2), its title typed whole (×3),
 * accents typed exactly (×1.1), the newest date (×1.03). A match whose index score times this
 * stays below the scores already ranked cannot overtake them, and is not looked at further.
 */
export const MAX_RANK_MULTIPLIER = LIFT.ownRecord * LIFT.wholeTitle * LIFT.accents * (1 + LIFT.recency);

/**
 * The most `rankMultiplier` can give in `context`, to any record whose title is such that
 * `isATitle(terms)` says whether the words typed are one of them whole: ×2 only when a word
 * other than an initial may name someone, ×3 only for a whole title (×1.6 for a run of two
 * words or more), ×1.1 only when accents are typed. "pro" is no title, so its 2,000 matches
 * are ranked against ×2.06, not ×6.8: far fewer of them can still reach the top, and fewer
 * are ranked at all (see search-archive.ts, rankWithin).
 */
export function maxRankMultiplier(context: RankContext, isATitle: (terms: readonly string[]) => boolean): number {
  let m = 1 + LIFT.recency;
  if (context.nameWords.some((w) => w.length > 1)) m *= LIFT.ownRecord;
  const terms = context.titleTerms;
  if (terms.length > 0) m *= isATitle(terms) ? LIFT.wholeTitle : terms.length >= 2 ? LIFT.titleRun : 1;
  if (context.accentedWords.length > 0) m *= LIFT.accents;
  return m;
}

/** The multiplier for one record's score; never more than `MAX_RANK_MULTIPLIER`. */
export function rankMultiplier(record: TalkRecord, context: RankContext): number {
  if (record.placeholder) return 0.001;
  const features = recordFeatures(record);
  let m = 1;
  if (context.nameWords.length > 0) m *= nameMultiplier(features, context);
  m *= titleMultiplier(features.titleTerms, context.titleTerms);
  if (context.accentedWords.length > 0 && context.accentedWords.every((w) => features.shownText.includes(w))) m *= LIFT.accents;
  const date = features.date;
  if (date && context.newest > context.oldest)
    m *= 1 + (LIFT.recency * (date - context.oldest)) / (context.newest - context.oldest);
  return m;
}

/**
 * ×2 when one person the record is about carries every name word (initials as
 * initials); ×0.5 when someone carries every word but the initials disagree
 * ("A. Hartvigsen" is not Tom Hartvigsen); ×1 otherwise.
 */
function nameMultiplier(features: RecordFeatures, context: RankContext): number {
  const words = context.nameWords;
  let initials = 0;
  for (const w of words) if (w.length === 1) initials++;
  if (initials === words.length) return 1;
  let initialsDisagree = false;
  for (const tokens of features.ownNames) {
    let all = true;
    let allButInitials = true;
    for (let i = 0; i < words.length && allButInitials; i++) {
      const w = words[i] as string;
      if (!tokensMatch(tokens, w, context.typing && i === words.length - 1)) {
        all = false;
        if (w.length > 1) allButInitials = false;
      }
    }
    if (all) return LIFT.ownRecord;
    if (allButInitials) initialsDisagree = true;
  }
  return initials > 0 && initialsDisagree ? 0.5 : 1;
}

function tokensMatch(tokens: readonly string[], word: string, typing: boolean): boolean {
  for (const t of tokens) if (nameWordMatches(word, t, typing)) return true;
  return false;
}

function nameWordMatches(word: string, token: string, typing: boolean): boolean {
  if (word === token) return true;
  if (word.length === 1) return token.startsWith(word);
  if (typing && token.startsWith(word)) return true;
  const fuzz = fuzzyFor(word);
  return fuzz !== false && Math.abs(word.length - token.length) <= fuzz && editDistance(word, token, fuzz) <= fuzz;
}

function titleMultiplier(title: readonly string[], terms: readonly string[]): number {
  if (terms.length === 0) return 1;
  if (isWholeTitle(title, terms)) return LIFT.wholeTitle;
  if (terms.length >= 2 && containsRun(title, terms)) return LIFT.titleRun;
  return 1;
}

/** Whether the words typed (`terms`, as `RankContext.titleTerms`) are a title's words, all of them, in order. */
export function isWholeTitle(title: readonly string[], terms: readonly string[]): boolean {
  return title.length === terms.length && title.every((t, i) => t === terms[i]);
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
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2 + 2), new Int32Array(b.length * 2 + 2)];
  let previous = rows[0];
  let current = rows[1];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] as number, max + 1);
}
/** Two rows reused by every call: ranking a large result list calls this thousands of times. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

export { dateNumber } from './record-features.ts';

/** The name words of a query: folded, lower case, initials kept. */
export function nameWordsOf(words: readonly string[]): string[] {
  return words.map((w) => foldName(w).toLowerCase()).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
}
