/**
 * The archive page's addresses, kept in the URL hash so every view can be
 * bookmarked and back/forward work:
 *
 * - `#/` home
 * - `#/search?q=...&kind=&series=&year=&topic=&person=&sort=` search and browse
 *   (an empty `q` browses everything, always by date: relevance to nothing is no order;
 *   `#/browse` is the same view)
 * - `#/record/<id>` one record (the id percent-encoded as one segment or left with its `/`)
 * - `#/person/<key>` one person
 *
 * Pure: strings in, values out.
 */
import type { Kind } from '../../indexer/record.ts';
import { KINDS } from '../../indexer/record.ts';

export interface BrowseFilters {
  /** A kind, or two joined by a comma in the order of `KINDS` ("talk,news"), as the popup's "Talks and news". */
  kind?: string;
  series?: string;
  year?: string;
  topic?: string;
  /** A person key. */
  person?: string;
}

export type SortOrder = 'relevance' | 'date';

export type Route =
  | { view: 'home' }
  | { view: 'search'; query: string; filters: BrowseFilters; sort: SortOrder }
  | { view: 'record'; id: string }
  | { view: 'person'; key: string };

const FILTER_KEYS = ['kind', 'series', 'year', 'topic', 'person'] as const;

/**
 * @example parseRoute('#/search?q=bias&kind=talk') → { view: 'search', query: 'bias', filters: { kind: 'talk' }, sort: 'relevance' }
 * @example parseRoute('#/record/uva%2Ftalks%2Fa.md') → { view: 'record', id: 'uva/talks/a.md' }
 */
export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '').replace(/^\/?/, '/');
  const [pathPart = '/', queryPart = ''] = splitOnce(h, '?');
  const segments = pathPart.split('/').filter(Boolean);
  const head = segments[0];
  const rest = segments.slice(1).map(safeDecode).join('/');
  if ((head === 'record' || head === 'person') && rest) {
    return head === 'record' ? { view: 'record', id: rest } : { view: 'person', key: rest };
  }
  if (head === 'search' || head === 'browse') {
    const params = new URLSearchParams(queryPart);
    const filters: BrowseFilters = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key)?.trim();
      if (!value) continue;
      if (key === 'kind') {
        const kinds = kindList(value);
        if (kinds) filters.kind = kinds;
        // A year that is not one ("year=abcd" in a hand-edited link) would be offered as a choice.
      } else if (key !== 'year' || /^\d{4}$/.test(value)) filters[key] = value;
    }
    const query = params.get('q')?.trim() ?? '';
    return { view: 'search', query, filters, sort: sortFor(query, params.get('sort')) };
  }
  return { view: 'home' };
}

/**
 * The order a search is sorted in: the one asked for, where it is one; by relevance when there
 * is a query, else by date. Browsing (no query) is by date even when relevance is asked for, as
 * in a hand-edited link: there is nothing to be relevant to.
 * @example sortFor('', 'relevance') → 'date'
 */
function sortFor(query: string, asked: string | null | undefined): SortOrder {
  if (!query) return 'date';
  return asked === 'date' || asked === 'relevance' ? asked : 'relevance';
}

/**
 * The hash for a route, `#` included; `parseRoute(formatRoute(r))` gives `r` back (a search
 * with no query by date, as `sortFor` has it).
 */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'record':
      return `#/record/${encodeURIComponent(route.id)}`;
    case 'person':
      return `#/person/${encodeURIComponent(route.key)}`;
    case 'search': {
      const params = new URLSearchParams();
      params.set('q', route.query);
      for (const key of FILTER_KEYS) {
        const value = route.filters[key];
        if (value) params.set(key, value);
      }
      if (route.query && route.sort !== 'relevance') params.set('sort', route.sort);
      return `#/search?${params.toString()}`;
    }
  }
}

/** Shorthand for the hash of a search. */
export function searchHash(query: string, filters: BrowseFilters = {}): string {
  return formatRoute({ view: 'search', query, filters, sort: sortFor(query, null) });
}

/**
 * The hash for a search typed from the view `from`: a search's filters are kept, and so is its
 * sort when the reader chose it (a search sorted by date stays so); otherwise the new query's
 * own default.
 * @example searchFrom(parseRoute('#/search?q=graph&sort=date&kind=talk'), 'causal') → '#/search?q=causal&kind=talk&sort=date'
 */
export function searchFrom(from: Route, query: string): string {
  if (from.view !== 'search') return searchHash(query);
  // Browsing (no query) is by date whatever was asked: no sort of the reader's to keep.
  return formatRoute({ view: 'search', query, filters: from.filters, sort: sortFor(query, from.query ? from.sort : null) });
}

/**
 * The kinds a `kind` parameter names, known ones only, in the order of `KINDS`; undefined when
 * it names none, or all (no filter at all).
 * @example kindList('news,talk,x') === 'talk,news'
 */
export function kindList(value: string): string | undefined {
  const wanted = new Set(value.split(',').map((k) => k.trim()));
  const kinds = KINDS.filter((k) => wanted.has(k));
  return kinds.length && kinds.length < KINDS.length ? kinds.join(',') : undefined;
}

/** The kinds of a `kind` filter. */
export function kindsOf(kind: string): Kind[] {
  return kind.split(',') as Kind[];
}

/** The values a filter lets through: one, or for `kind` the kinds it names. */
export function filterValues(key: keyof BrowseFilters, value: string): string[] {
  return key === 'kind' ? kindsOf(value) : [value];
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
