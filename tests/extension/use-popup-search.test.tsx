// @vitest-environment happy-dom
/**
 * The popup's searching with a background that answers when told to: the
 * newest question wins, the excerpts held back come only for the answer
 * shown, once typing pauses, and what Enter waits on (`whenAnswered`).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { usePopupSearch, EXCERPT_ROWS, type PopupSearchState } from '../../components/use-popup-search.ts';
import type { ArchiveService, PopupSearch } from '../../components/lib/archive-service.ts';
import type { MarkedText, SearchRequest } from '../../indexer/search/search-archive.ts';
import { makeRecord } from '../support/make-record.ts';

interface Asked {
  what: 'search' | 'excerpts';
  query: string;
  rows?: number;
  ids?: readonly string[];
  answer: (value: unknown) => void;
  fail: (error: Error) => void;
}

function fakeService(asked: Asked[]): ArchiveService {
  const wait = (entry: Omit<Asked, 'answer' | 'fail'>) =>
    new Promise<never>((resolve, reject) => asked.push({ ...entry, answer: resolve as (v: unknown) => void, fail: reject }));
  return {
    search: (request) => wait({ what: 'search', query: request.query }),
    searchFirstRows: (request, rows) => wait({ what: 'search', query: request.query, rows }),
    excerpts: (request, ids) => wait({ what: 'excerpts', query: request.query, ids }),
    getRecords: async () => [],
    getPerson: async () => undefined,
    lookAtPage: async () => ({}) as never,
  };
}

/** An answer with one talk per id, the ids in `later` sent without their excerpt. */
function answer(query: string, ids: string[], later: string[] = []): PopupSearch {
  const hits = ids.map((id) => ({
    record: makeRecord({ id, title: `${query} ${id}` }),
    score: 1,
    title: [{ text: `${query} ${id}`, marked: false }],
    excerpt: later.includes(id) ? [] : [{ text: `near ${id}`, marked: false }],
  }));
  return {
    hits: [],
    total: hits.length,
    groups: { talk: { hits, count: hits.length }, profile: { hits: [], count: 0 }, news: { hits: [], count: 0 } },
    facets: { kind: [], year: [], series: [] },
    people: [],
    ...(later.length ? { excerptsLater: later } : {}),
  };
}

