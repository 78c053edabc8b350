import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browseRecords, facetValues } from '../../components/lib/browse-records.ts';
import { homeRecords, summarizeEarlyHome, summarizeHome } from '../../components/lib/home-summary.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { buildPersonProfile } from '../../components/lib/person-profile.ts';
import { lookAtPage, pageQuery, pageTitle } from '../../components/lib/look-at-page.ts';
import { answerArchiveMessage } from '../../components/lib/answer-archive-message.ts';
import { createMessageService, isArchiveMessage, type ArchiveMessage } from '../../components/lib/archive-service.ts';
import { loadFixture, NAMES, RECORDS } from './archive-fixture.ts';
import { makeRecord } from '../support/make-record.ts';
import type { BrowsePage } from '../../components/lib/browse-records.ts';

const loaded = loadFixture();
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('browseRecords', () => {
  it('browses everything newest first, placeholders last, with facet counts', () => {
    const res = browseRecords(loaded, '', {}, 'date');
    expect(ids(res.items.map((i) => i.record))).toEqual([
      's/talks/future.md',
      's/talks/causal.md',
      's/news/award.md',
      's/talks/graphs.md',
      's/profiles/ben.md',
      's/talks/tba.md',
    ]);
    expect(res.facets.kind).toEqual([
      { value: 'talk', count: 4 },
      { value: 'news', count: 1 },
      { value: 'profile', count: 1 },
    ]);
    expect(res.facets.year.map((f) => f.value)).toEqual(['2099', '2024', '2023']);
  });

  it('narrows by every facet, each facet counting what the others leave', () => {
    const res = browseRecords(loaded, '', { kind: 'talk', person: 'ana lopez' }, 'date');
    expect(ids(res.items.map((i) => i.record))).toEqual(['s/talks/causal.md', 's/talks/graphs.md']);
    expect(res.facets.kind).toEqual([{ value: 'talk', count: 2 }]);
    expect(res.facets.person.find((f) => f.value === 'zofia kowalczyk')).toEqual({ value: 'zofia kowalczyk', count: 1 });
    expect(ids(browseRecords(loaded, '', { topic: 'graphs' }, 'date').items.map((i) => i.record))).toEqual(['s/talks/graphs.md']);
    expect(browseRecords(loaded, '', { year: '1999' }, 'date').total).toBe(0);
  });

  it('narrows to two kinds at once, every kind still offered', () => {
    const res = browseRecords(loaded, '', { kind: 'talk,news' }, 'date');
    expect(new Set(res.items.map((i) => i.record.kind))).toEqual(new Set(['talk', 'news']));
    expect(res.facets.kind.map((f) => f.value)).toEqual(['talk', 'news', 'profile']);
  });

  it.each<[TalkRecord['people'][number]['role'], string[]]>([
    ['speaker', ['ada byron', 'yen kuo']],
    ['host', ['ada byron', 'yen kuo']],
    ['editor', ['ada byron']],
  ])("a record's person facet names its %s", (role, keys) => {
    const talk = makeRecord({
      id: 't/1',
      people: [
        { name: 'Ada Byron', key: 'ada byron', role: 'speaker' },
        { name: 'Yen Kuo', key: 'yen kuo', role },
      ],
    });
    expect(facetValues(talk, 'person')).toEqual(keys);
  });

  it('searches, keeping the hits for marking, and sorts by date when asked', () => {
    const res = browseRecords(loaded, 'causal', {}, 'relevance');
    expect(res.items[0]?.record.id).toBe('s/talks/causal.md');
    expect(res.items[0]?.hit).toBeDefined();
    const byDate = browseRecords(loaded, 'ana lopez', {}, 'date').items.map((i) => i.record.date ?? '');
    expect(byDate).toEqual([...byDate].sort().reverse());
  });
});

describe('summarizeHome', () => {
  it('lists upcoming talks soonest first, never placeholders, and the latest news', () => {
    const home = summarizeHome(loaded.records, '2025-01-01');
    expect(ids(home.upcoming)).toEqual(['s/talks/future.md']);
    expect(ids(home.recentTalks)).toEqual(['s/talks/causal.md', 's/talks/graphs.md']);
    expect(ids(home.latestNews)).toEqual(['s/news/award.md']);
    expect(summarizeHome(loaded.records, '2100-01-01').upcoming).toEqual([]);
  });
});

