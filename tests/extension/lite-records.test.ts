/**
 * The background's first search after it starts reads the records as a result row shows them
 * (components/lib/lite-records.ts): it must find, rank and count exactly as the whole records do.
 */
import { describe, expect, it } from 'vitest';
import { answerArchiveMessage } from '../../components/lib/answer-archive-message.ts';
import { loadArchive } from '../../components/lib/loaded-archive.ts';
import { liteRecordsJson, readLiteRecords } from '../../components/lib/lite-records.ts';
import type { PopupSearch } from '../../components/lib/archive-service.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { needsRecordTexts, serializeSearchIndex } from '../../indexer/search/search-archive.ts';
import { makeRecord, person } from '../support/make-record.ts';
import { loadFixture, NAMES, RECORDS } from './archive-fixture.ts';

const ABSTRACT_ONLY: TalkRecord = makeRecord({
  id: 's/talks/abstract.md',
  title: 'A talk',
  people: [person('Ana Lopez')],
  date: '2022-02-02',
  series: 'stats',
  abstract: 'Counterfactual reasoning for causal time series.',
  body: 'Long body text about causal inference.',
  related: ['s/talks/causal.md'],
});

describe('liteRecordsJson', () => {
  it('keeps what a result row shows and ranks by, and leaves the texts for later', () => {
    const [lite] = JSON.parse(liteRecordsJson(JSON.stringify([ABSTRACT_ONLY]))) as TalkRecord[];
    expect(lite).toEqual({
      id: 's/talks/abstract.md',
      kind: 'talk',
      title: 'A talk',
      people: ABSTRACT_ONLY.people,
      series: 'stats',
      date: '2022-02-02',
    });
  });

  it.each<[string, Partial<TalkRecord> & { id: string }]>([
    ['a talk with a date and people', ABSTRACT_ONLY],
    ['news without people, topics or date', { id: 's/news/n.md', kind: 'news', people: [], date: undefined }],
    ['a placeholder', { id: 's/talks/tba.md', title: 'TBA', placeholder: true, topics: ['tba'] }],
  ])('reads %s back as a whole record, texts and origin empty', (_, fields) => {
    const record = makeRecord(fields);
    const [read] = readLiteRecords(liteRecordsJson(JSON.stringify([record])));
    expect(read).toEqual({
      id: record.id,
      kind: record.kind,
      title: record.title,
      people: record.people.map((p) => ({ name: p.name, key: p.key, role: p.role })),
      topics: record.topics,
      series: record.series,
      date: record.date,
      placeholder: record.placeholder,
      links: [],
      related: [],
      root: '',
      source: '',
    });
  });

  it('gives every record the same fields in the same order', () => {
    const read = readLiteRecords(liteRecordsJson(JSON.stringify([...RECORDS, ABSTRACT_ONLY])));
    expect(new Set(read.map((r) => Object.keys(r).join(','))).size).toBe(1);
  });
});

describe('a search on the lite records', () => {
  const records = [...RECORDS, ABSTRACT_ONLY];
  const whole = loadFixture(records);
  const lite = loadArchive(
    {
      index: serializeSearchIndex(records),
      records: readLiteRecords(liteRecordsJson(JSON.stringify(records))),
      names: JSON.stringify(NAMES),
      info: JSON.stringify(whole.info),
    },
    whole.archive.index,
  );
  const ask = (loaded: typeof whole, query: string, kinds?: TalkRecord['kind'][]) => {
    const res = answerArchiveMessage(loaded, {
      talkscope: 'search',
      request: { query, limit: 5, ...(kinds ? { kinds } : {}) },
      excerptRows: 0,
    }) as PopupSearch;
    return {
      groups: Object.entries(res.groups).map(([kind, g]) => [kind, g.count, g.hits.map((h) => [h.record.id, h.title])]),
      facets: res.facets,
      people: res.people,
      later: res.excerptsLater,
    };
  };

  it.each([['causal'], ['ana lopez'], ['counterfactual'], ['grph neural'], ['speaker:lopez'], ['award'], ['qu']])(
    'finds, ranks and counts %j as the whole records do',
    (query) => {
      expect(ask(lite, query)).toEqual(ask(whole, query));
    },
  );

  it('filters by kind as the whole records do', () => {
    expect(ask(lite, 'lopez', ['news'])).toEqual(ask(whole, 'lopez', ['news']));
  });
});

describe('needsRecordTexts: which searches wait for the whole records', () => {
  it.each([
    ['causal', false],
    ['speaker:lopez graphs', false],
    ['-award lopez', false],
    ['"causal inference"', true],
    ['lopez "time series"', true],
    ['"', false],
  ])('%j → %s', (query, expected) => {
    expect(needsRecordTexts(query)).toBe(expected);
  });
});
