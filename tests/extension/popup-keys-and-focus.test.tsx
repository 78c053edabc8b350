// @vitest-environment happy-dom
/**
 * The popup's combobox with a background that answers when told to: Enter opens
 * a result of the text in the box (waiting for its answer, never an older one),
 * buttons that start or end a search leave focus in the box, one status line
 * stays in the page while its text changes, Escape leaves a record from
 * anywhere, and the box controls the listbox only while there is one.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../components/popup-app.tsx';
import type { ArchiveService, PopupSearch } from '../../components/lib/archive-service.ts';
import { DEFAULT_SETTINGS } from '../../components/lib/normalize-settings.ts';
import { makeRecord } from '../support/make-record.ts';

interface Question {
  query: string;
  answer: (res: PopupSearch) => void;
  fail: (error: Error) => void;
}

let questions: Question[];
let opened: string[];
let cleared: number;
const root = document.createElement('div');
document.body.append(root);

function service(): ArchiveService {
  return {
    search: (request) =>
      new Promise<PopupSearch>((answer, fail) => questions.push({ query: request.query, answer, fail: (e) => fail(e) })),
    getRecords: async (ids) => (opened.push(...ids), ids.map((id) => makeRecord({ id }))),
    getPerson: async () => undefined,
    lookAtPage: async () => ({}) as never,
  };
}

/** An answer with talks `<query> 1`, `<query> 2`, …, and `extra` fields. */
function answerTo(query: string, count = 2, extra: Partial<PopupSearch> = {}): PopupSearch {
  const hits = Array.from({ length: count }, (_, i) => ({
    record: makeRecord({ id: `${query} ${i + 1}` }),
    score: 1,
    title: [],
    excerpt: [],
  }));
  return {
    hits: [],
    total: count,
    groups: { talk: { hits, count }, profile: { hits: [], count: 0 }, news: { hits: [], count: 0 } },
    facets: { kind: [], year: [], series: [] },
    people: [],
    ...extra,
  };
}

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

let shown: Partial<PopupAppProps> = {};
/** Renders the popup, or renders it again with `props` changed, as the entry point does. */
async function open(props: Partial<PopupAppProps> = {}) {
  shown = { ...shown, ...props };
  render(
    <PopupApp
      service={service()}
      settings={DEFAULT_SETTINGS}
      recent={[]}
      onRemember={() => {}}
      onClearRecent={() => cleared++}
      findings={Promise.resolve(undefined)}
      onOpenArchive={() => {}}
      {...shown}
    />,
    root,
  );
  await flush();
}

const box = () => root.querySelector<HTMLInputElement>('#q')!;
const status = () => root.querySelectorAll('[role=status]');

/** What a person does, one step at a time. */
const act = {
  /** Types or pastes: the whole text of the box becomes `text`. */
  type: async (text: string) => {
    box().value = text;
    box().dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
  },
  press: async (key: string, target: EventTarget = document.activeElement ?? document.body) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await flush();
  },
  /** The background answers the question about `query` it was asked last. */
  answer: async (query: string, res: PopupSearch = answerTo(query)) => {
    questions.findLast((q) => q.query === query)!.answer(res);
    await flush();
  },
  click: async (name: string | RegExp) => {
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.match(name));
    if (!button) throw new Error(`No button "${name}" in: ${root.innerHTML}`);
    button.focus();
    button.click();
    await flush();
  },
};

beforeEach(() => {
  questions = [];
  opened = [];
  cleared = 0;
  shown = {};
});
afterEach(() => render(null, root));

describe('Enter in the popup', () => {
  // Steps, then the questions answered after them: what was opened before those answers, and after.
  it.each<[string, Partial<PopupAppProps>, (() => Promise<void>)[], string[], { before: string[]; after: string[] }]>([
    [
      'the answer has come: opens its top result',
      {},
      [() => act.type('causal'), () => act.answer('causal'), () => act.press('Enter')],
      [],
      { before: ['causal 1'], after: ['causal 1'] },
    ],
    [
      'the arrows chose a result: opens that one',
      {},
      [
        () => act.type('causal'),
        () => act.answer('causal'),
        () => act.press('ArrowDown'),
        () => act.press('ArrowDown'),
        () => act.press('Enter'),
      ],
      [],
      { before: ['causal 2'], after: ['causal 2'] },
    ],
    [
      'a new text pasted over shown results: waits for its answer, never opens the old top result',
      {},
      [
        () => act.type('large cardinals'),
        () => act.answer('large cardinals'),
        () => act.type('causal inference'),
        () => act.press('Enter'),
      ],
      ['causal inference'],
      { before: [], after: ['causal inference 1'] },
    ],
    [
      'pressed as the popup opens, before the first answer: waits for it',
      { initialQuery: 'causal' },
      [() => act.press('Enter')],
      ['causal'],
      { before: [], after: ['causal 1'] },
    ],
    [
      'pressed in the static box before the app took it over: waits for the answer',
      { initialQuery: 'causal', initialEnter: true },
      [],
      ['causal'],
      { before: [], after: ['causal 1'] },
    ],
    [
      'more typed before the answer came: that Enter was for the text before',
      {},
      [() => act.type('caus'), () => act.press('Enter'), () => act.type('causal')],
      ['caus', 'causal'],
      { before: [], after: [] },
    ],
    [
      'the question failed: nothing',
      {},
      [() => act.type('causal'), () => act.press('Enter'), async () => (questions[0]!.fail(new Error('No archive.')), flush())],
      [],
      { before: [], after: [] },
    ],
    ['an empty box: nothing', {}, [() => act.press('Enter')], [], { before: [], after: [] }],
  ])('%s', async (_, props, steps, answered, expected) => {
    await open(props);
    box().focus();
    for (const step of steps) await step();
    const before = [...opened];
    for (const query of answered) await act.answer(query);
    expect({ before, after: opened }).toEqual(expected);
  });
});

