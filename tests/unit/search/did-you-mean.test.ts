import { describe, expect, it } from 'vitest';
import { didYouMean, slips } from '../../../indexer/search/did-you-mean.ts';
import { createSearchArchive } from '../../../indexer/search/search-archive.ts';
import { makeRecord, person } from './make-record.ts';

describe('slips', () => {
  const cases: [string, string, number][] = [
    ['burns', 'burns', 0],
    ['bruns', 'burns', 1],
    ['bruns', 'bruno', 1],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ];
  it.each(cases)('%j → %j: %i', (a, b, n) => {
    expect(slips(a, b)).toBe(n);
  });
});

describe('didYouMean', () => {
  const { index } = createSearchArchive([
    makeRecord('burns', { title: 'Ergodicity of geodesic flows', people: [person('Keith Burns')] }),
    ...['Bruno Braga', 'Tommaso Bruno', 'Bruno Escoffier'].map((name, i) =>
      makeRecord(`bruno-${i}`, { title: `Talk ${i}`, people: [person(name)] }),
    ),
    makeRecord('healthcare', { title: 'Machine learning in healthcare' }),
  ]);
  const cases: [string, string[], string | undefined][] = [
    ['the nearest word that goes with the others, a swap counting as one slip', ['keith', 'bruns'], 'keith burns'],
    ['alone, the nearest and most used', ['bruns'], 'bruno'],
    ['every word known: nothing to say', ['machine', 'learning'], undefined],
    ['two words wrong, each corrected', ['machin', 'lerning'], 'machine learning'],
  ];
  it.each(cases)('%s: %j', (_, words, expected) => {
    expect(didYouMean(index, words)).toBe(expected);
  });
});
