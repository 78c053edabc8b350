/**
 * "Did you mean": the query with each word the index does not know replaced by
 * the closest word it does know (fewest slips, then the most used); in a query of up to
 * three words, the closest that goes with the other words (some record holds them all).
 */
import type MiniSearch from 'minisearch';
import { normalizeTerm, tokenizeText } from '../search-options.ts';
import { hasTerm, nearTerms } from './index-vocabulary.ts';

/** Close words tried against the query's other words, at most: each try is a search. */
const TRIED = 6;

/**
 * @returns the corrected query in the index's own (lower-case) words, or
 *   undefined when every word is known or none has a close match.
 * @example didYouMean(index, 'machin lerning') === 'machine learning'
 * @example didYouMean(index, 'keith bruns') === 'keith burns' // not "bruno", nearer but no Keith's
 */
export function didYouMean<T>(index: MiniSearch<T>, words: readonly string[]): string | undefined {
  const terms = words.flatMap(tokenizeText).map((word) => {
    const term = normalizeTerm(word);
    const known = !term || hasTerm(index, term) || /^\d+$/.test(term);
    return { term: term ?? word.toLowerCase(), known, corrected: false, content: !!term && term.length > 1 };
  });
  let changed = false;
  for (const t of terms) {
    if (t.known) continue;
    // Two letters swapped ("bruns" for "burns") is one slip of the fingers, though two edits.
    const near = nearTerms(index, t.term, t.term.length < 4 ? 1 : 2)
      .map((c) => ({ ...c, slips: slips(t.term, c.term) }))
      .sort((a, b) => a.slips - b.slips || b.frequency - a.frequency || (a.term < b.term ? -1 : 1));
    if (!near.length) continue;
    // The words around it as they stand now (corrections made so far included).
    const others = terms.filter((o) => o !== t && o.content && (o.known || o.corrected)).map((o) => o.term);
    const goes = (candidate: string) =>
      index.search([...others, candidate].join(' '), { combineWith: 'AND', prefix: false, fuzzy: false }).length > 0;
    // A name or a short phrase: in a longer question no record need hold every word.
    const tried = others.length >= 1 && others.length <= 2 ? near.slice(0, TRIED) : [];
    const best = tried.find((c) => goes(c.term)) ?? near[0]!;
    t.term = best.term;
    t.corrected = changed = true;
  }
  return changed ? terms.map((t) => t.term).join(' ') : undefined;
}

/** Edits from `a` to `b`, a swap of two neighbouring letters counting as one (optimal string alignment). */
export function slips(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}
