/**
 * Counts by kind, year and series, for the filters beside the results.
 */
import type { TalkRecord } from '../record.ts';
import { KINDS } from '../record.ts';
import { recordFeatures } from './record-features.ts';
import type { FacetCount } from './search-archive.ts';

/**
 * Kinds in their fixed order (talk, news, profile), years newest first, series
 * by count then name. Values with no record are left out.
 * @example countFacets([talk2023, news2023]).year // [{ value: '2023', count: 2 }]
 */
export function countFacets(records: readonly TalkRecord[]): {
  kind: FacetCount[];
  year: FacetCount[];
  series: FacetCount[];
} {
  const kind = new Map<string, number>();
  const series = new Map<string, number>();
  for (const r of records) {
    bump(kind, r.kind);
    bump(series, r.series);
  }
  const year = countYears(records);
  return {
    kind: KINDS.filter((k) => kind.has(k)).map((k) => ({ value: k, count: kind.get(k) as number })),
    year: [...year].map(([value, count]) => ({ value, count })).sort((a, b) => (a.value < b.value ? 1 : -1)),
    series: [...series]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
  };
}

/**
 * Records by year (`YYYY` → count). A placeholder counts in its year only where a real entry of
 * `records` is dated too: a series' slots posted for next year ("TBD") are no year of the
 * archive yet, and a year holding nothing else would lead the choices to them alone.
 * @example countYears([talk2026, tbd2026, tbd2027]) // Map { '2026' => 2 }
 */
export function countYears(records: Iterable<TalkRecord>): Map<string, number> {
  const year = new Map<string, number>();
  const placeholders = new Map<string, number>();
  for (const r of records) {
    const y = yearOf(r);
    if (y) bump(r.placeholder ? placeholders : year, String(y));
  }
  for (const [y, n] of placeholders) if (year.has(y)) bump(year, y, n);
  return year;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The record's year, or undefined when it has no readable date. */
export function yearOf(record: TalkRecord): number | undefined {
  return recordFeatures(record).year;
}