// The archive page shows its home from the build's few records before the whole archive is in.
describe('summarizeEarlyHome', () => {
  const record = (
    i: number,
    kind: 'talk' | 'news',
    date: string | undefined,
    title: string,
    placeholder: boolean,
  ): TalkRecord => ({
    ...RECORDS[0]!,
    id: `r/${String(i).padStart(4, '0')}`,
    kind,
    title,
    ...(date ? { date } : { date: undefined }),
    ...(placeholder ? { placeholder: true } : { placeholder: undefined }),
  });
  // Dates within a few weeks, and few titles: many ties on the lists' edges.
  const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n)).toISOString().slice(0, 10);
  const archive = fc
    .array(
      fc.record({
        kind: fc.constantFrom('talk' as const, 'news' as const),
        date: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        title: fc.constantFrom('A', 'B', 'C'),
        placeholder: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      }),
      { maxLength: 120 },
    )
    .map((rs) => rs.map((r, i) => record(i, r.kind, r.date === undefined ? undefined : day(r.date), r.title, r.placeholder)));

  it('gives the whole archive’s home, or none, whatever the day it is shown', () => {
    fc.assert(
      fc.property(
        archive,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -3, max: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (records, built, shown, ahead) => {
          const early = summarizeEarlyHome(homeRecords(records, day(built), 8, ahead), day(built + shown));
          const whole = summarizeHome(records, day(built + shown));
          const listIds = (h: typeof whole) => [h.upcoming, h.recentTalks, h.latestNews].map(ids);
          if (early) expect(listIds(early)).toEqual(listIds(whole));
        },
      ),
    );
  });

  const cases: [string, number, number, boolean][] = [
    // [case, talks to come at the build, days after the build, shown early]
    ['on the day of the build', 3, 0, true],
    ['weeks later, every talk then to come shipped', 3, 30, true],
    ['a day before the build (a clock behind)', 3, -1, false],
    ['more talks to come than shipped, most of them past', 20, 15, false],
    ['more talks to come than shipped, enough still to come', 20, 2, true],
  ];
  it.each(cases)('%s: shown early %s', (_, coming, after, shown) => {
    const records = [
      ...Array.from({ length: 12 }, (_, i) => record(i, 'talk', day(i), 'Past', false)),
      ...Array.from({ length: coming }, (_, i) => record(100 + i, 'talk', day(20 + i), 'Coming', false)),
    ];
    const early = summarizeEarlyHome(homeRecords(records, day(20), 8, 10), day(20 + after));
    expect(early !== undefined).toBe(shown);
  });
});

describe('buildPersonProfile', () => {
  it('gathers talks, news naming them in the text, and their homepage', () => {
    const p = buildPersonProfile('ana lopez', RECORDS, NAMES[0])!;
    expect(p.name).toBe('Ana Lopez');
    expect(p.homepage).toBe('https://ana.example.org/');
    expect(ids(p.talks)).toEqual(['s/talks/causal.md', 's/talks/graphs.md']);
    expect(ids(p.news)).toEqual(['s/news/award.md']);
    expect(p.variants).toEqual(['A. Lopez']);
  });

  it.each<[string, TalkRecord['people'][number]['role'], string[], string[]]>([
    ['a speaker', 'speaker', ['t/1'], []],
    ['a host', 'host', [], ['t/1']],
    ['who posted the page', 'editor', [], ['t/1']],
  ])('counts as their talks only those they give: %s', (_, role, talks, otherTalks) => {
    const talk = makeRecord({ id: 't/1', kind: 'talk', people: [{ name: 'Zdeněk Hanzálek', key: 'zdenek hanzalek', role }] });
    const p = buildPersonProfile('zdenek hanzalek', [talk], undefined)!;
    expect([ids(p.talks), ids(p.otherTalks)]).toEqual([talks, otherTalks]);
  });

  it('finds the profile about someone, and nobody for an unknown key', () => {
    expect(ids(buildPersonProfile('ben okafor', RECORDS, NAMES[1])!.profiles)).toEqual(['s/profiles/ben.md']);
    expect(buildPersonProfile('nobody here', RECORDS, undefined)).toBeUndefined();
  });
});

describe('lookAtPage', () => {
  const page = {
    url: 'https://www.ana.example.org/index.html',
    title: 'Ana Lopez — home',
    headings: ['Causal inference'],
    description: '',
    text: 'Ana Lopez works with Ben Okafor. Ben Okafor and Ben Okafor again.',
  };

  it('finds the homepage owner first, then the people most named, and related talks', () => {
    const found = lookAtPage(loaded, page);
    expect(found.homepageOf?.key).toBe('ana lopez');
    expect(found.people.map((p) => p.key)).toEqual(['ana lopez', 'ben okafor']);
    expect(found.related[0]?.record.id).toBe('s/talks/causal.md');
  });

  it('names the people a page marks and counts: not someone who only hosted or wrote', () => {
    const host = {
      key: 'hana host',
      name: 'Hana Host',
      variants: [],
      records: ['s/talks/causal.md'],
      talks: 0,
      roles: ['host' as const],
    };
    const withHost = loadFixture(RECORDS, [...NAMES, host]);
    const found = lookAtPage(withHost, {
      ...page,
      url: 'https://example.org/',
      title: '',
      text: 'Hana Host introduced Ben Okafor.',
    });
    expect(found.people.map((p) => p.key)).toEqual(['ben okafor']);
  });

  // A talk is related when it holds two of the page's words, one (two) from its title.
  it.each<[string, string, string[], string[]]>([
    ['a page on the subject', 'Causal inference for time series — a tutorial', [], ['s/talks/causal.md']],
    ['a page sharing one word', 'Time to bake | Food Site', [], []],
    ['a page sharing words of its headings only', 'Baking', ['Time series'], []],
  ])('related talks for %s', (_, title, headings, related) => {
    const found = lookAtPage(loaded, { url: 'https://example.org/', title, headings, description: '', text: '' });
    expect(ids(found.related.map((h) => h.record))).toEqual(related);
  });

  it.each<[string, string]>([
    ['Protein folding - Wikipedia', 'Protein folding'],
    [
      'GitHub - pytorch/pytorch: Tensors and Dynamic neural networks in Python',
      'pytorch/pytorch: Tensors and Dynamic neural networks in Python',
    ],
    ['Best chocolate cake recipe | Food Network', 'Best chocolate cake recipe'],
    ['Causal Inference: What If', 'Causal Inference: What If'],
    ['A-B testing at scale', 'A-B testing at scale'],
  ])('reads the page title %j as %j, its site name left out', (title, expected) => {
    expect(pageTitle(title)).toBe(expected);
  });

  it('asks about a page with its distinct title, heading and description words', () => {
    expect(pageQuery({ title: 'The Causal Lab', headings: ['Causal graphs', 'Team'], description: 'We do causal work' })).toBe(
      'the causal lab graphs team work',
    );
  });
});