describe('focus after a button that starts or ends a search', () => {
  it('"did you mean" searches the suggestion with focus in the box', async () => {
    await open();
    box().focus();
    await act.type('casual');
    await act.answer('casual', answerTo('casual', 0, { didYouMean: 'causal' }));
    await act.click('causal');
    expect({ focused: document.activeElement === box(), value: box().value, asked: questions.map((q) => q.query) }).toEqual({
      focused: true,
      value: 'causal',
      asked: ['casual', 'causal'],
    });
  });

  it('"Clear recent searches" leaves focus in the box', async () => {
    await open({ recent: ['causal'] });
    await act.click('Clear recent searches');
    // The list, and the button with it, go once the entry point has cleared it.
    await open({ recent: [] });
    expect({ cleared, focused: document.activeElement?.id }).toEqual({ cleared: 1, focused: 'q' });
  });
});

describe("the popup's status line", () => {
  it('is one element, always in the page, whose text changes', async () => {
    await open();
    const line = status()[0];
    const seen: [string, number, boolean, string][] = [];
    const look = (when: string) => seen.push([when, status().length, status()[0] === line, status()[0]?.textContent ?? '']);
    look('opened');
    await act.type('causal');
    look('asked');
    await act.answer('causal');
    look('answered');
    await act.press('Enter');
    await vi.waitFor(() => expect(root.querySelector('article.record-detail')).not.toBeNull());
    look('record shown');
    await act.press('Escape');
    look('back to the results');
    await act.type('causal z');
    questions.at(-1)!.fail(new Error('The archive could not be loaded.'));
    await flush();
    look('failed');
    await act.press('Escape', box());
    look('cleared');
    expect(seen).toEqual([
      ['opened', 1, true, ''],
      ['asked', 1, true, ''],
      ['answered', 1, true, '2 results'],
      ['record shown', 1, true, ''],
      ['back to the results', 1, true, '2 results'],
      ['failed', 1, true, 'The archive could not be loaded.'],
      ['cleared', 1, true, ''],
    ]);
  });
});

describe('Escape in a record', () => {
  it.each<[string, () => EventTarget]>([
    ['focus on the Back button', () => document.activeElement!],
    [
      'focus on <body> (after the last Tab, or a click on plain text)',
      () => ((document.activeElement as HTMLElement).blur(), document.body),
    ],
  ])('goes back to the results from %s', async (_, target) => {
    await open({ initialQuery: 'causal' });
    await act.answer('causal');
    await act.press('Enter', box());
    await vi.waitFor(() => expect(root.querySelector('article.record-detail')).not.toBeNull());
    await act.press('Escape', target());
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('q'));
    expect({
      record: root.querySelector('article.record-detail'),
      value: box().value,
      options: root.querySelectorAll('[role=option]').length,
    }).toEqual({
      record: null,
      value: 'causal',
      options: 2,
    });
  });

  it('in the box, with no record shown, still clears it', async () => {
    await open({ initialQuery: 'causal' });
    await act.answer('causal');
    await act.press('Escape', box());
    expect(box().value).toBe('');
  });
});

describe("the box's aria-controls", () => {
  it('names the listbox while there is one, and nothing otherwise', async () => {
    await open();
    const seen: [string, string | null, boolean][] = [];
    const look = (when: string) => {
      const controls = box().getAttribute('aria-controls');
      seen.push([when, controls, controls === null || document.getElementById(controls)?.getAttribute('role') === 'listbox']);
    };
    look('opened');
    await act.type('causal');
    look('asked');
    await act.answer('causal');
    look('answered');
    await act.press('Escape', box());
    look('cleared');
    expect(seen).toEqual([
      ['opened', null, true],
      ['asked', null, true],
      ['answered', 'results', true],
      ['cleared', null, true],
    ]);
  });
});
