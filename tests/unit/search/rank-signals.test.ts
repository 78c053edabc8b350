import { describe, expect, it } from 'vitest';
import { MAX_RANK_MULTIPLIER, rankMultiplier, type RankContext } from '../../../indexer/search/rank-signals.ts';
import { makeRecord, person } from './make-record.ts';

const record = makeRecord('gödel-2024', {
  title: 'Gödel numbering',
  people: [person('Kurt Gödel')],
  date: '2024-06-01',
});
const context = (over: Partial<RankContext>): RankContext => ({
  nameWords: [],
  titleTerms: [],
  accentedWords: [],
  typing: false,
  oldest: 20200101,
  newest: 20240601,
  ...over,
});

describe('rankMultiplier', () => {
  // Search leaves out the matches that could not reach the top even with the largest
  // multiplier (search-archive.ts, rankWithin): no record may ever get more.
  const cases: [string, Partial<RankContext>, number][] = [
    ['nothing typed that it knows: the newest date only', {}, 1.03],
    ["the person's own record", { nameWords: ['kurt', 'godel'] }, 2 * 1.03],
    ['its title typed whole', { titleTerms: ['godel', 'numbering'] }, 3 * 1.03],
    [
      'all at once, accents typed exactly: the most there is',
      { nameWords: ['godel'], titleTerms: ['godel', 'numbering'], accentedWords: ['gödel'] },
      MAX_RANK_MULTIPLIER,
    ],
  ];
  it.each(cases)('%s', (_, over, expected) => {
    const m = rankMultiplier(record, context(over));
    expect(m).toBeCloseTo(expected, 9);
    expect(m).toBeLessThanOrEqual(MAX_RANK_MULTIPLIER);
  });

  it('puts placeholders last, whatever was typed', () => {
    expect(rankMultiplier({ ...record, placeholder: true }, context({ nameWords: ['godel'] }))).toBe(0.001);
  });
});
