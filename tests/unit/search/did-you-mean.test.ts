import { describe, expect, it } from 'vitest';
import { didYouMean, isOneSwap } from '../../../indexer/search/did-you-mean.ts';
import { createSearchArchive } from '../../../indexer/search/search-archive.ts';
import { makeRecord, person } from './make-record.ts';

describe('isOneSwap', () => {
  const cases: [string, string, boolean][] = [
    ['bruns', 'burns', true],
    ['ab', 'ba', true],
    ['bruns', 'bruno', false],
    ['burns', 'burns', false],
    ['abcd', 'badc', false],
    ['bruns', 'burn', false],
  ];
  it.each(cases)('%j → %j: %s', (a, b, swap) => {
    expect(isOneSwap(a, b)).toBe(swap);
  });
});

describe('didYouMean', () => {
  const { index } = createSearchArchive([
    makeRecord('burns', { title: 'Ergodicity of geodesic flows', people: [person('Keith Burns')] }),
    ...['Bruno Braga', 'Tommaso Bruno', 'Bruno Escoffier'].map((name, i) =>
      makeRecord(`bruno-${i}`, { title: `Talk ${i}`, people: [person(name)] }),
    ),
    makeRecord('healthcare', { title: 'Machine learning in healthcare' }),
    ...[1, 2, 3].map((i) => makeRecord(`brief-${i}`, { title: `A brief history of proofs, part ${i}` })),
    makeRecord('brian', { title: 'Graph limits', people: [person('Brian Conrey')] }),
  ]);
  const cases: [string, string[], string | undefined][] = [
    ['the nearest word that goes with the others, a swap counting as one slip', ['keith', 'bruns'], 'keith burns'],
    ['alone, the nearest and most used', ['bruns'], 'bruno'],
    ['every word known: nothing to say', ['machine', 'learning'], undefined],
    ['two words wrong, each corrected', ['machin', 'lerning'], 'machine learning'],
    ['a word written with a capital: a name first, though less used', ["O'Brien"], 'o brian'],
    ['the same word in lower case: the most used', ['brien'], 'brief'],
  ];
  it.each(cases)('%s: %j', (_, words, expected) => {
    expect(didYouMean(index, words)).toBe(expected);
  });
});
