/**
 * The files the indexer emits and the extension ships, and their shapes.
 * One place for the names, so the build, the extension and the tests agree.
 */
import type { Kind, Role, TalkRecord } from './record.ts';

/** File names inside the output folder (and, but for the records, inside the extension under `/data/`). */
export const BUNDLE_FILES = {
  /** The search index, as written by `serializeSearchIndex` (see indexer/search). */
  index: 'search-index.json',
  /**
   * Every record for display, a JSON array of `TalkRecord`, sorted by id. The
   * extension ships it split into parts under 4 MB (`data/records-N.json`, listed
   * in `data/records-parts.json`; see components/lib/record-parts.ts), since
   * Firefox's add-on linter refuses larger files.
   */
  records: 'records.json',
  /** The name dictionary for pages: a JSON array of `NameEntry`, sorted by key. */
  names: 'names.json',
  /** Counts and the content hash: `BuildInfo`. */
  info: 'build-info.json',
} as const;

/** Where the bundle lives inside the built extension. */
export const BUNDLE_DIR = 'data';

/** One person of the archive, as the page highlighter and person pages need them. */
export interface NameEntry {
  /** `Person.key`. */
  key: string;
  /** The most common display form. */
  name: string;
  /** Other spellings seen in the archive (with accents, initials, "Last, First"), deduplicated. */
  variants: string[];
  affiliation?: string;
  /** http(s) only. */
  homepage?: string;
  /** Ids of the records naming them, newest first. */
  records: string[];
  /** How many of those records are talks they speak at. */
  talks: number;
  /** Every role they hold somewhere in the archive; pages mark speakers and profile subjects. */
  roles: Role[];
}

export interface BuildInfo {
  /** Bumped when the format of these files changes. */
  format: 1;
  /** SHA-256 of every source file's path and bytes, in path order. */
  contentHash: string;
  /**
   * Newest record date in the archive (ISO), placeholders aside, a stand-in for a build date
   * that never breaks reproducibility.
   */
  newestDate?: string;
  /** Every year a record is dated in, newest first: the popup's year filter before any search. */
  years?: string[];
  /**
   * The day the extension was built (`YYYY-MM-DD`, UTC). Set by the extension
   * build only (from SOURCE_DATE_EPOCH when given, so packages can be
   * reproduced), never by `talkscope index`, whose output depends on the content alone.
   */
  builtAt?: string;
  roots: { root: string; series: string; files: number; records: number }[];
  counts: Record<Kind, number> & { records: number; people: number; files: number };
  problems: { errors: number; warnings: number };
}

export type Records = TalkRecord[];
