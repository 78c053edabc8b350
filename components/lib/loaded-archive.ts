/**
 * Everything the extension ships under /data/, parsed and ready: the search
 * index with its records, the name dictionary and the build info. Pure: the
 * caller fetches the files (see entrypoints/shared/fetch-bundle.ts).
 */
import type { BuildInfo, NameEntry } from '../../indexer/bundle-format.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { buildNameMatcher, type NameMatcher } from '../../indexer/names/name-matcher.ts';
import { namesForLookup } from '../../indexer/names/page-names-protocol.ts';
import { loadSearchArchive, type SearchArchive } from '../../indexer/search/search-archive.ts';
import { warmSearchArchive } from '../../indexer/search/warm-search-archive.ts';
import { indexNames, type NameIndex } from './find-people.ts';

/** The files under /data/ as fetched: their text, the records and names perhaps parsed already. */
export interface ArchiveFiles {
  index: string;
  /** The records' JSON, or the records parsed already (a reader that parses them a part at a time). */
  records: string | TalkRecord[];
  /** The name dictionary's JSON, or the names parsed already (the quick archive's, which the whole one shares). */
  names: string | readonly NameEntry[];
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
  /**
   * Built on first use: only page lookups need it. The people a page's marks and badge count
   * (speakers and profile subjects), so that "on this page" names the same ones.
   */
  nameMatcher(): NameMatcher;
  /** Built on first use: the popup's people suggestions. */
  nameIndex(): NameIndex;
  /**
   * What the popup's first searches would work out as they go, in small steps
   * (see indexer/search/warm-search-archive.ts): the search index, the people
   * suggestions, then every term and record. For idle time: run it with
   * `runInSlices` (indexer/search/run-in-slices.ts).
   */
  warmUp(): Generator<void, void, undefined>;
}

/** Names indexed per step of `warmUp`: a few milliseconds' work. */
const NAMES_PER_STEP = 200;

/**
 * The archive from its files. `index`: a search index read already (a `LoadedArchive`'s
 * `archive.index` from the same files), else it is read from `files.index` on first use.
 */
export function loadArchive(files: ArchiveFiles, index?: SearchArchive['index']): LoadedArchive {
  const records = typeof files.records === 'string' ? (JSON.parse(files.records) as TalkRecord[]) : files.records;
  const names = typeof files.names === 'string' ? (JSON.parse(files.names) as NameEntry[]) : files.names;
  let matcher: NameMatcher | undefined;
  let nameIndex: NameIndex | undefined;
  // The people suggestions' index, built in steps by `warmUp` (or at once by the first search that needs it).
  const namesIndexed: NameIndex = [];
  const indexMoreNames = (count: number) => {
    for (const entry of indexNames(names.slice(namesIndexed.length, namesIndexed.length + count))) namesIndexed.push(entry);
    if (namesIndexed.length >= names.length) nameIndex = namesIndexed;
  };
  let archive: SearchArchive | undefined;
  const recordsById = new Map(records.map((r) => [r.id, r]));
  return {
    get archive() {
      return (archive ??= loadSearchArchive(index ?? files.index, recordsById));
    },
    records,
    recordsById,
    names,
    namesByKey: new Map(names.map((n) => [n.key, n])),
    info: JSON.parse(files.info) as BuildInfo,
    nameMatcher: () => (matcher ??= buildNameMatcher(namesForLookup(names))),
    nameIndex: () => {
      if (!nameIndex) indexMoreNames(Infinity);
      return nameIndex as NameIndex;
    },
    *warmUp() {
      const searched = this.archive;
      yield;
      while (!nameIndex) {
        indexMoreNames(NAMES_PER_STEP);
        yield;
      }
      yield* warmSearchArchive(searched);
    },
  };
}
