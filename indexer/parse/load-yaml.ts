import yaml from 'js-yaml';

/** A YAML text that did not parse, located in its file. */
export interface YamlError {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** The parsed value with any leniency warnings, or the located error. */
export type YamlResult = { ok: true; value: unknown; warnings: YamlError[] } | { ok: false; error: YamlError };

/**
 * Parses YAML the way archive maintainers write it, with js-yaml's CORE schema:
 * dates, times and `yes`/`no` stay strings (so nothing moves with a time zone),
 * duplicate keys keep the last value, comments and trailing commas in flow lists
 * are fine. Tabs used as indentation, which YAML forbids, are read as spaces
 * with a warning.
 *
 * @param text the YAML text
 * @param lineOffset lines before `text` in its file (errors are reported as file lines)
 * @example loadYaml('date: 2023-09-20\nhour: 12:00') // { ok: true, value: { date: '2023-09-20', hour: '12:00' }, warnings: [] }
 */
export function loadYaml(text: string, lineOffset = 0): YamlResult {
  try {
    return { ok: true, value: load(text), warnings: [] };
  } catch (first) {
    const error = toYamlError(first, lineOffset);
    if (!text.includes('\t')) return { ok: false, error };
    try {
      const value = load(text.replace(/\t/g, '  '));
      const tabLine = text.slice(0, text.indexOf('\t')).split('\n').length + lineOffset;
      return { ok: true, value, warnings: [{ line: tabLine, message: 'tab characters in YAML, read as spaces' }] };
    } catch {
      return { ok: false, error };
    }
  }
}

function load(text: string): unknown {
  const value = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true });
  // Aliases are shared, not copied, when parsed; read as values they are copies. Nine lists
  // of nine aliases of the one before spell 43 million values: refused, not read for minutes.
  const size = text.includes('*') ? expandedSize(value, new Map(), MAX_VALUES) : 0;
  if (size > MAX_VALUES) {
    const at = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
    const line = at ? text.slice(0, at.index + 1).split('\n').length - 1 : 0;
    const reason =
      size === Infinity
        ? 'an alias (*name) holds itself, so its value never ends'
        : `aliases (*name) expand to more than ${MAX_VALUES.toLocaleString('en')} values`;
    throw new yaml.YAMLException(reason, { line } as never);
  }
  return value;
}

/** Values a YAML text may spell out, aliases expanded: far above any archive's data file. */
const MAX_VALUES = 1_000_000;

/** How many values `v` holds with every shared part counted where it is used; stops past `limit`. */
function expandedSize(v: unknown, sizes: Map<object, number>, limit: number): number {
  if (v === null || typeof v !== 'object') return 1;
  const known = sizes.get(v);
  // A part that holds itself (its size still being worked out) never ends.
  if (known !== undefined) return known < 0 ? Infinity : known;
  sizes.set(v, -1);
  let n = 1;
  for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
    n += expandedSize(child, sizes, limit);
    if (n > limit) break;
  }
  sizes.set(v, n);
  return n;
}

function toYamlError(e: unknown, lineOffset: number): YamlError {
  if (e instanceof yaml.YAMLException) {
    const line = (e.mark?.line ?? 0) + 1 + lineOffset;
    return { line, message: `YAML does not parse: ${e.reason}` };
  }
  return { line: lineOffset + 1, message: `YAML does not parse: ${String(e)}` };
}
