/** The archive page's browse: every match counted and sorted, placeholders behind real entries. */
import { describe, expect, it } from 'vitest';
import { browseRecords } from '../../components/lib/browse-records.ts';
import type { BrowseFilters, SortOrder } from '../../components/lib/parse-route.ts';
import type { Kind, TalkRecord } from '../../indexer/record.ts';
import { searchArchive } from '../../indexer/search/search-archive.ts';
import { loadFixture } from '../extension/archive-fixture.ts';
import { makeRecord } from '../support/make-record.ts';

const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/**
 * More matches than a browse once asked the search for (2,000): recent talks naming graphs in
 * their titles, then older news naming them in their text only, which rank below every talk.
 */
const MANY: TalkRecord[] = [
  ...Array.from({ length: 2100 }, (_, i) =>
    makeRecord({ id: `s/talks/t${i}.md`, title: `Graph talk ${i}`, date: day(i), series: i % 2 ? 'odd' : 'even' }),
  ),
  ...Array.from({ length: 30 }, (_, i) =>
    makeRecord({
      id: `s/news/n${i}.md`,
      kind: 'news',
      title: `Seminar news ${i}`,
      body: 'A long post that names a graph once, among many other words about the seminar and its plans.',
      date: day(-1000 - i),
    }),
  ),
  ...Array.from({ length: 3 }, (_, i) => makeRecord({ id: `s/profiles/p${i}.md`, kind: 'profile', title: `Graph person ${i}` })),
];
const many = loadFixture(MANY, []);

const kindCounts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]));

describe('browseRecords: every match, as the popup counts them', () => {
  it.each<[string, string, BrowseFilters, number, Partial<Record<Kind, number>>]>([
    ['a common word, narrowed to news', 'graph', { kind: 'news' }, 30, { talk: 2100, news: 30, profile: 3 }],
    ['a common word', 'graph', {}, 2133, { talk: 2100, news: 30, profile: 3 }],
    ['an exclusion alone, narrowed to news', '-zebra', { kind: 'news' }, 30, { talk: 2100, news: 30, profile: 3 }],
    ['an exclusion alone, narrowed to a series', '-news', { series: 'odd' }, 1050, { talk: 1050 }],
  ])('%s', (_, query, filters, total, kinds) => {
    const res = browseRecords(many, query, filters, 'relevance');
    expect(res.total).toBe(total);
    expect(res.items).toHaveLength(total);
    expect(kindCounts(res.facets.kind)).toEqual(kinds);
  });

  it.each([['graph'], ['-zebra'], ['news'], ['graph talk 7']])('%s: each kind as many as the popup says', (query) => {
    const popup = searchArchive(many.archive, { query, finished: true });
    const browse = kindCounts(browseRecords(many, query, {}, 'relevance').facets.kind);
    for (const kind of ['talk', 'news', 'profile'] as const) expect(browse[kind] ?? 0).toBe(popup.groups[kind].count);
  });

  it.each<[string, BrowseFilters, number]>([
    ['every kind', {}, 2130],
    ['news', { kind: 'news' }, 30],
  ])('newest first covers every dated match, down to the oldest: %s', (_, filters, count) => {
    const dated = browseRecords(many, 'graph', filters, 'date').items.filter((i) => i.record.date);
    expect(dated).toHaveLength(count);
    expect(dated.at(-1)?.record.id).toBe('s/news/n29.md');
  });
});

/** A series that posts next year's slots ahead ("TBD" in 2027) beside real entries. */
const SCHEDULE: TalkRecord[] = [
  makeRecord({ id: 's/talks/real-2026.md', title: 'Talk by Eva Tardos', date: '2026-12-08', series: 'rain' }),
  makeRecord({ id: 's/news/real-2025.md', kind: 'news', title: 'Workshop announced', date: '2025-05-01', series: 'rain' }),
  makeRecord({ id: 's/talks/tbd-2027.md', title: 'TBD', date: '2027-09-29', series: 'dub', placeholder: true }),
  makeRecord({
    id: 's/talks/meeting-2027.md',
    title: 'DUB Faculty Meeting',
    date: '2027-01-06',
    series: 'dub',
    placeholder: true,
  }),
  makeRecord({ id: 's/talks/tbd-2026.md', title: 'TBD', date: '2026-03-01', series: 'dub', placeholder: true }),
  makeRecord({ id: 's/profiles/ada.md', kind: 'profile', title: 'Ada Byron', series: 'rain' }),
];
const schedule = loadFixture(SCHEDULE, []);

describe('browseRecords: placeholders behind real entries', () => {
  it.each<[string, string, BrowseFilters, SortOrder, string[]]>([
    [
      'browsing everything: real entries newest first, placeholders last',
      '',
      {},
      'date',
      [
        's/talks/real-2026.md',
        's/news/real-2025.md',
        's/profiles/ada.md',
        's/talks/tbd-2027.md',
        's/talks/meeting-2027.md',
        's/talks/tbd-2026.md',
      ],
    ],
    [
      'a series with slots posted ahead',
      '',
      { series: 'dub' },
      'date',
      ['s/talks/tbd-2027.md', 's/talks/meeting-2027.md', 's/talks/tbd-2026.md'],
    ],
    ['a year of placeholders alone, asked for', '', { year: '2027' }, 'date', ['s/talks/tbd-2027.md', 's/talks/meeting-2027.md']],
    ['searched for by name, still found', 'tbd', {}, 'date', ['s/talks/tbd-2027.md', 's/talks/tbd-2026.md']],
  ])('%s', (_, query, filters, sort, ids) => {
    expect(browseRecords(schedule, query, filters, sort).items.map((i) => i.record.id)).toEqual(ids);
  });

  it.each<[string, BrowseFilters, { value: string; count: number }[]]>([
    [
      'everything: no year of placeholders alone; theirs counted where real entries are',
      {},
      [
        { value: '2026', count: 2 },
        { value: '2025', count: 1 },
      ],
    ],
    ['a series of placeholders alone offers no year', { series: 'dub' }, []],
    [
      'a year of placeholders alone stays shown when asked for, with what it lists',
      { year: '2027' },
      [
        { value: '2026', count: 2 },
        { value: '2025', count: 1 },
        { value: '2027', count: 2 },
      ],
    ],
  ])('year facet, %s', (_, filters, years) => {
    expect(browseRecords(schedule, '', filters, 'date').facets.year).toEqual(years);
  });
});
