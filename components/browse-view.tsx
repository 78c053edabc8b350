import { useState, useEffect } from 'preact/hooks';
import type { BrowseFilters, Route } from './lib/parse-route.ts';
import { formatRoute, kindsOf } from './lib/parse-route.ts';
import type { ViewMemory } from './lib/view-memory.ts';
import type { BrowseResult } from './lib/browse-records.ts';
import type { FacetCount } from '../indexer/search/search-archive.ts';
import { resultCount } from './lib/result-count.ts';
import { RecordLinkItem } from './record-link-item.tsx';
import { kindsLabel } from './lib/record-labels.ts';

type SearchRoute = Extract<Route, { view: 'search' }>;

const FACETS: { key: keyof BrowseFilters; label: string }[] = [
  { key: 'kind', label: 'Kind' },
  { key: 'series', label: 'Series' },
  { key: 'year', label: 'Year' },
  { key: 'topic', label: 'Topic' },
  { key: 'person', label: 'Person' },
];

/** Results shown at first, and added by each "Show more". */
export const PAGE = 50;

/** Search results or the whole archive, narrowed by facets, sorted by date or relevance. */
export function BrowseView({
  route,
  result,
  nameOf,
  memory,
}: {
  route: SearchRoute;
  /** Its items may be only the first page, while the page reads the whole archive (`total` counts them all). */
  result: BrowseResult;
  nameOf: (personKey: string) => string | undefined;
  memory?: ViewMemory | undefined;
}) {
  // What was shown when the reader was last on this history entry, or the first page.
  const recalled = () => memory?.recall()?.shown ?? PAGE;
  const [shown, setShown] = useState(recalled);
  useEffect(() => setShown(recalled()), [route]);
  const showMore = () => {
    setShown(shown + PAGE);
    memory?.keep({ shown: shown + PAGE });
  };
  const hrefWith = (patch: Partial<SearchRoute>) => formatRoute({ ...route, ...patch });
  const label = (key: keyof BrowseFilters, value: string) =>
    key === 'kind' ? kindsLabel(kindsOf(value)) : key === 'person' ? (nameOf(value) ?? value) : value;
  const active = FACETS.filter((f) => route.filters[f.key]);
  const { sort } = route;
  // In a narrow window (or at 200% zoom) the facets would stand between the search and its
  // results: they fold away there, in the reading order they have, and open on request.
  const [facetsOpen, setFacetsOpen] = useState(() => !isNarrow());
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    const follow = () => setFacetsOpen(!query!.matches);
    query?.addEventListener('change', follow);
    return () => query?.removeEventListener('change', follow);
  }, []);
  return (
    <>
      <h1>{route.query ? `Results for “${route.query}”` : 'Browse the archive'}</h1>
      {/* Not a live region: the archive page announces the count (archive-app.tsx). */}
      <p class="stats">
        {resultCount(result.total, 'record', result.loosened)}
        {result.didYouMean && (
          <>
            {' — did you mean '}
            <a href={hrefWith({ query: result.didYouMean })}>{result.didYouMean}</a>?
          </>
        )}
      </p>
      {active.length > 0 && (
        <ul class="active-filters chips" aria-label="Active filters">
          {active.map((f) => (
            <li key={f.key}>
              <a class="button chip" href={hrefWith({ filters: { ...route.filters, [f.key]: undefined } })}>
                {f.label}: {label(f.key, route.filters[f.key]!)} <span aria-hidden="true">×</span>
                <span class="visually-hidden"> (remove)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <div class="browse">
        <nav class="facets" aria-label="Narrow the results">
          <details open={facetsOpen} onToggle={(e) => setFacetsOpen(e.currentTarget.open)}>
            <summary>Narrow the results</summary>
            {FACETS.map(({ key, label: title }) =>
              result.facets[key].length ? (
                <FacetSection
                  key={key}
                  title={title}
                  values={result.facets[key]}
                  selected={route.filters[key]}
                  label={(value) => label(key, value)}
                  href={(value) => hrefWith({ filters: { ...route.filters, [key]: value } })}
                />
              ) : null,
            )}
          </details>
        </nav>
        <div class="browse-results">
          {/* For heading navigation and the skip link: else the results read as the last facet's. */}
          <h2 id="results" class="visually-hidden">
            Results ({result.total})
          </h2>
          <div class="sort" role="group" aria-label="Sort">
            <span>Sort by:</span>
            {(['relevance', 'date'] as const).map((s) =>
              s === 'relevance' && !route.query ? null : (
                <a key={s} href={hrefWith({ sort: s })} aria-current={sort === s ? 'true' : undefined}>
                  {s === 'date' ? 'Date (newest first)' : 'Relevance'}
                </a>
              ),
            )}
          </div>
          <ul class="record-list" aria-label="Records">
            {result.items.slice(0, shown).map((item) => (
              <RecordLinkItem key={item.record.id} record={item.record} hit={item.hit} />
            ))}
          </ul>
          {result.items.length > shown && (
            <button type="button" onClick={showMore}>
              Show {Math.min(PAGE, result.items.length - shown)} more
            </button>
          )}
        </div>
      </div>
    </>
  );
}

/** Facet values shown before "Show all": a glance, not a wall. */
const FACET_GLANCE = 12;

/** One facet's values, the most common first; the rest behind a button. */
function FacetSection({
  title,
  values,
  selected,
  label,
  href,
}: {
  title: string;
  values: readonly FacetCount[];
  selected: string | undefined;
  label: (value: string) => string;
  /** Where a value leads: chosen, or `undefined` to drop the choice. */
  href: (value: string | undefined) => string;
}) {
  const [open, setOpen] = useState(false);
  const shown = open ? values : values.slice(0, FACET_GLANCE);
  return (
    <section>
      <h2>{title}</h2>
      <ul class="facet-values">
        {shown.map((f) => {
          const isSelected = selected === f.value;
          return (
            <li key={f.value}>
              <a href={href(isSelected ? undefined : f.value)} aria-current={isSelected ? 'true' : undefined}>
                {label(f.value)}
              </a>{' '}
              <span class="count">{f.count}</span>
            </li>
          );
        })}
      </ul>
      {values.length > FACET_GLANCE && (
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </section>
  );
}

/** Where the page has one column (as theme.css has it). */
const NARROW = '(max-width: 45rem)';
const isNarrow = () => typeof window !== 'undefined' && window.matchMedia?.(NARROW).matches === true;
