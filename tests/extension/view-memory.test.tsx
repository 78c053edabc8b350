// @vitest-environment happy-dom
/**
 * Where the reader was on each entry of the archive page's history: kept as they scroll
 * and show more, recalled when Back or Forward returns to the entry, never for a new one.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BrowseView, PAGE } from '../../components/browse-view.tsx';
import type { BrowseResult } from '../../components/lib/browse-records.ts';
import { createViewMemory } from '../../components/lib/view-memory.ts';
import { makeRecord } from '../support/make-record.ts';

/** A history of entries, each with its own state, as the browser keeps it. */
function fakeHistory() {
  const entries: unknown[] = [null];
  let at = 0;
  return {
    get state() {
      return entries[at];
    },
    replaceState(state: unknown) {
      entries[at] = state;
    },
    push() {
      entries.splice(++at, entries.length, null);
    },
    back() {
      at--;
    },
    forward() {
      at++;
    },
  };
}

describe('createViewMemory', () => {
  it('recalls a place only for the entry it was kept for', () => {
    const history = fakeHistory();
    const memory = createViewMemory(history);
    expect(memory.recall()).toBeUndefined();
    memory.keep({ scrollY: 900 });
    memory.keep({ shown: 100 });
    history.push();
    expect(memory.recall()).toBeUndefined();
    memory.keep({ scrollY: 40 });
    history.back();
    expect(memory.recall()).toEqual({ scrollY: 900, shown: 100 });
    history.forward();
    expect(memory.recall()).toEqual({ scrollY: 40 });
  });

  it('keeps what the page had in its history state', () => {
    const history = fakeHistory();
    history.replaceState({ other: 1 });
    createViewMemory(history).keep({ scrollY: 1 });
    expect(history.state).toMatchObject({ other: 1, talkscopeEntry: expect.any(String) });
  });

  it('knows nothing of entries from before a reload', () => {
    const history = fakeHistory();
    createViewMemory(history).keep({ scrollY: 900 });
    expect(createViewMemory(history).recall()).toBeUndefined();
  });
});

describe('BrowseView with a memory', () => {
  const records = Array.from({ length: 3 * PAGE }, (_, i) => makeRecord({ id: `t/${i}` }));
  const result: BrowseResult = {
    items: records.map((record) => ({ record })),
    total: records.length,
    facets: { kind: [], series: [], year: [], topic: [], person: [] },
  };
  const route = { view: 'search' as const, query: '', filters: {}, sort: 'date' as const };

  it.each([
    ['a new visit', undefined, PAGE],
    ['a return after "Show more"', 2 * PAGE, 2 * PAGE],
  ])('%s shows as many results as it had', (_, shown, rows) => {
    const memory = createViewMemory(fakeHistory());
    if (shown) memory.keep({ shown });
    const root = document.createElement('div');
    render(<BrowseView route={route} result={result} nameOf={() => undefined} memory={memory} />, root);
    expect(root.querySelectorAll('ul.record-list > li')).toHaveLength(rows);
  });
});
