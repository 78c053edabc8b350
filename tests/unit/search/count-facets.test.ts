/** The popup's and the build's year choices: placeholders make no year of their own. */
import { describe, expect, it } from 'vitest';
import { countFacets } from '../../../indexer/search/count-facets.ts';
import type { TalkRecord } from '../../../indexer/record.ts';
import { makeRecord } from './make-record.ts';

const real = (id: string, date: string) => makeRecord(id, { date });
const tbd = (id: string, date: string) => makeRecord(id, { title: 'TBD', date, placeholder: true });

describe('countFacets: years', () => {
  it.each<[string, TalkRecord[], { value: string; count: number }[]]>([
    [
      'each year once, newest first',
      [real('a', '2023-09-20'), real('b', '2025-01-02'), real('c', '2023-01-05'), makeRecord('d')],
      [
        { value: '2025', count: 1 },
        { value: '2023', count: 2 },
      ],
    ],
    [
      "next year's placeholders alone make no year",
      [real('a', '2026-12-08'), tbd('b', '2027-09-29'), tbd('c', '2027-01-04')],
      [{ value: '2026', count: 1 }],
    ],
    [
      'placeholders count in a year real entries hold',
      [real('a', '2026-12-08'), tbd('b', '2026-03-01')],
      [{ value: '2026', count: 2 }],
    ],
    ['only placeholders: no year', [tbd('a', '2027-09-29')], []],
  ])('%s', (_, records, years) => {
    expect(countFacets(records).year).toEqual(years);
  });

  it('counts placeholders by kind and series all the same', () => {
    const facets = countFacets([real('a', '2026-12-08'), tbd('b', '2027-09-29')]);
    expect(facets.kind).toEqual([{ value: 'talk', count: 2 }]);
    expect(facets.series).toEqual([{ value: 'test-seminar', count: 2 }]);
  });
});
