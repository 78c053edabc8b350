import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import { loadYaml, type YamlError } from './load-yaml.ts';

/** A file split into its fields and its body. */
export interface FrontMatter {
  /** Where the fields came from: `---` YAML, `+++` TOML, a `{…}` JSON object, Pelican `Key: value` lines, or none. */
  format: 'yaml' | 'toml' | 'json' | 'pelican' | 'none';
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Set when the front matter does not parse: the file yields no record. */
  error?: YamlError;
  warnings: YamlError[];
}

/**
 * Splits one document into front matter and body. Understands YAML between `---`
 * lines (or closed by `...`) (through gray-matter, js-yaml CORE schema: dates stay strings), TOML between
 * `+++` lines, a JSON object at the top (Hugo's third kind), Pelican headers (`Title: ...` lines up to the first blank line, no
 * fences), a short preamble of notes before a `---` block (template files), and
 * files with no front matter at all.
 *
 * Contract: never throws; a block that does not parse gives `error` with the file
 * line of the fault and empty `data`.
 *
 * @example splitFrontMatter('---\ntitle: A\n---\nBody').data.title === 'A'
 */
export function splitFrontMatter(text: string): FrontMatter {
  if (/^---[ \t]*\n/.test(text)) return fenced(closedByDots(text), 'yaml', 0);
  if (/^\+\+\+[ \t]*\n/.test(text)) return fenced(text, 'toml', 0);
  if (/^\{[ \t]*\n/.test(text)) {
    const json = jsonFrontMatter(text);
    if (json) return json;
  }
  const pelican = pelicanHeaders(text);
  if (pelican) return pelican;
  const preamble = afterPreamble(text);
  if (preamble) return preamble;
  return { format: 'none', data: {}, body: text, bodyLine: 1, warnings: [] };
}

/**
 * YAML front matter may end with `...` (YAML's own end of a document, which Jekyll and Pandoc
 * accept) instead of `---`: that line is read as `---`, the same length, so every offset and
 * line stays where it was.
 */
function closedByDots(text: string): string {
  const end = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(4));
  if (!end || !end[0].startsWith('...')) return text;
  const at = 4 + end.index;
  return `${text.slice(0, at)}---${text.slice(at + 3)}`;
}

function fenced(text: string, format: 'yaml' | 'toml', offsetLines: number): FrontMatter {
  let error: YamlError | undefined;
  const warnings: YamlError[] = [];
  const engines = {
    yaml: (s: string) => {
      const r = loadYaml(s, offsetLines);
      if (!r.ok) {
        error = r.error;
        return {};
      }
      warnings.push(...r.warnings);
      return r.value;
    },
    toml: (s: string) => {
      try {
        return parseToml(s);
      } catch (e) {
        const at = (e as { line?: unknown }).line;
        error = {
          line: (typeof at === 'number' ? at : 1) + offsetLines,
          message: `TOML does not parse: ${firstLine(String((e as Error).message ?? e))}`,
        };
        return {};
      }
    },
  };
  const options = {
    engines: engines as unknown as Record<string, (s: string) => object>,
    ...(format === 'toml' ? { delimiters: '+++', language: 'toml' } : {}),
  };
  const parsed = matter(text, options as Parameters<typeof matter>[1]);
  const bodyOffset = text.length - parsed.content.length;
  const bodyLine = countLines(text, bodyOffset) + offsetLines;
  if (error) return { format, data: {}, body: parsed.content, bodyLine, error, warnings };
  const data = parsed.data as unknown;
  if (data === null || data === undefined) return { format, data: {}, body: parsed.content, bodyLine, warnings };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      format,
      data: {},
      body: parsed.content,
      bodyLine,
      warnings,
      error: {
        line: offsetLines + 2,
        message: `front matter is not a set of "key: value" fields (found ${Array.isArray(data) ? 'a list' : typeof data})`,
      },
    };
  }
  return { format, data: data as Record<string, unknown>, body: parsed.content, bodyLine, warnings };
}

const PELICAN_KEYS = new Set([
  'title',
  'date',
  'modified',
  'category',
  'tags',
  'slug',
  'author',
  'authors',
  'summary',
  'status',
  'lang',
  'template',
  'save_as',
  'url',
  'subtitle',
  'order',
  'sortorder',
]);

function pelicanHeaders(text: string): FrontMatter | undefined {
  const m = /^([A-Za-z][\w -]{0,30}):[ \t]*(\S.*)?$/m.exec(text.slice(0, 200));
  if (!m || m.index !== 0 || !PELICAN_KEYS.has(m[1]!.toLowerCase())) return undefined;
  const lines = text.split('\n');
  const data: Record<string, unknown> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const kv = /^([A-Za-z][\w -]{0,30}):[ \t]*(.*)$/.exec(line);
    if (!kv) break;
    data[kv[1]!.trim().toLowerCase()] = kv[2]!.trim();
  }
  return { format: 'pelican', data, body: lines.slice(i).join('\n'), bodyLine: i + 1, warnings: [] };
}

/** A few lines of notes, then a `---` fenced YAML block (template files do this). */
function afterPreamble(text: string): FrontMatter | undefined {
  const m = /\n---[ \t]*\n/.exec(text.slice(0, 1200));
  if (!m) return undefined;
  const preamble = text.slice(0, m.index);
  const lines = preamble.split('\n');
  if (lines.length > 8 || /^\s*(#|\||<|[-*] )/m.test(preamble)) return undefined;
  const rest = text.slice(m.index + 1);
  if (!/\n---[ \t]*(\n|$)/.test(rest)) return undefined;
  const result = fenced(rest, 'yaml', lines.length);
  if (result.error || Object.keys(result.data).length < 2) return undefined;
  result.warnings.unshift({ line: 1, message: `${lines.length} line(s) of text before the front matter ignored` });
  return result;
}

function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/**
 * Hugo's JSON front matter: an object from the file's first line to the `}` that closes it,
 * then the body. Undefined when the text does not start with an object that parses (a body
 * that opens with a brace is then read as text).
 */
function jsonFrontMatter(text: string): FrontMatter | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      let data: unknown;
      try {
        data = JSON.parse(text.slice(0, i + 1));
      } catch {
        return undefined;
      }
      if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
      const rest = text.slice(i + 1).replace(/^[ \t]*\n/, '');
      const bodyLine = text.slice(0, text.length - rest.length).split('\n').length;
      return { format: 'json', data: data as Record<string, unknown>, body: rest, bodyLine, warnings: [] };
    }
  }
  return undefined;
}
