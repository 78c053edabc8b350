/**
 * "Did you mean": the query with each word the index does not know replaced by
 * the closest word it does know (fewest edits, then the most used).
 */
import type MiniSearch from 'minisearch';
import { normalizeTerm, tokenizeText } from '../search-options.ts';
import { hasTerm, nearTerms } from './index-vocabulary.ts';

/**
 * @returns the corrected query in the index's own (lower-case) words, or
 *   undefined when every word is known or none has a close match.
 * @example didYouMean(index, 'machin lerning') === 'machine learning'
 */
export function didYouMean<T>(index: MiniSearch<T>, words: readonly string[]): string | undefined {
  let changed = false;
  const out: string[] = [];
  for (const word of words.flatMap(tokenizeText)) {
    const term = normalizeTerm(word);
    if (!term || hasTerm(index, term) || /^\d+$/.test(term)) {
      out.push(term ?? word.toLowerCase());
      continue;
    }
    const maxDistance = term.length < 4 ? 1 : 2;
    const best = nearTerms(index, term, maxDistance)[0];
    if (best) {
      out.push(best.term);
      changed = true;
    } else out.push(term);
  }
  return changed ? out.join(' ') : undefined;
}
