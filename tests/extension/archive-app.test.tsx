// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArchiveApp } from '../../components/archive-app.tsx';
import { summarizeHome } from '../../components/lib/home-summary.ts';
import { parseRoute } from '../../components/lib/parse-route.ts';
import { isDataFor, viewData, type ViewData } from '../../components/lib/archive-view-data.ts';
import { titleFor } from '../../components/lib/page-title.ts';
import { loadFixture } from './archive-fixture.ts';

// The archive page shows its home from the build's few records, then again once the whole
// archive is in (entrypoints/archive/main.tsx).
describe('ArchiveApp, before and after the whole archive is in', () => {
  const loaded = loadFixture();
  const now = () => new Date('2025-01-01T12:00:00');
  const early = { view: 'home' as const, info: loaded.info, home: summarizeHome(loaded.records, '2025-01-01') };
  const mount = (route: string, whole: boolean, root = document.createElement('div')) => {
    render(
      <ArchiveApp loaded={whole ? loaded : undefined} early={early} route={parseRoute(route)} navigate={() => {}} now={now} />,
      root,
    );
    return root;
  };

  it.each<[string, string, string]>([
    ['the home, from the early records', '#/', 'Upcoming talks'],
    ['a record, not yet', '#/record/s%2Ftalks%2Fcausal.md', 'Loading the archive…'],
    ['a search, not yet', '#/search?q=causal', 'Loading the archive…'],
  ])('%s', (_, route, text) => {
    expect(mount(route, false).querySelector('main')!.textContent).toContain(text);
  });

  it('keeps what is being typed in the search box when the whole archive comes in', () => {
    const root = mount('#/', false);
    const box = root.querySelector<HTMLInputElement>('#archive-q')!;
    box.value = 'causal inf';
    mount('#/', true, root);
    expect(root.querySelector<HTMLInputElement>('#archive-q')).toBe(box);
    expect(box.value).toBe('causal inf');
    expect(root.querySelector('main')!.textContent).toContain('Upcoming talks');
  });

  it.each<[string, string, string]>([
    ['every word held', '#/search?q=lopez', '3 records'],
    ['no record holds every word', '#/search?q=causal%20zebrafish', 'No record holds every word; 1 close match'],
  ])('counts a search: %s', (_, route, text) => {
    expect(mount(route, true).querySelector('[role=status]')!.textContent).toMatch(new RegExp(`^${text}( |$)`));
  });

  it('names two kinds chosen at once in one chip', () => {
    const chips = mount('#/search?q=&kind=news%2Ctalk', true).querySelector('.active-filters')?.textContent ?? '';
    expect(chips).toContain('Talks and news');
  });

  it("shows a search's words in the box", () => {
    expect(mount('#/search?q=causal', true).querySelector<HTMLInputElement>('#archive-q')!.value).toBe('causal');
  });

  it.each<[string, string, string]>([
    ['as its key has it', '#/person/ana%20lopez', 'Ana Lopez'],
    ['in capitals', '#/person/Ana%20Lopez', 'Ana Lopez'],
    ['last name first', '#/person/Lopez%2C%20Ana', 'Ana Lopez'],
    ['with accents', '#/person/Z%C3%B3fia%20Kowalczyk', 'Zofia Kowalczyk'],
    ['not in the archive', '#/person/Ana%20Lopes', 'No such person in this archive'],
  ])('opens a person by a link written %s', (_, route, heading) => {
    expect(mount(route, true).querySelector('main h1')!.textContent).toBe(heading);
  });

  it.each<[string, string]>([
    ['#/search?q=causal', 'Relevance'],
    ['#/search?q=causal&sort=date', 'Date (newest first)'],
    ['#/search?q=', 'Date (newest first)'],
    ['#/search?q=&sort=date', 'Date (newest first)'],
    // Relevance to nothing is no order: browsing is by date, and says so.
    ['#/search?q=&sort=relevance', 'Date (newest first)'],
  ])('%s: the sort in use is marked, %s', (route, current) => {
    const sort = mount(route, true).querySelector('[role=group][aria-label=Sort]')!;
    expect([...sort.querySelectorAll('[aria-current=true]')].map((a) => a.textContent)).toEqual([current]);
  });

  // Early data for other views: the background's answers (entrypoints/archive/main.tsx).
  const answered = (route: string): ViewData => {
    const data = viewData(loaded, parseRoute(route), '2025-01-01');
    // As a message brings it: only the first result, and the count of them all.
    return data.view === 'search' ? { ...data, result: { ...data.result, items: data.result.items.slice(0, 1) } } : data;
  };
  it.each<[string, string, string, string]>([
    ['a person', '#/person/ana%20lopez', '#/person/ana%20lopez', 'Ana Lopez'],
    ['a record', '#/record/s%2Ftalks%2Fcausal.md', '#/record/s%2Ftalks%2Fcausal.md', 'Causal'],
    ['a search', '#/search?q=lopez', '#/search?q=lopez', 'records'],
    ['not the person asked', '#/person/ana%20lopez', '#/person/ben%20okafor', 'Loading the archive…'],
    ['not the filters asked', '#/search?q=lopez', '#/search?q=lopez&kind=news', 'Loading the archive…'],
  ])('%s: shown from an early answer', (_, answeredFor, route, text) => {
    const root = document.createElement('div');
    render(
      <ArchiveApp loaded={undefined} early={answered(answeredFor)} route={parseRoute(route)} navigate={() => {}} now={now} />,
      root,
    );
    expect(root.querySelector('main')!.textContent).toContain(text);
  });

  it('lists the first results of a search early, counting them all, then all of them', () => {
    const root = document.createElement('div');
    const route = parseRoute('#/search?q=lopez');
    render(
      <ArchiveApp loaded={undefined} early={answered('#/search?q=lopez')} route={route} navigate={() => {}} now={now} />,
      root,
    );
    const total = viewData(loaded, route, '2025-01-01');
    const count = total.view === 'search' ? total.result.total : 0;
    expect(count).toBeGreaterThan(1);
    expect(root.querySelectorAll('main li[data-id]').length).toBe(1);
    expect(root.querySelector('[role=status]')!.textContent).toContain(`${count} records`);
    render(<ArchiveApp loaded={loaded} early={answered('#/search?q=lopez')} route={route} navigate={() => {}} now={now} />, root);
    expect(root.querySelectorAll('main li[data-id]').length).toBe(count);
  });

  it.each<[string, string, boolean]>([
    ['#/', '#/', true],
    ['#/person/a', '#/person/a', true],
    ['#/person/a', '#/person/b', false],
    ['#/search?q=x', '#/search?q=x&sort=date', false],
    ['#/record/r', '#/search?q=r', false],
  ])('data for %s is for %s: %s', (from, to, is) => {
    const data: ViewData =
      from === '#/'
        ? early
        : from.startsWith('#/person/')
          ? { view: 'person', key: from.slice(9), person: undefined }
          : from.startsWith('#/record/')
            ? { view: 'record', id: from.slice(9), record: undefined, related: [] }
            : {
                view: 'search',
                hash: from,
                result: { items: [], total: 0, facets: { kind: [], series: [], year: [], topic: [], person: [] } },
                nameOf: () => undefined,
              };
    expect(isDataFor(data, parseRoute(to))).toBe(is);
  });

  it.each<[string, string, boolean, string]>([
    ['home', '#/', false, 'Talkscope archive'],
    ['a search, before its answer', '#/search?q=causal', false, '“causal” — Talkscope'],
    ['browsing', '#/search?q=', true, 'Browse — Talkscope'],
    ['a record', '#/record/s%2Ftalks%2Fcausal.md', true, 'Causal Inference for Time Series — Talkscope'],
    ['a record, before its answer', '#/record/s%2Ftalks%2Fcausal.md', false, 'Talkscope archive'],
    ['a record not in the archive', '#/record/nope', true, 'Not found — Talkscope'],
    ['a person', '#/person/ana%20lopez', true, 'Ana Lopez — Talkscope'],
    ['a person not in the archive', '#/person/no%20one', true, 'Not found — Talkscope'],
    ['a person, by a key written as a name', '#/person/Lopez,%20Ana', true, 'Ana Lopez — Talkscope'],
  ])('the tab title of %s', (_, hash, known, title) => {
    const route = parseRoute(hash);
    expect(titleFor(route, known ? viewData(loaded, route, '2025-01-01') : undefined)).toBe(title);
  });
});
