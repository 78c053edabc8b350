import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchArchive, searchArchive, type Hit } from '../../../indexer/search/search-archive.ts';
import { makeSyntheticRecords } from '../../bench/synthetic-records.ts';
import { FIXTURE, makeRecord } from './make-record.ts';

const archive = createSearchArchive(FIXTURE);
const ids = (query: string, extra: object = {}, from = archive) =>
  searchArchive(from, { query, ...extra }).hits.map((h) => h.record.id);
const marked = (runs: Hit['title']) => runs.filter((r) => r.marked).map((r) => r.text);

describe('searchArchive: names, as people type them', () => {
  // Tom Hartvigsen's own records are his talk and his profile: either may come first.
  const tom = ['hartvigsen-2023', 'profile-tom'];
  const cases: [string, string, string[]][] = [
    ['a typo', 'Hartvigsn', tom],
    ['lower case', 'tom hartvigsen', tom],
    ['the last name and a topic, own talk before a mention', 'Hartvigsen healthcare', ['hartvigsen-2023']],
    ['initials pick the right Hartvigsen', 'A. Hartvigsen', ['anna-hartvigsen']],
    ['initials pick the right Hartvigsen', 'T. Hartvigsen', tom],
    ['"Last, First"', 'Hartvigsen, Tom', tom],
    ['a name being typed', 'anna hartv', ['anna-hartvigsen']],
    ['accents typed exactly come first', 'Erdős', ['erdos-accented']],
    ['no accents, the plain spelling first', 'Erdos random', ['erdos-plain', 'erdos-accented']],
  ];
  it.each(cases)('%s: %j → one of %j first', (_, query, firsts) => {
    expect(firsts).toContain(ids(query)[0]);
  });

  it('finds Erdős without accents', () => {
    expect(ids('erdos')).toEqual(expect.arrayContaining(['erdos-accented', 'erdos-plain']));
  });

  it("ranks a person's own records above a passing mention", () => {
    const found = ids('Hartvigsen');
    expect(found.indexOf('mention')).toBeGreaterThan(found.indexOf('hartvigsen-2023'));
    expect(found.indexOf('mention')).toBeGreaterThan(found.indexOf('profile-tom'));
  });
});

describe('searchArchive: words and titles', () => {
  const cases: [string, string, string][] = [
    ['title words in any order', 'healthcare deploying responsibly', 'hartvigsen-2023'],
    ['a title fragment', 'deploying machine learning', 'hartvigsen-2023'],
    ['an abstract word', 'accessible', 'hartvigsen-2023'],
    ['a body word', 'award', 'news-2022'],
  ];
  it.each(cases)('%s: %j → %s first', (_, query, first) => {
    expect(ids(query)[0]).toBe(first);
  });

  it('puts placeholders last', () => {
    const found = ids('machine learning');
    expect(found[found.length - 1]).toBe('placeholder');
  });

  it('puts the recent first among equals', () => {
    expect(ids('graph neural networks').slice(0, 2)).toEqual(['new-graphs', 'old-graphs']);
  });
});

describe('searchArchive: a last word still being typed', () => {
  const typed = createSearchArchive([
    makeRecord('waves', { title: 'Ocean waves' }),
    makeRecord('ice', { title: 'Sea ice', topics: ['oceanography'], summary: 'Oceanic ice sheets.' }),
    makeRecord('by-ocampo', { title: 'Tides', people: [{ name: 'Ana Ocampo', key: 'ana ocampo', role: 'speaker' }] }),
    makeRecord('oc-ai', { title: 'OC and AI: optimal control by learning' }),
  ]);
  const found = (query: string) =>
    searchArchive(typed, { query })
      .hits.map((h) => h.record.id)
      .sort();
  // Two letters start hundreds of words: they are looked for where they start a name, and in
  // titles whole ("OC", "AI") until a third letter.
  const cases: [string, string[]][] = [
    ['oc', ['by-ocampo', 'oc-ai']],
    ['ai', ['oc-ai']],
    ['oce', ['ice', 'waves']],
    ['ocea', ['ice', 'waves']],
    ['sea ic', ['ice']],
  ];
  it.each(cases)('%j → %j', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });
});

describe('searchArchive: field syntax', () => {
  const cases: [string, string[]][] = [
    ['speaker:hartvigsen', ['hartvigsen-2023', 'anna-hartvigsen', 'profile-tom']],
    ['title:graph', ['new-graphs', 'old-graphs', 'erdos-accented', 'erdos-plain']],
    ['graph year:2021', ['new-graphs']],
    ['graph year:2010..2016', ['erdos-accented', 'erdos-plain', 'old-graphs']],
    ['graph year:2020-2022', ['new-graphs', 'news-2022']],
    ['kind:news', ['news-2022']],
    ['series:lab-people', ['profile-tom']],
    ['"model editing"', ['hartvigsen-2023', 'mention']],
    ['hartvigsen -healthcare', ['anna-hartvigsen', 'profile-tom']],
    ['machine learning -"deploying machine"', ['profile-tom', 'placeholder']],
  ];
  it.each(cases)('%j → %j', (query, expected) => {
    expect([...ids(query)].sort()).toEqual([...expected].sort());
  });

  it('filters from the request narrow hits but not facets', () => {
    const response = searchArchive(archive, { query: 'hartvigsen', kinds: ['profile'] });
    expect(response.hits.map((h) => h.record.id)).toEqual(['profile-tom']);
    expect(response.facets.kind).toEqual([
      { value: 'talk', count: 3 },
      { value: 'profile', count: 1 },
    ]);
  });
});

