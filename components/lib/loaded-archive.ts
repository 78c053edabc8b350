/**
 * Everything the extension ships under /data/, parsed and ready: the search
 * index with its records, the name dictionary and the build info. Pure: the
 * caller fetches the four files' text (see entrypoints/shared/fetch-bundle.ts).
 */
import type { BuildInfo, NameEntry } from '../../indexer/bundle-format.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { buildNameMatcher, type NameMatcher } from '../../indexer/names/name-matcher.ts';
import { loadSearchArchive, type SearchArchive } from '../../indexer/search/search-archive.ts';
import { indexNames, type NameIndex } from './find-people.ts';

export interface BundleTexts {
  index: string;
  records: string;
  names: string;
  info: string;
}

export interface LoadedArchive {
  /** The search index with its records, built on first use: the archive page's home and record pages need none. */
  readonly archive: SearchArchive;
  /** Sorted by id, as shipped. */
  records: readonly TalkRecord[];
  recordsById: ReadonlyMap<string, TalkRecord>;
  names: readonly NameEntry[];
  namesByKey: ReadonlyMap<string, NameEntry>;
  info: BuildInfo;
  /** Built on first use: only page lookups need it. */
  nameMatcher(): NameMatcher;
  /** Built on first use: the popup's people suggestions. */
  nameIndex(): NameIndex;
}

export function loadArchive(texts: BundleTexts): LoadedArchive {
  const records = JSON.parse(texts.records) as TalkRecord[];
  const names = JSON.parse(texts.names) as NameEntry[];
  let matcher: NameMatcher | undefined;
  let nameIndex: NameIndex | undefined;
  let archive: SearchArchive | undefined;
  return {
    get archive() {
      return (archive ??= loadSearchArchive(texts.index, records));
    },
    records,
    recordsById: new Map(records.map((r) => [r.id, r])),
    names,
    namesByKey: new Map(names.map((n) => [n.key, n])),
    info: JSON.parse(texts.info) as BuildInfo,
    nameMatcher: () => (matcher ??= buildNameMatcher(names)),
    nameIndex: () => (nameIndex ??= indexNames(names)),
  };
}
