/**
 * "Did you mean": the query with each word the index does not know replaced by
 * the closest word it does know (fewest slips, then the most used); in a query of up to
 * three words, the closest that goes with the other words (some record holds them all). A
 * word written with a capital is taken for a name: among equally close words, one in a
 * record's people comes first ("O'Brien" → "brian", not the more used "brief").
 */
import type MiniSearch from 'minisearch';
import { normalizeTerm, tokenizeText } from '../search-options.ts';
import { isKnownTerm, isTermOfField, nearTerms } from './index-vocabulary.ts';

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
    // A single letter ("O" of "O'Brien", an initial) has too many neighbours to correct.
    const known = !term || term.length < 2 || isKnownTerm(index, term);
    const name = /^\p{Lu}/u.test(word);
    return { term: term ?? word.toLowerCase(), known, name, corrected: false, content: !!term && term.length > 1 };
  });
  let changed = false;
  for (const t of terms) {
    if (t.known) continue;
    // Worked out once per close word, not at each comparison of the sort. Two letters swapped
    // ("bruns" for "burns") is one slip of the fingers, though two edits.
    const near = nearTerms(index, t.term, t.term.length < 4 ? 1 : 2)
      .map((c) => ({
        ...c,
        slips: isOneSwap(t.term, c.term) ? 1 : c.distance,
        person: t.name && isTermOfField(index, c.term, 'people') ? 0 : 1,
      }))
      .sort((a, b) => a.slips - b.slips || a.person - b.person || b.frequency - a.frequency || (a.term < b.term ? -1 : 1));
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

/** Whether `b` is `a` with two neighbouring letters swapped ("bruns", "burns"). */
export function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
