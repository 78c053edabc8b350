// @vitest-environment happy-dom
/**
 * The archive page for a keyboard and screen-reader user: where focus goes when a view
 * changes, what is announced, the skip link, the search box through it all
 * (components/archive-app.tsx). In a real browser: tests/e2e/archive-navigation.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ArchiveApp } from '../../components/archive-app.tsx';
import { summarizeHome } from '../../components/lib/home-summary.ts';
import { parseRoute } from '../../components/lib/parse-route.ts';
import type { LoadedArchive } from '../../components/lib/loaded-archive.ts';
import { loadFixture } from './archive-fixture.ts';

const loaded = loadFixture();
const now = () => new Date('2025-01-01T12:00:00');
const early = { view: 'home' as const, info: loaded.info, home: summarizeHome(loaded.records, '2025-01-01') };
const CAUSAL = '#/record/s%2Ftalks%2Fcausal.md';

/** The archive page as main.tsx runs it: a hash shown, links and the search box going to others. */
function openPage(start: string, { whole = true } = {}) {
  const root = document.body.appendChild(document.createElement('div'));
  let route = parseRoute(start);
  let archive: LoadedArchive | undefined = whole ? loaded : undefined;
  const draw = () => render(<ArchiveApp loaded={archive} early={early} route={route} navigate={(h) => go(h)} now={now} />, root);
  // A link followed, Back or Forward: all come as a new hash.
  const go = (hash: string) => {
    route = parseRoute(hash);
    draw();
  };
  act(draw);
  const box = root.querySelector<HTMLInputElement>('#archive-q')!;
  return {
    root,
    box,
    go: (hash: string) => act(() => go(hash)),
    wholeArchiveIn: () =>
      act(() => {
        archive = loaded;
        draw();
      }),
    submit: (typed: string) =>
      act(() => {
        box.value = typed;
        box.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      }),
    heading: () => root.querySelector<HTMLElement>('main h1'),
    announced: () => root.querySelector('p[role=status].visually-hidden')!,
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the archive page, by keyboard and screen reader', () => {
  it('keeps focus in the search box after Enter, showing the words searched and announcing the count', () => {
    const page = openPage('#/');
    page.box.focus();
    page.submit('  causal ');
    expect(page.heading()!.textContent).toBe('Results for “causal”');
    expect(document.activeElement).toBe(page.box);
    expect(page.box.value).toBe('causal');
    expect(page.announced().textContent).toMatch(/^\d+ records?$/);
    // What is typed next goes into the box, and searches from there.
    page.submit('lopez');
    expect(document.activeElement).toBe(page.box);
    expect(page.heading()!.textContent).toBe('Results for “lopez”');
  });

  it.each<[string, string, string, string]>([
    ['a record, from the home', '#/', CAUSAL, 'Causal Inference for Time Series'],
    ['a person, from a record', CAUSAL, '#/person/ana%20lopez', 'Ana Lopez'],
    ['a facet, from a search', '#/search?q=causal', '#/search?q=causal&kind=talk', 'Results for “causal”'],
    ['the home, by Back from a search', '#/search?q=causal', '#/', 'The talk archive'],
    ['a search, by Back from a record', CAUSAL, '#/search?q=lopez', 'Results for “lopez”'],
    ['a person not in the archive', '#/', '#/person/no%20one', 'No such person in this archive'],
  ])('focuses the heading of a view opened by a link or Back: %s', (_, from, to, heading) => {
    const page = openPage(from);
    page.go(to);
    expect(page.heading()!.textContent).toBe(heading);
    expect(document.activeElement).toBe(page.heading());
    // Focusable by script, not by Tab.
    expect(page.heading()!.getAttribute('tabindex')).toBe('-1');
    // The box shows the search of the view on screen, or nothing.
    expect(page.box.value).toBe(parseRoute(to).view === 'search' ? (to.match(/q=(\w+)/)?.[1] ?? '') : '');
  });

  it('leaves focus where the browser puts it on the first view, before and after the whole archive is in', () => {
    const page = openPage('#/', { whole: false });
    page.wholeArchiveIn();
    expect(document.activeElement).toBe(document.body);
  });

  it('focuses the heading of a view once its data is in, and keeps what is being typed meanwhile', () => {
    const page = openPage('#/', { whole: false });
    page.go(CAUSAL);
    expect(page.heading()).toBeNull();
    page.wholeArchiveIn();
    expect(document.activeElement).toBe(page.heading());
    page.box.value = 'caus';
    page.wholeArchiveIn();
    expect(page.box.value).toBe('caus');
  });

  it('announces a count from a live region there before it', () => {
    const page = openPage('#/');
    const region = page.announced();
    expect(region.textContent).toBe('');
    page.go('#/search?q=lopez');
    expect(page.announced()).toBe(region);
    expect(region.textContent).toBe('3 records');
    page.go('#/search?q=causal%20zebrafish');
    expect(region.textContent).toMatch(/^No record holds every word; 1 close match/);
    page.go(CAUSAL);
    expect(region.textContent).toBe('');
  });

  it.each<[string, string, string]>([
    ['#/', 'Skip to content', 'The talk archive'],
    [CAUSAL, 'Skip to content', 'Causal Inference for Time Series'],
    ['#/search?q=lopez', 'Skip to results', 'Results (3)'],
  ])('%s: the first thing Tab reaches is a skip link, "%s", to "%s"', (hash, label, target) => {
    const page = openPage(hash);
    const first = page.root.querySelector('a[href], button, input, [tabindex]:not([tabindex="-1"])')!;
    expect(first.textContent).toBe(label);
    act(() => (first as HTMLElement).click());
    expect(document.activeElement!.textContent).toBe(target);
    // The skip link is no route: the page stays on its view.
    expect(page.root.querySelector('main')!.textContent).toContain(target);
  });

  it("heads a search's results after its facets, right above the list", () => {
    const page = openPage('#/search?q=lopez');
    const headings = [...page.root.querySelectorAll('main h1, main h2, main ul.record-list')].map((h) =>
      h.tagName === 'UL' ? 'list' : `${h.tagName} ${h.textContent}`,
    );
    expect(headings[0]).toBe('H1 Results for “lopez”');
    expect(headings.slice(-2)).toEqual(['H2 Results (3)', 'list']);
    expect(headings).toContain('H2 Kind');
  });
});
