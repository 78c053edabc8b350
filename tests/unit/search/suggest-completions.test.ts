import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchArchive, relatedRecords, suggestCompletions } from '../../../indexer/search/search-archive.ts';
import { FIXTURE, makeRecord } from './make-record.ts';

const archive = createSearchArchive(FIXTURE);

describe('suggestCompletions', () => {
  const cases: [string, string[]][] = [
    ['hartv', ['Tom Hartvigsen', 'Anna Hartvigsen', 'hartvigsen']],
    ['anna h', ['Anna Hartvigsen']],
    ['machine le', ['machine learning']],
    ['erd', ['Pal Erdos', 'Pál Erdős', 'erdos']],
    ['graph', ['graph', 'graphs']],
    ['', []],
    ['   ', []],
    ['qqqq', []],
  ];
  it.each(cases)('%j → %j', (prefix, expected) => {
    expect(suggestCompletions(archive, prefix)).toEqual(expected);
  });

  it('respects the limit and never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 5 }), (prefix, limit) => {
        expect(suggestCompletions(archive, prefix, limit).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });
});

describe('relatedRecords', () => {
  const records = [makeRecord('a', { related: ['b', 'missing', 'a', 'c'] }), makeRecord('b'), makeRecord('c')];
  const small = createSearchArchive(records);
  const cases: [string, string[]][] = [
    ['a', ['b', 'c']],
    ['b', []],
    ['unknown', []],
  ];
  it.each(cases)('%s → %j (build order, unknown ids and itself skipped)', (id, expected) => {
    expect(relatedRecords(small, id).map((r) => r.id)).toEqual(expected);
  });
});
