import type { Problem } from '../record.ts';
import type { RootConfig } from './root-config.ts';
import type { PersonLookup } from './read-people.ts';

/** What every record of one content root shares while it is parsed. */
export interface RootContext {
  root: string;
  series: string;
  /** `series` as a slug: the first part of every record id. */
  seriesSlug: string;
  config: RootConfig;
  /** People of the root's people files, by slug (`speakers: [ada_l]` with `ada_l: {name: …}` in people.yml). */
  lookup?: PersonLookup;
}

/** Where one record comes from, and per-file reading hints. */
export interface RecordSource {
  /** Path relative to the root, with `#n` for a collection entry. */
  source: string;
  /** The file path (without `#n`), for file-name dates and titles. */
  path: string;
  line: number;
  /** Numeric dates in this file are day first (a `25/09/2024` elsewhere in it says so). */
  dayFirst?: boolean;
  /** Year for dates written without one (from a group like "Spring 2017"). */
  year?: number;
}

/** A `Problem` of this root at `src` (line where known), as every stage reports them. */
export function problem(
  ctx: RootContext,
  src: { source: string },
  severity: Problem['severity'],
  message: string,
  line?: number,
): Problem {
  const p: Problem = { severity, root: ctx.root, source: src.source, message };
  if (line) p.line = line;
  return p;
}