describe('searchArchive: the response', () => {
  it('groups talks, people and news with counts, and counts years and series', () => {
    const response = searchArchive(archive, { query: 'graph', limit: 1 });
    expect(response.total).toBe(5);
    expect(response.hits).toHaveLength(1);
    expect(response.groups.talk.count).toBe(4);
    expect(response.groups.talk.hits).toHaveLength(1);
    expect(response.groups.news.count).toBe(1);
    expect(response.groups.profile).toEqual({ hits: [], count: 0 });
    expect(response.facets.year[0]).toEqual({ value: '2022', count: 1 });
    expect(response.facets.series).toEqual([
      { value: 'test-seminar', count: 4 },
      { value: 'lab-news', count: 1 },
    ]);
  });

  it('marks matched words in the title and in an excerpt of the stored text', () => {
    const hit = searchArchive(archive, { query: 'healthcare editing' }).hits[0] as Hit;
    expect(marked(hit.title)).toEqual(['Healthcare']);
    expect(marked(hit.excerpt)).toEqual(expect.arrayContaining(['healthcare', 'editing']));
  });

  it('marks the word a typo or a prefix matched, as it is written', () => {
    const hit = searchArchive(archive, { query: 'Hartvigsn' }).hits.find((h) => h.record.id === 'mention') as Hit;
    expect(marked(hit.excerpt)).toEqual(['Hartvigsen']);
  });

  it('offers a correction and looser matching when nothing matches', () => {
    const response = searchArchive(archive, { query: 'helthcare xqzzv' });
    expect(response.didYouMean).toBe('healthcare xqzzv');
    expect(response.loosened).toBe(true);
    expect(response.hits[0]?.record.id).toBe('hartvigsen-2023');
  });

  it.each<[string, boolean, boolean]>([
    // query, finished typing, said to be close matches only
    ['hartvigsn', true, true],
    ['tom hartvigsn', true, true],
    ['hartvigsen', true, false],
    // Still being typed: the last word may be the start of one.
    ['hartvig', false, false],
    ['hartvig', true, true],
  ])('says when a word is in no record: %s (finished: %s)', (query, finished, loosened) => {
    const response = searchArchive(archive, { query, finished });
    expect(response.hits.length).toBeGreaterThan(0);
    expect(response.loosened === true).toBe(loosened);
  });

  it('gives no correction when the words are known', () => {
    expect(searchArchive(archive, { query: 'healthcare' }).didYouMean).toBeUndefined();
  });

  it('leaves the index as it was, even when a query fails part-way', () => {
    const index = createSearchArchive(FIXTURE).index;
    const broken = { index, records: undefined } as unknown as Parameters<typeof searchArchive>[0];
    expect(() => searchArchive(broken, { query: 'helthcare' })).toThrow();
    expect(Object.keys(index)).toEqual(Object.keys(createSearchArchive(FIXTURE).index));
    expect(Object.prototype.hasOwnProperty.call((index as unknown as { _index: object })._index, 'fuzzyGet')).toBe(false);
  });

  // Typo lookups are kept from one search to the next (index-vocabulary.ts): a word already
  // typed is not looked up again at every key of the next one.
  it('looks a typed word up once while the next word is typed', () => {
    const { index } = createSearchArchive(FIXTURE);
    const tree = (index as unknown as { _index: { fuzzyGet(term: string, edits: number): unknown } })._index;
    const proto = Object.getPrototypeOf(tree) as typeof tree;
    const original = proto.fuzzyGet;
    const asked: string[] = [];
    proto.fuzzyGet = function (this: typeof tree, term, edits) {
      asked.push(term);
      return original.call(this, term, edits);
    };
    try {
      const from = { index, records: archive.records };
      searchArchive(from, { query: 'hartvigsen h' });
      const first = asked.filter((t) => t === 'hartvigsen').length;
      searchArchive(from, { query: 'hartvigsen he' });
      expect(first).toBeGreaterThan(0);
      expect(asked.filter((t) => t === 'hartvigsen').length).toBe(first);
    } finally {
      proto.fuzzyGet = original;
    }
  });

  it('finds a record added after a search, by the typo it was searched with', () => {
    const grown = createSearchArchive(FIXTURE);
    expect(ids('zanzibarin', {}, grown)).toEqual([]);
    const added = makeRecord('zanzibar', { title: 'Zanzibarian tides' });
    grown.index.add(added);
    (grown.records as Map<string, typeof added>).set(added.id, added);
    expect(ids('zanzibarin', {}, grown)).toEqual(['zanzibar']);
  });

  // Matches that cannot reach the top are not ranked (search-archive.ts, rankWithin): a short
  // answer must still be the start of a long one, group by group, with the same counts.
  it('gives the best few as the head of the best many, on words that match hundreds', () => {
    const many = createSearchArchive(makeSyntheticRecords(1500, 7));
    const query = fc.constantFrom('learning', 'le', 'ma', 'graph neural', 'network', 'quantum', 'data', 'st');
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 8 }), (q, limit) => {
        const few = searchArchive(many, { query: q, limit });
        const all = searchArchive(many, { query: q, limit: 2000 });
        const head = (hits: Hit[], n: number) => hits.slice(0, n).map((h) => `${h.record.id} ${h.score}`);
        expect(head(few.hits, limit)).toEqual(head(all.hits, limit));
        for (const kind of ['talk', 'news', 'profile'] as const) {
          expect(few.groups[kind].count).toBe(all.groups[kind].count);
          expect(head(few.groups[kind].hits, limit)).toEqual(head(all.groups[kind].hits, limit));
        }
      }),
      { numRuns: 40 },
    );
  });

  // A pasted address or sentence matches nothing whole, so any of its words may match; a
  // word in more than a tenth of the records brings none on its own (search-archive.ts).
  describe('a long question, loosened', () => {
    const records = makeSyntheticRecords(1500, 7);
    const many = createSearchArchive(records);
    const target = records[42]!;
    const slug = target.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const cases: [string, string][] = [
      ['a pasted address', `https://www.example.org/seminars/2024/${slug}.html?id=42&ref=newsletter`],
      ['a sentence', `the talk about ${target.title.toLowerCase()} given by somebody in the seminar last year`],
    ];
    it.each(cases)('%s finds its talk first', (_, query) => {
      const answer = searchArchive(many, { query, limit: 5 });
      expect(answer.loosened).toBe(true);
      expect(answer.hits[0]?.record.id).toBe(target.id);
    });

    it('does not bring every record its common words hold', () => {
      const query = cases[1]![1];
      const mostCommon = Math.max(...query.split(' ').map((w) => searchArchive(many, { query: w }).total));
      expect(searchArchive(many, { query }).total).toBeLessThan(mostCommon);
    });
  });

  // "talks about causal inference in medicine" had one answer: few records hold every word.
  describe('a finished question that few records answer whole', () => {
    const records = makeSyntheticRecords(1500, 7);
    const many = createSearchArchive(records);
    const target = records[42]!;
    const words = target.title.toLowerCase().split(' ').slice(0, 3).join(' ');

    it('lists the records holding all its words first, then those holding some', () => {
      const whole = searchArchive(many, { query: words, limit: 5 });
      const finished = searchArchive(many, { query: `${words} `, limit: 5 });
      expect(whole.total).toBe(1);
      expect(finished.total).toBeGreaterThan(5);
      expect(finished.hits.map((h) => h.record.id)[0]).toBe(target.id);
      expect(finished.loosened).toBeUndefined();
    });

    it('waits for the last word while a short question is still being typed', () => {
      expect(searchArchive(many, { query: words }).total).toBe(1);
    });

    it('answers a submitted question in part too', () => {
      expect(searchArchive(many, { query: words, finished: true }).total).toBeGreaterThan(5);
    });

    it('takes a title typed whole for no question: its talk is the answer', () => {
      const answer = searchArchive(many, { query: `${target.title} `, limit: 5 });
      expect(answer.hits[0]?.record.id).toBe(target.id);
      expect(answer.total).toBeLessThan(5);
    });
  });

  it('needs no "talk" or "lecture" in a record a question asks for by its subject', () => {
    const archive = createSearchArchive([
      makeRecord('categories', { title: 'The model theory of categories' }),
      ...[1, 2, 3, 4, 5].map((i) =>
        makeRecord(`notes-${i}`, { title: `Lecture notes ${i}`, abstract: 'A lecture on model theory and categories.' }),
      ),
      makeRecord('hardy', { title: 'The Hardy Lecture' }),
      // Enough else that "lecture" is no common word (a question of three words drops those anyway).
      ...Array.from({ length: 150 }, (_, i) => makeRecord(`other-${i}`, { title: `Harmonic analysis ${i}` })),
    ]);
    expect(ids('lecture on model theory of categories', {}, archive)[0]).toBe('categories');
    expect(ids('hardy lecture', {}, archive)).toEqual(['hardy']);
  });

  it('answers an empty query with nothing', () => {
    expect(searchArchive(archive, { query: '   ' }).total).toBe(0);
  });
});

describe('searchArchive: any query', () => {
  it('never throws, whatever is typed', () => {
    const syntax = fc.constantFrom(
      '"',
      '-',
      ':',
      'speaker:',
      'year:',
      '..',
      'kind:',
      '(',
      '*',
      '~',
      '^',
      ' ',
      'Erdős',
      'hart',
      '2020',
    );
    const query = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(syntax, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const response = searchArchive(archive, { query: q, limit: 5 });
        expect(response.hits.length).toBeLessThanOrEqual(5);
        for (const h of response.hits) expect(h.title.map((r) => r.text).join('')).toBe(h.record.title);
      }),
      { numRuns: 300 },
    );
  });
});
