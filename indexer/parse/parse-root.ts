/**
 * Turns every file of one content root into records, or into located problems:
 * the parse, normalise and validate stages of the indexer. Pure: bytes in,
 * records and problems out (no file system, no clock, no time zone).
 *
 * Per file: decode (UTF-8, BOM, legacy Windows-1252 with a warning); kind from
 * the first folder (talks/, news/, profiles/, or the config's `folders`); then
 * - .md/.markdown/.qmd/.Rmd/.html/.htm/.txt: front matter (YAML, TOML, Pelican, none) and body;
 *   without front matter, a headline/byline/subject reading (`parsePlainDocument`);
 *   a page outside the kind folders is read for markdown tables of talks or people,
 *   and a people page (alumni.md) for one person per bullet;
 * - .yml/.yaml/.json: one record (a map inside a kind folder) or a collection
 *   (`parseCollection`: the kind decided per entry).
 * Collection entries repeating a talk that has its own file are dropped (one note
 * per file). Files are visited in path order, so the same input gives the same
 * output, whatever order the caller read them in.
 * The root's config file (see `RootConfig`) and a top-level README are read as
 * instructions, never as records: they are listed in `skipped`, with files the
 * config excludes.
 */
import type { Kind, Problem, TalkRecord } from '../record.ts';
import { buildRecord } from './build-record.ts';
import { classifyEntry } from './classify-entry.ts';
import { decodeText } from './decode-text.ts';
import { loadYaml } from './load-yaml.ts';
import { loadYamlEntries } from './load-yaml-entries.ts';
import { parseCollection } from './parse-collection.ts';
import { parseDate } from './parse-date.ts';
import { parsePlainDocument } from './parse-plain-document.ts';
import { buildPersonLookup } from './build-person-lookup.ts';
import { readMarkdownTables } from './read-markdown-tables.ts';
import { scheduleSessions } from './schedule-sessions.ts';
import { readPeopleList } from './read-people-list.ts';
import { CONFIG_FILES, globMatcher, readConfig, type RootConfig } from './root-config.ts';
import { problem, type RootContext } from './root-context.ts';
import { splitFrontMatter } from './split-front-matter.ts';

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

const PEOPLE_PAGE = /people|members|alumni|team|faculty|staff|students/i;
const KIND_FOLDERS: Record<string, Kind> = { talks: 'talk', news: 'news', profiles: 'profile' };
const KIND_NOUNS: Record<Kind, string> = { talk: 'a talk', news: 'a news item', profile: 'a profile' };
// R Markdown and Quarto pages are markdown with YAML front matter too.
const DOC_EXT = /\.(?:md|markdown|mdown|mkd|qmd|rmd|html?|txt|text)$/i;
const DATA_EXT = /\.(?:ya?ml|json)$/i;

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
  const texts = new Map<string, { text: string; legacy: boolean; binary?: true }>();
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
  decoded: { text: string; legacy: boolean; binary?: true } | undefined,
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

