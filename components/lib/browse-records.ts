/**
 * The archive page's search-and-browse view: a query (or none, to browse
 * everything), narrowed by facets, sorted by date or relevance. Each facet counts
 * what the other facets leave, so a count always says what picking it would show.
 * Pure.
 */
import type { TalkRecord } from '../../indexer/record.ts';
import { searchArchive, type FacetCount, type Hit } from '../../indexer/search/search-archive.ts';
import { countYears } from '../../indexer/search/count-facets.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { filterValues, type BrowseFilters, type SortOrder } from './parse-route.ts';
import { byDateDesc } from './compare-records.ts';
import { asListed } from './listed-record.ts';

export interface BrowseItem {
  record: TalkRecord;
  /** Present when a query matched: marked title and excerpt. */
  hit?: Hit;
}

export interface BrowseResult {
  items: BrowseItem[];
  total: number;
  facets: Record<keyof BrowseFilters, FacetCount[]>;
  didYouMean?: string;
  /** No record held every word: these are close to the question (see `SearchResponse`). */
  loosened?: boolean;
}

const FACET_KEYS = ['kind', 'series', 'year', 'topic', 'person'] as const;

export function browseRecords(
  loaded: LoadedArchive,
  query: string,
  filters: BrowseFilters,
  sort: SortOrder,
  facetLimit = 40,
): BrowseResult {
  let items: BrowseItem[];
  let didYouMean: string | undefined;
  let loosened = false;
  if (query.trim()) {
    // Every match, not only the best: the filters and facets below narrow and count them all, as
    // the popup's counts do, and a date order must reach the oldest of them.
    const res = searchArchive(loaded.archive, { query, limit: loaded.records.length, finished: true });
    items = res.hits.map((hit) => ({ record: hit.record, hit }));
    didYouMean = res.didYouMean;
    loosened = res.loosened === true;
  } else {
    items = loaded.records.map((record) => ({ record }));
  }
  // Each filter's values, worked out once for every record.
  const wanted = FACET_KEYS.flatMap((key) => (filters[key] ? [[key, filterValues(key, filters[key])] as const] : []));
  const facets = {} as BrowseResult['facets'];
  for (const key of FACET_KEYS) {
    const others = items.filter((i) => matches(i.record, wanted, key));
    facets[key] = countFacet(
      others.map((i) => i.record),
      key,
      facetLimit,
      filters[key],
    );
  }
  const shown = items.filter((i) => matches(i.record, wanted));
  if (sort === 'date' || !query.trim())
    shown.sort((a, b) => placeholdersLast(a.record, b.record) || byDateDesc(a.record, b.record));
  return { items: shown, total: shown.length, facets, ...(didYouMean ? { didYouMean } : {}), ...(loosened ? { loosened } : {}) };
}

/** The values a record has for a facet (a record has several topics and people). */
export function facetValues(record: TalkRecord, key: keyof BrowseFilters): string[] {
  switch (key) {
    case 'kind':
      return [record.kind];
    case 'series':
      return [record.series];
    case 'year':
      return record.date ? [record.date.slice(0, 4)] : [];
    case 'topic':
      return record.topics;
    case 'person':
      // Not who posted the page: one editor of a seminar's site would top the list.
      return [...new Set(record.people.filter((p) => p.role !== 'editor').map((p) => p.key))];
  }
}

function matches(
  record: TalkRecord,
  wanted: readonly (readonly [keyof BrowseFilters, string[]])[],
  except?: keyof BrowseFilters,
): boolean {
  for (const [key, allowed] of wanted) {
    if (key !== except && !facetValues(record, key).some((v) => allowed.includes(v))) return false;
  }
  return true;
}

/**
 * Placeholders ("TBD", "DUB Faculty Meeting" a series posts for next year) after every real
 * entry, as the search ranks them (rank-signals.ts): they are kept so a series' schedule reads
 * right, not to lead "newest first".
 */
function placeholdersLast(a: TalkRecord, b: TalkRecord): number {
  return Number(a.placeholder === true) - Number(b.placeholder === true);
}

function countFacet(
  records: readonly TalkRecord[],
  key: keyof BrowseFilters,
  limit: number,
  selected: string | undefined,
): FacetCount[] {
  const counts = key === 'year' ? countYears(records) : countValues(records, key);
  const all = [...counts].map(([value, count]) => ({ value, count }));
  if (key === 'year') all.sort((a, b) => (a.value < b.value ? 1 : -1));
  else all.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  // Kinds, series and years are few enough to list whole; topics and people are not.
  const top = key === 'topic' || key === 'person' ? all.slice(0, limit) : all;
  // The chosen value stays visible even when it is not among the top ones (two kinds chosen
  // at once are shown by their own chip, each kind here), or is a year of placeholders alone
  // (counted here, as the list shows them).
  if (selected && filterValues(key, selected).length === 1 && !top.some((f) => f.value === selected))
    top.push({ value: selected, count: records.filter((r) => facetValues(r, key).includes(selected)).length });
  return top;
}

function countValues(records: readonly TalkRecord[], key: keyof BrowseFilters): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) for (const v of facetValues(r, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * The first `limit` items of a browse, as the background sends them to an archive page still
 * reading the archive itself: records as a list shows them, hits as plain values, and the
 * names of the people its person facets and filter name. `total` counts them all.
 */
export interface BrowsePage extends BrowseResult {
  names: Record<string, string>;
}

export function browsePage(
  loaded: LoadedArchive,
  query: string,
  filters: BrowseFilters,
  sort: SortOrder,
  limit: number,
): BrowsePage {
  const result = browseRecords(loaded, query, filters, sort);
  const names: Record<string, string> = {};
  for (const key of [...result.facets.person.map((f) => f.value), ...(filters.person ? [filters.person] : [])]) {
    const name = loaded.namesByKey.get(key)?.name;
    if (name) names[key] = name;
  }
  const items = result.items.slice(0, limit).map((item) => {
    // A list shows no long text: without them, a search's answer is about half the size.
    const record = asListed(item.record);
    const hit = item.hit;
    return { record, ...(hit ? { hit: { record, score: hit.score, title: hit.title, excerpt: hit.excerpt } } : {}) };
  });
  return { ...result, items, names };
}
