import type { Kind } from '../indexer/record.ts';
import type { FacetCount } from '../indexer/search/search-archive.ts';
import { kindsOf } from './lib/parse-route.ts';
import { kindsLabel } from './lib/record-labels.ts';
import { GROUP_ORDER } from './result-list.tsx';

export interface PopupFilters {
  /** The kinds searched; none: every kind. */
  kinds?: readonly Kind[];
  year?: string;
  series?: string;
}

export interface SearchFiltersProps {
  filters: PopupFilters;
  /** The kinds the options page asks for by default: two of them are offered as one choice. */
  defaultKinds: readonly Kind[];
  years: FacetCount[];
  series: FacetCount[];
  onChange: (filters: PopupFilters) => void;
}

/** Narrow the popup's results by kind, year and series. */
export function SearchFilters({ filters, defaultKinds, years, series, onChange }: SearchFiltersProps) {
  const set = (patch: PopupFilters) => onChange(clean({ ...filters, ...patch }));
  return (
    <div class="filters" role="group" aria-label="Filters">
      <label>
        <span>Kind</span>
        <select
          value={filters.kinds?.join(',') ?? ''}
          onChange={(e) => set({ kinds: e.currentTarget.value ? kindsOf(e.currentTarget.value) : undefined })}
        >
          <option value="">All</option>
          {GROUP_ORDER.map(({ kind, label }) => (
            <option value={kind} key={kind}>
              {label}
            </option>
          ))}
          {defaultKinds.length === 2 && <option value={defaultKinds.join(',')}>{kindsLabel(defaultKinds)}</option>}
        </select>
      </label>
      <label>
        <span>Year</span>
        <select value={filters.year ?? ''} onChange={(e) => set({ year: e.currentTarget.value || undefined })}>
          <option value="">Any</option>
          {withSelected(years, filters.year).map((f) => (
            <option value={f.value} key={f.value}>
              {f.value}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Series</span>
        <select value={filters.series ?? ''} onChange={(e) => set({ series: e.currentTarget.value || undefined })}>
          <option value="">All</option>
          {withSelected(series, filters.series).map((f) => (
            <option value={f.value} key={f.value}>
              {f.value}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function withSelected(list: FacetCount[], selected: string | undefined): FacetCount[] {
  return selected && !list.some((f) => f.value === selected) ? [...list, { value: selected, count: 0 }] : list;
}

function clean(f: PopupFilters): PopupFilters {
  const out: PopupFilters = {};
  if (f.kinds?.length) out.kinds = f.kinds;
  if (f.year) out.year = f.year;
  if (f.series) out.series = f.series;
  return out;
}