function parseFile(
  path: string,
  decoded: { text: string; legacy: boolean; binary?: true } | undefined,
  ctx: RootContext,
): { records: TalkRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: TalkRecord[] = [];
  const at = { source: path };
  if (!decoded) {
    problems.push(
      problem(
        ctx,
        at,
        'warning',
        'not a text format the indexer reads (.md, .markdown, .qmd, .Rmd, .html, .txt, .yml, .yaml, .json): skipped',
      ),
    );
    return { records, problems };
  }
  if (decoded.binary) {
    problems.push(
      problem(ctx, at, 'warning', 'holds binary data (NUL bytes), not text: skipped; is it an image or a PDF named as text?'),
    );
    return { records, problems };
  }
  if (!decoded.text.replace(/^\uFEFF/, '').trim()) {
    problems.push(problem(ctx, at, 'warning', 'empty file: nothing to index'));
    return { records, problems };
  }
  if (decoded.legacy)
    problems.push(problem(ctx, at, 'warning', 'not valid UTF-8: read as Windows-1252; save it as UTF-8 to be sure', 1));
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
  const kind: Kind | undefined = ctx.config.folders?.[folder] ?? KIND_FOLDERS[folder] ?? ctx.config.kind;

  if (DATA_EXT.test(path)) {
    const parsed = parseData(text, path.toLowerCase().endsWith('.json'));
    if (!parsed.ok) {
      problems.push(problem(ctx, at, 'error', parsed.message, parsed.line));
      return { records, problems };
    }
    for (const w of parsed.warnings) problems.push(problem(ctx, at, 'warning', w.message, w.line));
    for (const e of parsed.entryErrors ?? []) problems.push(problem(ctx, at, 'error', e.message, e.line));
    const value = parsed.value;
    if (
      kind &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !isGroupOfRecords(value as Record<string, unknown>)
    ) {
      const r = buildRecord({ kind, fields: value as Record<string, unknown> }, { source: path, path, line: 1 }, ctx);
      problems.push(...r.problems);
      if (r.record) records.push(r.record);
      return { records, problems };
    }
    const c = parseCollection(value, parsed.text ?? text, path, ctx, kind);
    problems.push(...c.problems);
    records.push(...c.records);
    return { records, problems };
  }

  // Hugo section pages (`_index.md`) list other pages; they are not records. With no body, at any
  // depth. With text, at the top of a collection (`talks/_index.md`), where the text describes the
  // collection; deeper down it may be a record (Wowchemy's `authors/<id>/_index.md` is a profile).
  if (/(?:^|\/)_index\.(?:md|markdown|qmd|rmd|html)$/i.test(path)) {
    const page = splitFrontMatter(text);
    if (!page.body.trim()) {
      problems.push(problem(ctx, at, 'warning', 'a section index page (_index.md) with no text of its own: not a record', 1));
      return { records, problems };
    }
    const top = folder && (ctx.config.folders?.[folder] ?? KIND_FOLDERS[folder]) ? `${folder}/` : '';
    if (kind && !path.slice(top.length).includes('/')) {
      const what = KIND_NOUNS[kind];
      problems.push(
        problem(ctx, at, 'warning', `a section index page (_index.md) describes the collection, not ${what}: not indexed`, 1),
      );
      return { records, problems };
    }
  }
  const fm = splitFrontMatter(text);
  for (const w of fm.warnings) problems.push(problem(ctx, at, 'warning', w.message, w.line));
  if (fm.error) {
    problems.push(problem(ctx, at, 'error', `${fm.error.message}; file not indexed`, fm.error.line));
    return { records, problems };
  }
  const mode = /\.(?:txt|text)$/i.test(path) && fm.format === 'none' ? 'plain' : 'markup';
  const entryKind = kind ?? (fm.format !== 'none' ? classifyEntry(fm.data) : undefined);
  if (entryKind && fm.format !== 'none') {
    const r = buildRecord(
      { kind: entryKind, fields: fm.data, body: fm.body, bodyMode: mode },
      { source: path, path, line: 1 },
      ctx,
    );
    problems.push(...r.problems);
    if (r.record) records.push(r.record);
    return { records, problems };
  }
  if (entryKind) {
    const parts = parsePlainDocument(fm.body, entryKind, mode);
    parts.forEach((part, n) => {
      const source = parts.length > 1 ? `${path}#${n}` : path;
      const r = buildRecord(part.input, { source, path, line: part.line }, ctx);
      problems.push(...r.problems);
      if (r.record) records.push(r.record);
    });
    if (entryKind === 'talk' && records.length === 1 && !parts[0]?.input.titleHint?.length) {
      problems.push(problem(ctx, at, 'warning', 'no title: the first words of the text stand in for it', 1));
    }
    return { records, problems };
  }
  // A page outside the kind folders: its tables may list talks or people, and a
  // people page (alumni.md, members.md) may list them as bullets.
  // A course schedule's topic cells may hold several talks and their guests (schedule-sessions.ts),
  // and its dates ("2/19") may take their year from its heading.
  const year = headingYear(fm.body);
  const rows: { fields: Record<string, string | string[]>; line: number }[] = readMarkdownTables(fm.body).flatMap(
    (row) => scheduleSessions(row.fields)?.map((fields) => ({ fields, line: row.line })) ?? [row],
  );
  if (PEOPLE_PAGE.test(path.slice(path.lastIndexOf('/') + 1))) {
    for (const p of readPeopleList(fm.body)) rows.push({ fields: p.fields, line: p.line });
  }
  const skippedRows: number[] = [];
  // A one-day programme ("Time | Presenter | Title") takes its day from the page.
  const pageDate = rows.some((r) => !('date' in r.fields)) ? firstDateIn(fm.body) : undefined;
  for (const row of rows) {
    const k = classifyEntry(row.fields, 'name' in row.fields && PEOPLE_PAGE.test(path));
    if (k === 'talk' && pageDate && !('date' in row.fields)) row.fields.date = pageDate;
    if (!k) {
      skippedRows.push(row.line + fm.bodyLine - 1);
      continue;
    }
    const source = `${path}#${records.length}`;
    const r = buildRecord({ kind: k, fields: row.fields }, { source, path, line: row.line + fm.bodyLine - 1, year }, ctx);
    problems.push(...r.problems);
    if (r.record) records.push(r.record);
  }
  if (!records.length) {
    const title = typeof fm.data.title === 'string' && fm.data.title.trim() ? ` "${fm.data.title.trim()}"` : '';
    problems.push(
      problem(
        ctx,
        at,
        'warning',
        `page${title} is outside talks/, news/ and profiles/ and has no table of talks or people: not indexed (name its folder's kind under "folders:" in talkscope.config.yml to index it)`,
        1,
      ),
    );
  } else if (skippedRows.length) {
    problems.push(
      problem(
        ctx,
        at,
        'warning',
        `${skippedRows.length} table row(s) are not talks or people: lines ${skippedRows.slice(0, 5).join(', ')}${skippedRows.length > 5 ? ', …' : ''}`,
        skippedRows[0],
      ),
    );
  }
  return { records, problems };
}

