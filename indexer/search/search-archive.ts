/**
 * The search core's public face, shared by the command line, the popup, the
 * archive page and the omnibox. Pure: no browser and no Node API.
 *
 * STUB CONTRACT: the search work (issue 3) owns this folder and replaces these
 * bodies; the exported names and types stay, so the extension can be built on them.
 */
import MiniSearch from 'minisearch';
import type { Kind, TalkRecord } from '../record.ts';
import { searchOptions } from '../search-options.ts';

/** A loaded archive: the index plus the records it points to. */
export interface SearchArchive {
  readonly records: ReadonlyMap<string, TalkRecord>;
  readonly index: MiniSearch<TalkRecord>;
}

/** Text cut into runs, `marked` where it matched the query; render each run as text. */
export type MarkedText = { text: string; marked: boolean }[];

export interface Hit {
  record: TalkRecord;
  score: number;
  /** The title with matched words marked. */
  title: MarkedText;
  /** A short passage of the stored text around the matches, matched words marked. */
  excerpt: MarkedText;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchRequest {
  query: string;
  /** Per group (talks, people, news) for `groups`, overall for `hits`. Default 20. */
  limit?: number;
  kinds?: Kind[];
  /** Inclusive year range. */
  years?: { from?: number; to?: number };
  series?: string[];
}

export interface SearchResponse {
  /** Every hit, best first, after filters, cut to `limit`. */
  hits: Hit[];
  /** How many matched before the cut. */
  total: number;
  /** Hits by kind with full counts: `profile` is the "people" group. */
  groups: Record<Kind, { hits: Hit[]; count: number }>;
  /** Counts by kind, year and series of everything that matched (before filters narrow it). */
  facets: { kind: FacetCount[]; year: FacetCount[]; series: FacetCount[] };
  /** A correction from the index's own terms when the query found nothing (or little). */
  didYouMean?: string;
  /** True when no strict match existed and looser matching produced these hits. */
  loosened?: boolean;
}

/** Builds the index for `records` and returns the text of the file the extension ships. */
export function serializeSearchIndex(records: readonly TalkRecord[]): string {
  const index = new MiniSearch<TalkRecord>(searchOptions);
  index.addAll(records as TalkRecord[]);
  return JSON.stringify(index);
}

/** Loads what `serializeSearchIndex` wrote, with the records file beside it. */
export function loadSearchArchive(indexText: string, records: readonly TalkRecord[]): SearchArchive {
  return {
    index: MiniSearch.loadJSON<TalkRecord>(indexText, searchOptions),
    records: new Map(records.map((r) => [r.id, r])),
  };
}

export function searchArchive(archive: SearchArchive, request: SearchRequest): SearchResponse {
  const limit = request.limit ?? 20;
  const all = archive.index
    .search(request.query)
    .map((r) => ({ r, record: archive.records.get(String(r.id)) }))
    .filter((x): x is { r: (typeof x)['r']; record: TalkRecord } => !!x.record)
    .filter(({ record }) => !request.kinds?.length || request.kinds.includes(record.kind));
  const hits: Hit[] = all.map(({ r, record }) => ({
    record,
    score: r.score,
    title: [{ text: record.title, marked: false }],
    excerpt: [{ text: record.summary ?? '', marked: false }],
  }));
  const group = (k: Kind) => ({ hits: hits.filter((h) => h.record.kind === k).slice(0, limit), count: hits.filter((h) => h.record.kind === k).length });
  return {
    hits: hits.slice(0, limit),
    total: hits.length,
    groups: { talk: group('talk'), news: group('news'), profile: group('profile') },
    facets: { kind: [], year: [], series: [] },
  };
}

/** Completions for what is being typed, from the index's own terms. */
export function suggestCompletions(archive: SearchArchive, prefix: string, limit = 8): string[] {
  return archive.index.autoSuggest(prefix, { prefix: true, fuzzy: 0.2 }).slice(0, limit).map((s) => s.suggestion);
}