let state: PopupSearchState;
function Probe({ service }: { service: ArchiveService }) {
  state = usePopupSearch(service);
  return null;
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const request = (query: string): SearchRequest => ({ query, limit: 5 });
const excerptsOf = (s: PopupSearchState) => s.response?.groups.talk.hits.map((h) => h.excerpt.map((r) => r.text).join('')) ?? [];

describe('usePopupSearch', () => {
  let asked: Asked[];
  beforeEach(() => {
    vi.useFakeTimers();
    asked = [];
    render(<Probe service={fakeService(asked)} />, document.createElement('div'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks for the first screenful of excerpts and shows only the newest answer', async () => {
    state.ask(request('c'));
    state.ask(request('ca'));
    state.ask(request('cau'));
    expect(asked.map((a) => [a.query, a.rows])).toEqual([['c', EXCERPT_ROWS]]);
    asked[0]!.answer(answer('c', ['a']));
    await flush();
    // The stale answer is dropped; only the newest waiting question is sent.
    expect(state.response).toBeUndefined();
    expect(asked.map((a) => a.query)).toEqual(['c', 'cau']);
    asked[1]!.answer(answer('cau', ['b']));
    await flush();
    expect(state.response?.groups.talk.hits.map((h) => h.record.id)).toEqual(['b']);
    expect(state.answers).toBe(1);
  });

  it('fills in the held-back excerpts once typing pauses, without counting a new answer', async () => {
    state.ask(request('graph'));
    asked[0]!.answer(answer('graph', ['a', 'b', 'c'], ['b', 'c']));
    await flush();
    expect(excerptsOf(state)).toEqual(['near a', '', '']);
    expect(asked).toHaveLength(1);
    await vi.runAllTimersAsync();
    expect(asked.map((a) => [a.what, a.query, a.ids])).toEqual([
      ['search', 'graph', undefined],
      ['excerpts', 'graph', ['b', 'c']],
    ]);
    asked[1]!.answer({ b: [{ text: 'near b', marked: false }], c: [{ text: 'near c', marked: true }] } satisfies Record<
      string,
      MarkedText
    >);
    await flush();
    expect(excerptsOf(state)).toEqual(['near a', 'near b', 'near c']);
    expect(state.response?.excerptsLater).toBeUndefined();
    expect(state.answers).toBe(1);
  });

  it.each([
    ['a newer question', () => state.ask(request('graphs'))],
    ['clearing the box', () => state.ask(undefined)],
  ])('asks no held-back excerpts for an answer replaced by %s', async (_, replace) => {
    state.ask(request('graph'));
    asked[0]!.answer(answer('graph', ['a', 'b'], ['b']));
    await flush();
    replace();
    await vi.runAllTimersAsync();
    expect(asked.filter((a) => a.what === 'excerpts')).toEqual([]);
  });

  it("offers every year and series again once the box is cleared, not the last query's", async () => {
    state.ask(request('graph'));
    asked[0]!.answer({
      ...answer('graph', ['a']),
      facets: { kind: [], year: [{ value: '2023', count: 1 }], series: [{ value: 'dub', count: 1 }] },
    });
    await flush();
    expect(state.facets).toEqual({ year: [{ value: '2023', count: 1 }], series: [{ value: 'dub', count: 1 }] });
    state.ask(undefined);
    await flush();
    expect(state.facets).toEqual({ year: [], series: [] });
  });

  it('drops excerpts that come after a newer question', async () => {
    state.ask(request('graph'));
    asked[0]!.answer(answer('graph', ['a', 'b'], ['b']));
    await flush();
    await vi.runAllTimersAsync();
    state.ask(request('graphs'));
    asked[1]!.answer({ b: [{ text: 'near b', marked: false }] });
    await flush();
    expect(excerptsOf(state)).toEqual(['near a', '']);
  });
});

/** One step of a case: ask a question (or clear), answer or fail the nth question sent, or wait on the answer. */
type Step = ['ask', string | undefined] | ['answer', number] | ['fail', number] | ['when', string];

// What Enter in the popup waits on: the answer to the newest question, at once if it has
// come, else when it comes, and never an older answer still shown.
describe('usePopupSearch().whenAnswered', () => {
  let asked: Asked[];
  beforeEach(() => {
    asked = [];
    render(<Probe service={fakeService(asked)} />, document.createElement('div'));
  });

  // Each `when` is labelled; what is expected is which labels were called, with the query of the answer they got.
  it.each<[string, Step[], string[]]>([
    [
      'the answer has come: at once',
      [
        ['ask', 'a'],
        ['answer', 0],
        ['when', 'enter'],
      ],
      ['enter: a'],
    ],
    [
      'the answer has not come: when it comes',
      [
        ['ask', 'a'],
        ['when', 'enter'],
        ['answer', 0],
      ],
      ['enter: a'],
    ],
    [
      'an older answer is shown: waits for the newest',
      [
        ['ask', 'a'],
        ['answer', 0],
        ['ask', 'b'],
        ['when', 'enter'],
        ['answer', 1],
      ],
      ['enter: b'],
    ],
    [
      'a newer question asked first: dropped',
      [
        ['ask', 'a'],
        ['when', 'enter'],
        ['ask', 'b'],
        ['answer', 0],
        ['answer', 1],
      ],
      [],
    ],
    [
      'the box cleared first: dropped',
      [
        ['ask', 'a'],
        ['when', 'enter'],
        ['ask', undefined],
        ['answer', 0],
      ],
      [],
    ],
    [
      'the question failed: dropped',
      [
        ['ask', 'a'],
        ['when', 'enter'],
        ['fail', 0],
      ],
      [],
    ],
    [
      'called twice while waiting: only the later one',
      [
        ['ask', 'a'],
        ['when', 'first'],
        ['when', 'second'],
        ['answer', 0],
      ],
      ['second: a'],
    ],
  ])('%s', async (_, steps, expected) => {
    const called: string[] = [];
    for (const step of steps) {
      if (step[0] === 'ask') state.ask(step[1] === undefined ? undefined : request(step[1]));
      else if (step[0] === 'answer') asked[step[1]]!.answer(answer(asked[step[1]]!.query, [asked[step[1]]!.query]));
      else if (step[0] === 'fail') asked[step[1]]!.fail(new Error('The archive could not be loaded.'));
      else {
        const label = step[1];
        state.whenAnswered((res) => called.push(`${label}: ${res.groups.talk.hits[0]!.record.id}`));
      }
      await flush();
    }
    expect(called).toEqual(expected);
  });
});
