import { describe, expect, it } from 'vitest';
import { addRecentSearch, readRecentSearches } from '../../components/lib/recent-searches.ts';

describe('addRecentSearch', () => {
  it.each<[string[], string, string[]]>([
    [[], 'bias', ['bias']],
    [['b', 'a'], 'A', ['A', 'b']],
    [['a'], '  causal   inference ', ['causal inference', 'a']],
    [['a'], '   ', ['a']],
    [['1', '2', '3', '4', '5', '6', '7', '8'], '9', ['9', '1', '2', '3', '4', '5', '6', '7']],
  ])('%j + %j', (list, query, expected) => {
    expect(addRecentSearch(list, query)).toEqual(expected);
  });
});

describe('readRecentSearches', () => {
  it.each<[unknown, string[]]>([
    [undefined, []],
    ['bias', []],
    [
      ['a', 3, '', 'b'],
      ['a', 'b'],
    ],
  ])('%j', (stored, expected) => {
    expect(readRecentSearches(stored)).toEqual(expected);
  });
});
