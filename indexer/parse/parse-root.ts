/**
 * Turns every file of one content root into records, or into located problems:
 * the parse, normalise and validate stages of the indexer. Pure: bytes in,
 * records and problems out (no file system, no clock, no time zone).
 *
 * Per file: decode (UTF-8, UTF-16 with its mark, legacy Windows-1252 with a warning; an empty
 * or binary file is reported), then parse-file.ts reads it. Collection entries repeating a
 * talk that has its own file are dropped (drop-repeated-talks.ts, one note per file). Files
 * are visited in path order, so the same input gives the same output, whatever order the
 * caller read them in. A file the indexer fails on is reported and costs no other.
 * The root's config file (see `RootConfig`) and a top-level README are read as
 * instructions, never as records: they are listed in `skipped`, with files the
 * config excludes.
 */
import type { Problem, TalkRecord } from '../record.ts';
import { buildPersonLookup } from './build-person-lookup.ts';
import { decodeText, type DecodedText } from './decode-text.ts';
import { dropRepeatedTalks } from './drop-repeated-talks.ts';
import { DATA_EXT, DOC_EXT, parseFile } from './parse-file.ts';
import { CONFIG_FILES, globMatcher, readConfig, type RootConfig } from './root-config.ts';
import { problem, type RootContext } from './root-context.ts';

/** One file under a content root, as read from disk. */
export interface SourceFile {
  /** Path relative to the root, `/`-separated. */
  path: string;
  bytes: Uint8Array;
}

/** Everything one content root gave: its records, its problems, and where each file went. */
export interface RootResult {
  /** The series name: from the root's config, else the root folder's name. */
  series: string;
  /** Records with `related: []`; ids unique within the root. */
  records: TalkRecord[];
  problems: Problem[];
  /**
   * Files that became at least one record, and files only reported. Every file is
   * in exactly one of `indexed`, `reported` and `skipped`.
   */
  indexed: string[];
  reported: string[];
  /**
   * Files read as instructions or left out on purpose: the config file, a top-level
   * README, config `exclude` matches. Always set by `parseRoot` (optional only so
   * older callers that build a `RootResult` themselves still compile).
   */
  skipped?: string[];
}

/**
 * @param root the content root as the user gave it (kept in records and problems)
 * @param files every file under the root, the config file included
 * @example parseRoot('content', [{ path: 'talks/a.md', bytes }]).records[0].kind === 'talk'
 */
export function parseRoot(root: string, files: readonly SourceFile[]): RootResult {
  const problems: Problem[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const configFile = sorted.find((f) => CONFIG_FILES.includes(f.path));
  let config: RootConfig = {};
  const rootName =
    root
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() || root;
  const base = { root, series: rootName, seriesSlug: slugify(rootName), config };
  if (configFile) {
    const read = readConfig(decodeText(configFile.bytes).text, configFile.path.endsWith('.json'));
    config = read.config;
    for (const p of read.problems) problems.push(problem(base, { source: configFile.path }, p.severity, p.message, p.line));
  }
  const series = config.series ?? rootName;
  const ctx: RootContext = { root, series, seriesSlug: slugify(series) || 'archive', config };
  const excluded = (config.exclude ?? []).map(globMatcher);

  const records: TalkRecord[] = [];
  const indexed: string[] = [];
  const reported: string[] = [];
  const skipped: string[] = [];
  const texts = new Map<string, DecodedText>();
  const todo: SourceFile[] = [];
  for (const file of sorted) {
    if (file === configFile || /^readme(?:\.[a-z]+)?$/i.test(file.path) || excluded.some((m) => m(file.path))) {
      skipped.push(file.path);
      continue;
    }
    todo.push(file);
    if (DOC_EXT.test(file.path) || DATA_EXT.test(file.path)) texts.set(file.path, decodeText(file.bytes));
  }
  ctx.lookup = buildPersonLookup(texts);

  const outs = todo.map((file) => ({ file, out: parseFileSafely(file.path, texts.get(file.path), ctx) }));
  dropRepeatedTalks(
    outs.map((o) => o.out),
    ctx,
  );
  for (const { file, out } of outs) {
    problems.push(...out.problems);
    if (out.records.length) {
      records.push(...out.records);
      indexed.push(file.path);
    } else {
      reported.push(file.path);
      if (!out.problems.some((p) => p.source.replace(/#\d+$/, '') === file.path)) {
        problems.push(problem(ctx, { source: file.path }, 'warning', 'no record in this file'));
      }
    }
  }
  return { series, records, problems, indexed, reported, skipped };
}

/**
 * `parseFile`, and a file it fails on reported as such: one file the indexer cannot read
 * (a bug of ours, met by input no test had) must not cost the root's other files.
 */
function parseFileSafely(
  path: string,
  decoded: DecodedText | undefined,
  ctx: RootContext,
): { records: TalkRecord[]; problems: Problem[] } {
  try {
    return parseFile(path, decoded, ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      records: [],
      problems: [
        problem(
          ctx,
          { source: path },
          'error',
          `the indexer failed on this file (${reason}); file not indexed, please report this`,
        ),
      ],
    };
  }
}

/** "UVA ML Seminar" → "uva-ml-seminar": lower case, accents folded, `-` between words. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
