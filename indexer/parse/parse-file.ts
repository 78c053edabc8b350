/**
 * One file of a content root to records, or to located problems (see parse-root.ts, which
 * runs it for every file). The kind comes from the first folder (talks/, news/, profiles/,
 * or the config's `folders`); then
 * - .md/.markdown/.qmd/.Rmd/.html/.htm/.txt: front matter (YAML, TOML, Pelican, none) and body;
 *   without front matter, a headline/byline/subject reading (`parsePlainDocument`);
 *   a page outside the kind folders is read for markdown tables of talks or people,
 *   and a people page (alumni.md) for one person per bullet;
 * - .yml/.yaml/.json: one record (a map inside a kind folder) or a collection
 *   (`parseCollection`: the kind decided per entry).
 * Pure.
 */
import type { Kind, Problem, TalkRecord } from '../record.ts';
import { buildRecord } from './build-record.ts';
import { classifyEntry } from './classify-entry.ts';
import type { DecodedText } from './decode-text.ts';
import { loadYaml } from './load-yaml.ts';
import { loadYamlEntries } from './load-yaml-entries.ts';
import { parseCollection } from './parse-collection.ts';
import { parseDate } from './parse-date.ts';
import { htmlDocumentText } from './html-document.ts';
import { parsePlainDocument } from './parse-plain-document.ts';
import { decodeQuotedPrintable, looksQuotedPrintable } from './quoted-printable.ts';
import { readMarkdownTables } from './read-markdown-tables.ts';
import { scheduleSessions } from './schedule-sessions.ts';
import { readPeopleList } from './read-people-list.ts';
import { problem, type RootContext } from './root-context.ts';
import { splitFrontMatter } from './split-front-matter.ts';

const PEOPLE_PAGE = /people|members|alumni|team|faculty|staff|students/i;
const KIND_FOLDERS: Record<string, Kind> = { talks: 'talk', news: 'news', profiles: 'profile' };
const KIND_NOUNS: Record<Kind, string> = { talk: 'a talk', news: 'a news item', profile: 'a profile' };
/** Pages the indexer reads. R Markdown and Quarto pages are markdown with YAML front matter too. */
export const DOC_EXT = /\.(?:md|markdown|mdown|mkd|qmd|rmd|html?|txt|text)$/i;
/** Data files the indexer reads. */
export const DATA_EXT = /\.(?:ya?ml|json)$/i;

export function parseFile(
  path: string,
  decoded: DecodedText | undefined,
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
  const mailEncoded = looksQuotedPrintable(decoded.text);
  if (mailEncoded)
    problems.push(
      problem(ctx, at, 'warning', 'quoted-printable text, as e-mail sends it ("=E1", lines cut with "="): decoded', 1),
    );
  const text = (mailEncoded ? decodeQuotedPrintable(decoded.text) : decoded.text).replace(/\r\n?/g, '\n');
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
    // A whole web page saved as is: its headline and what its reader sees, not its menus.
    const page = fm.format === 'none' && /\.html?$/i.test(path) ? htmlDocumentText(fm.body) : undefined;
    const parts =
      page !== undefined ? parsePlainDocument(page, entryKind, 'plain') : parsePlainDocument(fm.body, entryKind, mode);
    parts.forEach((part, n) => {
      const source = parts.length > 1 ? `${path}#${n}` : path;
      const r = buildRecord(part.input, { source, path, line: part.line }, ctx);
      problems.push(...r.problems);
      if (r.record) records.push(r.record);
    });
    if (entryKind === 'talk' && records.length === 1 && !parts[0]?.input.titleHint?.length && !parts[0]?.input.fields.title) {
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
