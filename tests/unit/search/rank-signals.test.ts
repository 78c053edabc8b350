import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWholeTitle,
  MAX_RANK_MULTIPLIER,
  maxRankMultiplier,
  rankMultiplier,
  type RankContext,
} from '../../../indexer/search/rank-signals.ts';
import { recordFeatures } from '../../../indexer/search/record-features.ts';
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

describe('maxRankMultiplier', () => {
  const isATitle = (terms: readonly string[]) => isWholeTitle(recordFeatures(record).titleTerms, terms);
  it.each<[string, Partial<RankContext>, number]>([
    ['nothing typed that it knows', {}, 1.03],
    ['a word that may name someone', { nameWords: ['godel'] }, 2 * 1.03],
    ['initials alone name no one', { nameWords: ['k', 'g'] }, 1.03],
    ['a word that is no title', { titleTerms: ['godel'] }, 1.03],
    ['two words that are no title: a run of one', { titleTerms: ['godel', 'sets'] }, 1.6 * 1.03],
    ['a title typed whole', { titleTerms: ['godel', 'numbering'] }, 3 * 1.03],
    ['accents typed', { accentedWords: ['gödel'] }, 1.1 * 1.03],
    [
      'all at once: the most there is',
      { nameWords: ['godel'], titleTerms: ['godel', 'numbering'], accentedWords: ['gödel'] },
      MAX_RANK_MULTIPLIER,
    ],
  ])('%s', (_, over, expected) => {
    expect(maxRankMultiplier(context(over), isATitle)).toBeCloseTo(expected, 9);
  });

  // Search skips the matches this bound says cannot reach the top: one record above it would
  // be left out of the results it belongs in.
  it('is never below what a record gets', () => {
    const word = fc.constantFrom('kurt', 'godel', 'gödel', 'k', 'g', 'numbering', 'sets', 'kurtz');
    fc.assert(
      fc.property(
        fc.record({
          title: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
          name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
          date: fc.constantFrom('2020-01-01', '2022-05-05', '2024-06-01', undefined),
          typed: fc.array(word, { minLength: 0, maxLength: 3 }),
          typing: fc.boolean(),
        }),
        ({ title, name, date, typed, typing }) => {
          const r = makeRecord('r', { title, people: [person(name)], ...(date ? { date } : {}) });
          const ctx = context({
            nameWords: typed.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
            titleTerms: typed.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
            accentedWords: typed.filter((w) => /[\u0080-\uffff]/.test(w)),
            typing,
          });
          const bound = maxRankMultiplier(ctx, (terms) => isWholeTitle(recordFeatures(r).titleTerms, terms));
          expect(rankMultiplier(r, ctx)).toBeLessThanOrEqual(bound + 1e-12);
        },
      ),
    );
  });
});
