import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../indexer/search/rank-signals.ts';

/** The textbook Levenshtein distance, to check the bounded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  const cases: [string, string, number, number][] = [
    ['hartvigsen', 'hartvigsen', 2, 0],
    ['hartvigsn', 'hartvigsen', 2, 1],
    ['dywer', 'dwyer', 2, 2],
    ['dywer', 'dwyer', 1, 2],
    ['', 'abc', 5, 3],
    ['kitten', 'sitting', 1, 2],
  ];
  it.each(cases)('%j → %j within %i: %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  it('agrees with the textbook distance up to the bound, and says max + 1 past it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 90 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});