/**
 * A schedule page or data file often repeats talks that also have a file of their
 * own (an "Upcoming talks" table next to the talk posts). Entries of a collection
 * whose date and speaker match a talk from its own file are dropped, with one
 * warning per collection file, so the archive shows each talk once.
 */
function dropRepeatedTalks(outs: { records: TalkRecord[]; problems: Problem[] }[], ctx: RootContext): void {
  const own = new Set<string>();
  for (const o of outs)
    for (const r of o.records)
      if (r.kind === 'talk' && !r.source.includes('#') && r.date)
        for (const p of r.people) if (p.role === 'speaker') own.add(`${r.date} ${p.key}`);
  if (!own.size) return;
  for (const o of outs) {
    const before = o.records.length;
    const dropped: TalkRecord[] = [];
    o.records = o.records.filter((r) => {
      const repeat =
        r.kind === 'talk' &&
        r.source.includes('#') &&
        !!r.date &&
        r.people.some((p) => p.role === 'speaker' && own.has(`${r.date} ${p.key}`));
      if (repeat) dropped.push(r);
      return !repeat;
    });
    if (!dropped.length) continue;
    const path = dropped[0]!.source.replace(/#\d+$/, '');
    // Problems about dropped entries go with them; one note says why they are gone.
    const gone = new Set(dropped.map((r) => r.source));
    o.problems = o.problems.filter(
      (p) => !gone.has(p.source) && !(p.line !== undefined && dropped.some((r) => r.line === p.line && p.source === path)),
    );
    const all = dropped.length === before ? 'all ' : '';
    o.problems.push(
      problem(
        ctx,
        { source: path },
        'warning',
        `${all}${dropped.length} entr${dropped.length === 1 ? 'y repeats a talk' : 'ies repeat talks'} that ha${dropped.length === 1 ? 's its' : 've their'} own file (same date and speaker): not indexed twice`,
        dropped[0]!.line,
      ),
    );
  }
}

/** A YAML or JSON data file: JSON first for .json (read as YAML when JSON refuses raw tabs and newlines in strings). */
function parseData(
  text: string,
  json: boolean,
):
  | {
      ok: true;
      value: unknown;
      warnings: { line: number; message: string }[];
      /** Entries of a collection that did not parse, when the others did. */
      entryErrors?: { line: number; message: string }[];
      /** The text to locate entries in, when it differs from the file's. */
      text?: string;
    }
  | { ok: false; line: number; message: string } {
  if (json) {
    try {
      return { ok: true, value: JSON.parse(text), warnings: [] };
    } catch (e) {
      const y = loadYaml(text);
      if (y.ok) return { ok: true, value: y.value, warnings: [] };
      const pos = /position (\d+)/.exec(String((e as Error).message));
      const lineM = /line (\d+)/.exec(String((e as Error).message));
      const line = lineM ? Number(lineM[1]) : pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
      return { ok: false, line, message: `JSON does not parse: ${(e as Error).message.split('\n')[0]}; file not indexed` };
    }
  }
  const y = loadYaml(text);
  if (y.ok) return { ok: true, value: y.value, warnings: y.warnings };
  const partial = loadYamlEntries(text);
  if (!partial) return { ok: false, line: y.error.line, message: `${y.error.message}; file not indexed` };
  const entryErrors = partial.errors.map((e) => ({ ...e, message: `${e.message}; this entry not indexed, the others are` }));
  return { ok: true, value: partial.entries, warnings: [], entryErrors, text: partial.text };
}

/** The year a page's text names before its first table, when it names only one ("HST.936 2021 Course Schedule"). */
function headingYear(text: string): number | undefined {
  const head = text.slice(0, Math.max(0, text.indexOf('|')));
  const years = new Set(head.match(/\b(?:19|20)\d{2}\b/g));
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/** The first full date written in the opening lines of a page ("Monday, Dec 2, 2019"). */
function firstDateIn(text: string): string | undefined {
  for (const line of text.split('\n', 80)) {
    if (line.includes('|')) return undefined;
    if (/\d{4}/.test(line)) {
      const d = parseDate(line);
      if (d) return d.date;
    }
  }
  return undefined;
}

/** A map whose values are lists of records (`faculty: [...]`) rather than one record's fields. */
function isGroupOfRecords(map: Record<string, unknown>): boolean {
  if (classifyEntry(map)) return false;
  return Object.values(map).some(
    (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((x) => x && typeof x === 'object' && !Array.isArray(x) && classifyEntry(x as Record<string, unknown>)),
  );
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
