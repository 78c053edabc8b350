// @vitest-environment happy-dom
/**
 * The popup's kind filter and the options page's default kinds: what the select shows is
 * what is searched, and "All" means every kind.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveService, PopupSearch } from '../../components/lib/archive-service.ts';
import { DEFAULT_SETTINGS } from '../../components/lib/normalize-settings.ts';
import type { Kind } from '../../indexer/record.ts';
import type { SearchRequest } from '../../indexer/search/search-archive.ts';
import { popupAppElement } from './popup-app-element.tsx';

const NOTHING: PopupSearch = {
  hits: [],
  total: 0,
  groups: { talk: { hits: [], count: 0 }, profile: { hits: [], count: 0 }, news: { hits: [], count: 0 } },
  facets: { kind: [], year: [], series: [] },
  people: [],
};
const root = document.createElement('div');
afterEach(() => render(null, root));

function renderWithDefaults(kinds: Kind[], onOpenArchive?: (hash: string) => void) {
  const asked: SearchRequest[] = [];
  const service: ArchiveService = {
    search: async (request) => (asked.push(request), NOTHING),
    getRecords: async () => [],
    getPerson: async () => undefined,
    lookAtPage: async () => ({}) as never,
  };
  const settings = { ...DEFAULT_SETTINGS, defaultFilters: { ...DEFAULT_SETTINGS.defaultFilters, kinds } };
  render(popupAppElement(service, 'lopez', settings, undefined, onOpenArchive), root);
  const select = root.querySelector<HTMLSelectElement>('select')!;
  return { asked, select };
}

describe("the popup's kind filter", () => {
  it.each<[string, Kind[], string, string, Kind[] | undefined]>([
    ['no default kinds', [], '', 'All', undefined],
    ['one default kind', ['news'], 'news', 'News', ['news']],
    ['two default kinds, offered as one choice', ['talk', 'news'], 'talk,news', 'Talks and news', ['talk', 'news']],
    ['all three kinds, which is no filter', ['talk', 'profile', 'news'], '', 'All', undefined],
  ])('%s: the select shows what is searched', async (_, defaults, value, label, kinds) => {
    const { asked, select } = renderWithDefaults(defaults);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(select.value).toBe(value);
    expect(select.selectedOptions[0]?.textContent).toBe(label);
    expect(asked[0]!.kinds).toEqual(kinds);
  });

  it.each<[Kind[], string]>([
    [['news'], '#/search?q=lopez&kind=news'],
    [['talk', 'news'], '#/search?q=lopez&kind=talk%2Cnews'],
    [[], '#/search?q=lopez'],
  ])('opens the search in the archive with its kinds: %j', async (defaults, hash) => {
    const opened: string[] = [];
    const { asked } = renderWithDefaults(defaults, (h) => opened.push(h));
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open this search in the archive')!.click();
    expect(opened).toEqual([hash]);
  });

  it('"All" searches every kind, whatever the defaults', async () => {
    const { asked, select } = renderWithDefaults(['talk', 'news']);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]!.kinds).toBeUndefined();
  });
});

describe("the popup's year filter", () => {
  it('offers every year of the archive before anything is typed', () => {
    const service: ArchiveService = {
      search: async () => NOTHING,
      getRecords: async () => [],
      getPerson: async () => undefined,
      lookAtPage: async () => ({}) as never,
    };
    render(popupAppElement(service, '', DEFAULT_SETTINGS, ['2025', '2023']), root);
    const years = root.querySelectorAll('select')[1]!;
    expect([...years.options].map((o) => o.textContent)).toEqual(['Any', '2025', '2023']);
  });
});
