import { describe, expect, it } from 'vitest';
import { resultCount } from '../../components/lib/result-count.ts';

describe('resultCount', () => {
  it.each<[number, 'result' | 'record', boolean, string]>([
    [0, 'result', false, 'No results'],
    [1, 'result', false, '1 result'],
    [12, 'result', false, '12 results'],
    [0, 'record', false, '0 records'],
    [1, 'record', false, '1 record'],
    [1, 'result', true, 'No record holds every word; 1 close match'],
    [7, 'record', true, 'No record holds every word; 7 close matches'],
    // Filters can leave none of the close matches.
    [0, 'result', true, 'No results'],
  ])('%i %s, loosened %s → %s', (total, noun, loosened, text) => {
    expect(resultCount(total, noun, loosened)).toBe(text);
  });
});
