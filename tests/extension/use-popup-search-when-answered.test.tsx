// @vitest-environment happy-dom
/**
 * What Enter in the popup waits on: the answer to the newest question, at once
 * if it has come, else when it comes, and never an older answer still shown.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { usePopupSearch, type PopupSearchState } from '../../components/use-popup-search.ts';
import type { ArchiveService, PopupSearch } from '../../components/lib/archive-service.ts';
import { makeRecord } from '../support/make-record.ts';

interface Asked {
  query: string;
  answer: (res: PopupSearch) => void;
  fail: (error: Error) => void;
}

function fakeService(asked: Asked[]): ArchiveService {
  return {
    search: (request) =>
      new Promise<PopupSearch>((answer, fail) => asked.push({ query: request.query, answer, fail: (e) => fail(e) })),
    getRecords: async () => [],
    getPerson: async () => undefined,
    lookAtPage: async () => ({}) as never,
  };
}

/** An answer whose one talk is named after the query. */
function answerTo(query: string): PopupSearch {
  const hit = { record: makeRecord({ id: query }), score: 1, title: [], excerpt: [] };
  return {
    hits: [hit],
    total: 1,
    groups: { talk: { hits: [hit], count: 1 }, profile: { hits: [], count: 0 }, news: { hits: [], count: 0 } },
    facets: { kind: [], year: [], series: [] },
    people: [],
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

/** One step of a case: ask a question (or clear), answer or fail the nth question sent, or wait on the answer. */
type Step = ['ask', string | undefined] | ['answer', number] | ['fail', number] | ['when', string];

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
      if (step[0] === 'ask') state.ask(step[1] === undefined ? undefined : { query: step[1], limit: 5 });
      else if (step[0] === 'answer') asked[step[1]]!.answer(answerTo(asked[step[1]]!.query));
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
