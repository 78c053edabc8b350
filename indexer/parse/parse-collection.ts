import type { Kind, Problem, TalkRecord } from '../record.ts';
import { buildRecord } from './build-record.ts';
import { classifyEntry } from './classify-entry.ts';
import { problem, type RootContext } from './root-context.ts';

/** Records and problems from one collection file. */
export interface CollectionResult {
  records: TalkRecord[];
  problems: Problem[];
}

/**
 * Every record of a collection file: a YAML/JSON list of entries, a map of lists
 * (`faculty: [...]`, `- term: Spring 2017\n  meetings: [...]`), or a map of maps
 * keyed by slug (`people.yaml`). Each entry's kind is decided on its own
 * (`classifyEntry`), unless `kind` is given (a collection inside talks/, news/ or
 * profiles/). A year written on a group ("Spring 2017") completes dates written
 * without one. Entries that are not records are reported with their line; the
 * n-th record gets the source `path#n` and the line where its entry starts.
 */
export function parseCollection(value: unknown, text: string, path: string, ctx: RootContext, kind?: Kind): CollectionResult {
  const records: TalkRecord[] = [];
  const problems: Problem[] = [];
  const lines = new LineFinder(text);
  const skipped: { line: number; what: string }[] = [];
  const dayFirst = dayFirstIn(text);

  const fileOfPeople = PEOPLE_WORDS.test(path.slice(path.lastIndexOf('/') + 1));
  let listOfPeople = false;
  const visitMap = (map: Record<string, unknown>, year: number | undefined, keyName?: string) => {
    const entry = unwrapContents(map);
    const k = classifyEntry(entry, fileOfPeople || listOfPeople) ?? (kind && hasTitleish(entry) ? kind : undefined);
    if (k) {
      const entryLine = lines.find(keyName ?? Object.keys(map)[0]);
      const source = `${path}#${records.length}`;
      const r = buildRecord(
        { kind: k, fields: entry },
        { source, path, line: entryLine, dayFirst, year: year ?? yearOf(entry) },
        ctx,
      );
      problems.push(...r.problems);
      if (r.record) records.push(r.record);
      return;
    }
    const groupYear = yearOf(map) ?? year;
    let descended = false;
    for (const [key, child] of Object.entries(map)) {
      if (Array.isArray(child) && child.some(isMap)) {
        lines.find(key);
        const outer = listOfPeople;
        listOfPeople = outer || PEOPLE_WORDS.test(key) || PEOPLE_WORDS.test(String(map.group ?? map.name ?? ''));
        visitList(child, groupYear);
        listOfPeople = outer;
        descended = true;
      } else if (isMap(child) && Object.values(child).some((v) => v !== null && typeof v === 'object')) {
        descended = true;
        if (classifyEntry(child)) visitMap(child, groupYear, key);
        else {
          lines.find(key);
          for (const [k2, v2] of Object.entries(child)) if (isMap(v2)) visitMap(v2, groupYear, k2);
        }
      } else if (isMap(child) && classifyEntry(child)) {
        descended = true;
        visitMap(child, groupYear, key);
      }
    }
    if (!descended) skipped.push({ line: lines.find(keyName ?? Object.keys(map)[0]), what: describe(map) });
  };
  const visitList = (list: unknown[], year: number | undefined) => {
    for (const item of list) {
      if (isMap(item)) visitMap(item, year);
      else if (Array.isArray(item)) visitList(item, year);
      else if (item !== null && item !== undefined)
        skipped.push({ line: lines.find(String(item)), what: JSON.stringify(item).slice(0, 40) });
    }
  };

  if (Array.isArray(value)) visitList(value, undefined);
  else if (isMap(value)) visitMap(value, undefined);

  if (skipped.length) {
    const shown = skipped
      .slice(0, 5)
      .map((s) => `line ${s.line} (${s.what})`)
      .join(', ');
    const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : '';
    problems.push(
      problem(
        ctx,
        { source: path },
        'warning',
        `${skipped.length} entr${skipped.length === 1 ? 'y is' : 'ies are'} not a talk, person or news item (no speaker, name with role, or title with date and text): ${shown}${more}`,
        skipped[0]!.line,
      ),
    );
  }
  return { records, problems };
}

/** Names of files and lists that hold people (not `collaborators`, often organisations). */
const PEOPLE_WORDS =
  /people|members|team|staff|students|alumni|faculty|committee|fellows|visitors|investigators|scientists|postdocs|trainees?|personnel|organi[sz]ers|roster/i;

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

function hasTitleish(m: Record<string, unknown>): boolean {
  return ['title', 'name', 'talk_title', 'talk-title'].some((k) => typeof m[k] === 'string' && (m[k] as string).trim() !== '');
}

/** `{title: talk, contents: [{title: speaker, abstract, ...}]}`: the speaker is the inner title. */
function unwrapContents(map: Record<string, unknown>): Record<string, unknown> {
  const inner = map.contents;
  if (!Array.isArray(inner) || inner.length !== 1 || !isMap(inner[0])) return map;
  const c = inner[0];
  if (typeof c.title !== 'string' || !('abstract' in c || 'bio' in c || 'date' in c)) return map;
  const { contents: _ignored, ...outer } = map;
  const { title: speaker, ...rest } = c;
  return { ...outer, ...rest, speaker };
}

/** A single year written on a group ("Spring 2017", "fall-2022"). */
function yearOf(map: Record<string, unknown>): number | undefined {
  for (const key of ['term', 'semester', 'year', 'season', 'session', 'type', 'label']) {
    const v = map[key];
    const m = typeof v === 'string' || typeof v === 'number' ? /\b(19\d{2}|20\d{2})\b/.exec(String(v)) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}

function describe(map: Record<string, unknown>): string {
  const keys = Object.keys(map);
  return `keys ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}`;
}

/** Numeric dates of a file are day first when one of them can only be read that way (`25/09/2024`). */
function dayFirstIn(text: string): boolean | undefined {
  if (/(?<!\d)(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{4}/.test(text)) return true;
  if (/(?<!\d)(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/\d{2,4}/.test(text)) return false;
  return undefined;
}

/** Finds the lines where entries start, moving forward through the file as entries are visited. */
class LineFinder {
  private readonly lines: string[];
  private cursor = 0;
  constructor(text: string) {
    this.lines = text.split('\n');
  }
  find(key: string | undefined): number {
    if (key === undefined) return this.cursor + 1;
    for (let i = this.cursor; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.includes(key) && startsWithKey(line, key)) {
        this.cursor = i + 1;
        return i + 1;
      }
    }
    return Math.min(this.cursor + 1, this.lines.length);
  }
}

/** `key:`, `- key:`, `"key":` or a list item `- key` at the start of a line. */
function startsWithKey(line: string, key: string): boolean {
  let rest = line.trimStart();
  if (rest.startsWith('- ')) rest = rest.slice(2).trimStart();
  if (rest[0] === '"' || rest[0] === "'") rest = rest.slice(1);
  if (!rest.startsWith(key)) return false;
  rest = rest.slice(key.length);
  if (rest[0] === '"' || rest[0] === "'") rest = rest.slice(1);
  rest = rest.trimStart();
  return rest === '' || rest[0] === ':';
}
