/**
 * The emit stage: the text of every file the extension ships, from enriched records.
 */
import { BUNDLE_FILES, type BuildInfo, type NameEntry } from '../bundle-format.ts';
import type { Problem, TalkRecord } from '../record.ts';
import { buildNameDictionary } from '../enrich/build-name-dictionary.ts';
import { serializeSearchIndex } from '../search/search-archive.ts';
import { countFacets } from '../search/count-facets.ts';

export interface BundleInput {
  /** Enriched records, sorted by id. */
  records: readonly TalkRecord[];
  problems: readonly Problem[];
  roots: BuildInfo['roots'];
  contentHash: string;
  files: number;
}

export interface Bundle {
  /** File name (a `BUNDLE_FILES` value) → file text. */
  files: Record<string, string>;
  names: NameEntry[];
  info: BuildInfo;
}

/**
 * Serialises the bundle. Contract: the same input gives byte-identical files
 * (nothing here reads a clock, the environment or the file system).
 */
export function buildBundle(input: BundleInput): Bundle {
  const { records } = input;
  const names = buildNameDictionary(records);
  const counts = { talk: 0, news: 0, profile: 0, records: records.length, people: names.length, files: input.files };
  for (const r of records) counts[r.kind]++;
  // A series' placeholders for next year ("TBD", "No seminar") are no entry yet.
  const newestDate = records.reduce<string | undefined>(
    (max, r) => (r.date && !r.placeholder && (!max || r.date > max) ? r.date : max),
    undefined,
  );
  const years = countFacets(records).year.map((f) => f.value);
  const info: BuildInfo = {
    format: 1,
    contentHash: input.contentHash,
    ...(newestDate ? { newestDate } : {}),
    ...(years.length ? { years } : {}),
    roots: input.roots,
    counts,
    problems: {
      errors: input.problems.filter((p) => p.severity === 'error').length,
      warnings: input.problems.filter((p) => p.severity === 'warning').length,
    },
  };
  return {
    names,
    info,
    files: {
      [BUNDLE_FILES.index]: serializeSearchIndex(records),
      [BUNDLE_FILES.records]: JSON.stringify(records),
      [BUNDLE_FILES.names]: JSON.stringify(names),
      [BUNDLE_FILES.info]: JSON.stringify(info, null, 2) + '\n',
    },
  };
}
