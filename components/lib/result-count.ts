import { counted } from './counted.ts';

/**
 * The count a search shows above its results. When no record holds every word, the search
 * core answers with records close to the question (`loosened`: fewer words, more typos);
 * saying only "3 results" would pass them off as answers to what was typed.
 */
export function resultCount(total: number, noun: 'result' | 'record', loosened = false): string {
  if (loosened && total > 0) return `No record holds every word; ${counted(total, 'close match', 'close matches')}`;
  if (total === 0 && noun === 'result') return 'No results';
  return counted(total, noun);
}
