import { describe, expect, it } from 'vitest';
import { writeCompactIndex } from '../../../indexer/search/compact-index.ts';
import { decodeEveryTerm } from '../../../indexer/search/index-vocabulary.ts';
import { loadSearchArchive, searchArchive, serializeSearchIndex } from '../../../indexer/search/search-archive.ts';
import { practiceQueries, warmSearchArchive } from '../../../indexer/search/warm-search-archive.ts';
import type { TalkRecord } from '../../../indexer/record.ts';
import { FIXTURE, makeRecord } from './make-record.ts';

const text = serializeSearchIndex(FIXTURE);
const fresh = () => loadSearchArchive(text, FIXTURE);
/** Everything a response says, its lazily marked titles and excerpts included. */
const answer = (archive: ReturnType<typeof fresh>, query: string) =>
  JSON.parse(JSON.stringify(searchArchive(archive, { query, limit: 5 })));

describe('warmSearchArchive', () => {
  const warmed = fresh();
  for (const _ of warmSearchArchive(warmed));

  it.each([
    ['hartvigsen'],
    ['hartv'],
    ['helthcare'],
    ['ma'],
    ['graph neural'],
    ['"machine learning"'],
    ['speaker:erdos'],
    ['zzz qqq'],
  ])('leaves the answer to %j as it was', (query) => {
    expect(answer(warmed, query)).toEqual(answer(fresh(), query));
  });

  // Warm, search knows every title and ranks fewer matches: a title typed whole must still win.
  it('still puts a title typed whole first, over matches the index scores higher', () => {
    const records = [
      ...Array.from({ length: 12 }, (_, i) =>
        // Index scores 2.7 times the whole title's: under the ×3 it gets, over the ×2.06 of a word that is no title.
        makeRecord(`s/talks/knots-${i}.md`, {
          title: `Topology and knots ${i}`,
          topics: ['topology'],
          summary: 'topology of knots',
        }),
      ),
      makeRecord('s/talks/whole.md', { title: 'Topology' }),
    ];
    const archive = loadSearchArchive(serializeSearchIndex(records), records);
    const first = () => searchArchive(archive, { query: 'topology ', limit: 2 }).hits[0]?.record.id;
    expect(first()).toBe('s/talks/whole.md');
    for (const _ of warmSearchArchive(archive));
    expect(first()).toBe('s/talks/whole.md');
  });

  it('leaves the index as shipped', () => {
    expect(writeCompactIndex(warmed.index)).toBe(text);
  });

  it('can stop after any step and a search still answers the same', () => {
    const partly = fresh();
    const steps = warmSearchArchive(partly);
    for (let i = 0; i < 7; i++) steps.next();
    expect(answer(partly, 'graph')).toEqual(answer(fresh(), 'graph'));
  });

  it('decodes one term per step, every term of the index', () => {
    const archive = fresh();
    expect([...decodeEveryTerm(archive.index)].length).toBe(archive.index.termCount);
  });
});

describe('practiceQueries', () => {
  const archiveOf = (titles: string[]) => ({
    index: fresh().index,
    records: new Map<string, TalkRecord>(titles.map((title, i) => [`r${i}`, makeRecord(`r${i}`, { title })])),
  });
  const cases: [string, string[], string[]][] = [
    ['the longest title word: four letters, six, whole', ['Optimal Transport'], ['tran', 'transp', 'transport']],
    ['a word of five letters: four, whole', ['Graph Talks'], ['grap', 'graph']],
    ['a word of four letters: once', ['Tea Time'], ['time']],
    ['folded as the index folds it', ['Érdős at Tea'], ['erdo', 'erdos']],
    ['words of three letters or fewer: none', ['A Day at Sea'], []],
    ['no records: none', [], []],
  ];
  it.each(cases)('%s: %j', (_, titles, expected) => {
    expect(practiceQueries(archiveOf(titles))).toEqual(expected);
  });

  it('takes six records spread through a large archive', () => {
    const titles = Array.from({ length: 60 }, (_, i) => `Talk${String(i).padStart(2, '0')}`);
    const firsts = practiceQueries(archiveOf(titles)).filter((q) => q.length === 6);
    expect(practiceQueries(archiveOf(titles))).toHaveLength(12);
    expect(firsts).toEqual(['talk00', 'talk10', 'talk20', 'talk30', 'talk40', 'talk50']);
  });
});