describe('archive messages', () => {
  const service = createMessageService(async (m: ArchiveMessage) => structuredClone(answerArchiveMessage(loaded, m)));

  it('answers searches without the long texts, and records in full', async () => {
    const res = await service.search({ query: 'causal', limit: 5 });
    expect(res.groups.talk.hits[0]?.record.id).toBe('s/talks/causal.md');
    const shown = [...res.groups.talk.hits, ...res.groups.news.hits, ...res.groups.profile.hits];
    expect(
      shown.every((h) => h.record.abstract === undefined && h.record.body === undefined && h.record.summary === undefined),
    ).toBe(true);
    expect(shown[0]?.record.people.map((p) => p.name)).toEqual(['Ana Lopez']);
    expect(ids(await service.getRecords(['s/talks/graphs.md', 'missing', 's/talks/causal.md']))).toEqual([
      's/talks/graphs.md',
      's/talks/causal.md',
    ]);
    expect((await service.getPerson('zofia kowalczyk'))?.name).toBe('Zofia Kowalczyk');
    expect(await service.getPerson('nobody')).toBeUndefined();
  });

  // The archive page asks for its first view while it reads the archive itself.
  it("answers a browse with its first items, the whole count, and the person facets' names", async () => {
    const whole = browseRecords(loaded, 'causal lopez', {}, 'relevance');
    const page = await service.browse!('causal lopez', {}, 'relevance', 1);
    expect(page.total).toBe(whole.total);
    expect(page.facets).toEqual(whole.facets);
    expect(ids(page.items.map((i) => i.record))).toEqual(ids(whole.items.slice(0, 1).map((i) => i.record)));
    expect(page.items[0]?.hit?.title).toEqual(whole.items[0]?.hit?.title);
    expect(page.items[0]?.hit?.excerpt).toEqual(whole.items[0]?.hit?.excerpt);
    expect(page.names['ana lopez']).toBe('Ana Lopez');
    const filtered = await service.browse!('', { person: 'zofia kowalczyk' }, 'date', 50);
    expect(ids(filtered.items.map((i) => i.record))).toEqual(['s/talks/future.md']);
    expect(filtered.names['zofia kowalczyk']).toBe('Zofia Kowalczyk');
  });

  it('sends the records of a browse as a list shows them, without their long texts', () => {
    const long = makeRecord({
      id: 's/talks/long.md',
      title: 'Causal forests',
      summary: 'Forests.',
      abstract: 'Causal forests, at length.',
      body: 'More.',
    });
    const page = answerArchiveMessage(loadFixture([...RECORDS, long]), {
      talkscope: 'browse',
      query: 'forests',
      filters: {},
      sort: 'relevance',
      limit: 5,
    }) as BrowsePage;
    const sent = page.items.find((i) => i.record.id === 's/talks/long.md')!;
    expect([sent.record.summary, sent.record.abstract, sent.record.body, sent.hit?.record.abstract]).toEqual([
      'Forests.',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps a browse answer to a few screens, whatever is asked', () => {
    const asked = (limit: unknown) =>
      (
        answerArchiveMessage(loaded, { talkscope: 'browse', query: '', filters: {}, sort: 'date', limit } as ArchiveMessage) as {
          items: unknown[];
        }
      ).items.length;
    expect([asked(2), asked(-5), asked('x'), asked(1e9)]).toEqual([2, 0, 0, RECORDS.length]);
  });

  it('recognises only its own questions', () => {
    expect(isArchiveMessage({ talkscope: 'search', request: { query: 'x' } })).toBe(true);
    expect(isArchiveMessage({ talkscope: 'badge' })).toBe(false);
    expect(isArchiveMessage({ type: 'page-names' })).toBe(false);
    expect(isArchiveMessage('search')).toBe(false);
  });
});
