import type { Kind } from '../indexer/record.ts';
import type { FacetCount } from '../indexer/search/search-archive.ts';

export interface PopupFilters {
  kind?: Kind;
  year?: string;
  series?: string;
}

export interface SearchFiltersProps {
  filters: PopupFilters;
  years: FacetCount[];
  series: FacetCount[];
  onChange: (filters: PopupFilters) => void;
}

/** Narrow the popup's results by kind, year and series. */
export function SearchFilters({ filters, years, series, onChange }: SearchFiltersProps) {
  const set = (patch: PopupFilters) => onChange(clean({ ...filters, ...patch }));
  return (
    <div class="filters" role="group" aria-label="Filters">
      <label>
        <span>Kind</span>
        <select
          value={filters.kind ?? ''}
          onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as Kind | undefined })}
        >
          <option value="">All</option>
          <option value="talk">Talks</option>
          <option value="profile">People</option>
          <option value="news">News</option>
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
  if (f.kind) out.kind = f.kind;
  if (f.year) out.year = f.year;
  if (f.series) out.series = f.series;
  return out;
}
