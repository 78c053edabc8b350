/**
 * The whole indexer in one call: read every content root, parse, enrich, emit.
 * Used by the `talkscope` command line and by the extension build (wxt.config.ts).
 */
import { createHash } from 'node:crypto';
import type { BuildInfo, NameEntry } from '../bundle-format.ts';
import { buildBundle } from '../emit/build-bundle.ts';
import { enrichRecords } from '../enrich/enrich-records.ts';
import { parseRoot, type SourceFile } from '../parse/parse-root.ts';
import type { Problem, TalkRecord } from '../record.ts';
import { readContent } from './read-content.ts';
import { UserError } from './user-error.ts';

export interface BuildOptions {
  /** Content roots as the user gave them; one series per root. */
  roots: readonly string[];
  /**
   * How a root is named in the emitted files. The command line keeps the path as
   * given; the extension build passes `basename`, so a published extension never
   * carries the folder layout of the machine that built it. Problems keep the
   * path as given, so the person building can find the file.
   */
  rootLabel?: (root: string) => string;
}

export interface ArchiveBuild {
  records: TalkRecord[];
  problems: Problem[];
  names: NameEntry[];
  info: BuildInfo;
  /** `BUNDLE_FILES` name → text, ready to write or to ship. */
  files: Record<string, string>;
  /**
   * Per root, every file in exactly one list: became records, only reported
   * (with a problem naming it), or skipped as no archive content (the root's
   * config file, its README, files the config excludes).
   */
  coverage: { root: string; indexed: string[]; reported: string[]; skipped: string[] }[];
  /** Milliseconds per stage; kept out of `files` so the output stays byte-identical. */
  timings: { read: number; parse: number; enrich: number; emit: number; total: number };
}

/**
 * @throws UserError when no root is given or a root is missing (nothing is built).
 * An archive with problems still builds from every good record; an archive
 * with no record at all builds empty, and callers decide whether that is an error.
 */
export async function buildArchive(options: BuildOptions): Promise<ArchiveBuild> {
  if (options.roots.length === 0) throw new UserError('no content folder given (--content DIR)');
  const t0 = performance.now();
  const sources = await Promise.all(options.roots.map(async (root) => ({ root, files: await readContent(root) })));
  const t1 = performance.now();

  const results = sources.map(({ root, files }) => ({ root, files, ...parseRootSafely(root, files) }));
  const t2 = performance.now();

  const label = options.rootLabel;
  const parsed = results.flatMap((r) => r.records);
  const records = enrichRecords(uniqueIds(label ? parsed.map((r) => ({ ...r, root: label(r.root) })) : parsed));
  const problems = results.flatMap((r) => r.problems);
  const t3 = performance.now();

  const bundle = buildBundle({
    records,
    problems,
    roots: results.map((r) => ({
      root: label ? label(r.root) : r.root,
      series: r.series,
      files: r.files.length,
      records: r.records.length,
    })),
    contentHash: hashContent(sources),
    files: sources.reduce((n, s) => n + s.files.length, 0),
  });
  const t4 = performance.now();

  return {
    records,
    problems,
    names: bundle.names,
    info: bundle.info,
    files: bundle.files,
    coverage: results.map((r) => ({ root: r.root, indexed: r.indexed, reported: r.reported, skipped: r.skipped ?? [] })),
    timings: { read: t1 - t0, parse: t2 - t1, enrich: t3 - t2, emit: t4 - t3, total: t4 - t0 },
  };
}

/**
 * The parser isolates every file's failure itself; this is the last guard, so
 * that a bug in it still names every file it cost instead of losing them silently.
 */
function parseRootSafely(root: string, files: SourceFile[]): ReturnType<typeof parseRoot> {
  try {
    return parseRoot(root, files);
  } catch (error) {
    const message = `not indexed: the indexer failed on this root (${(error as Error).message.split('\n')[0]}); please report this`;
    return {
      series: root,
      records: [],
      indexed: [],
      reported: files.map((f) => f.path),
      problems: files.map((f) => ({ severity: 'error' as const, root, source: f.path, message })),
    };
  }
}

/** Two roots with the same folder name would give the same ids: later ones get `~2`, `~3`. */
function uniqueIds(records: TalkRecord[]): TalkRecord[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return n === 1 ? r : { ...r, id: `${r.id}~${n}` };
  });
}

function hashContent(sources: { root: string; files: SourceFile[] }[]): string {
  const hash = createHash('sha256');
  sources.forEach(({ files }, i) => {
    hash.update(`root ${i}\n`);
    for (const f of files) hash.update(`${f.path}\n${f.bytes.length}\n`).update(f.bytes);
  });
  return hash.digest('hex');
}
