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
 * are fine. Two slips YAML forbids are read as their writer meant them, each with a
 * warning on its line: tabs used as indentation (read as spaces), and a plain value
 * with ": " in it (`title: Minimax: Learning`, read as text).
 *
 * @param text the YAML text
 * @param lineOffset lines before `text` in its file (errors are reported as file lines)
 * @example loadYaml('date: 2023-09-20\nhour: 12:00') // { ok: true, value: { date: '2023-09-20', hour: '12:00' }, warnings: [] }
 */
export function loadYaml(text: string, lineOffset = 0): YamlResult {
  let tried = attempt(text);
  if ('value' in tried) return { ok: true, value: tried.value, warnings: [] };
  const error = toYamlError(tried.failure, lineOffset);
  const warnings: YamlError[] = [];
  let repaired = text;
  if (text.includes('\t')) {
    repaired = text.replace(/\t/g, '  ');
    const tabLine = text.slice(0, text.indexOf('\t')).split('\n').length + lineOffset;
    warnings.push({ line: tabLine, message: 'tab characters in YAML, read as spaces' });
    tried = attempt(repaired);
  }
  // Each colon slip is mended where the parser stops, so only lines YAML cannot read are
  // touched (never the text of a `|` block that happens to hold "Note: …").
  for (let n = 0; 'failure' in tried && n < MAX_COLON_REPAIRS; n++) {
    const at = tried.failure instanceof yaml.YAMLException ? tried.failure.mark?.line : undefined;
    const lines = repaired.split('\n');
    const fixed = at === undefined ? undefined : quoteColonValue(lines[at] ?? '');
    if (!fixed) break;
    lines[at!] = fixed.line;
    repaired = lines.join('\n');
    warnings.push({
      line: at! + 1 + lineOffset,
      message: `": " in the value of ${fixed.key}, read as text (quote the value so YAML reads it too)`,
    });
    tried = attempt(repaired);
  }
  return 'value' in tried ? { ok: true, value: tried.value, warnings } : { ok: false, error };
}

function attempt(text: string): { value: unknown } | { failure: unknown } {
  try {
    return { value: load(text) };
  } catch (failure) {
    return { failure };
  }
}

/** Colon slips mended in one text at most: a file with more is not what this reading is for. */
const MAX_COLON_REPAIRS = 20;

/**
 * `key: a value: with a colon`, its value quoted; undefined for any other line. A value that
 * starts as YAML syntax (quotes, a flow list or map, a block, an anchor, an alias or a tag)
 * is left alone: the slip is not a plain colon there. A comment after the value stays one.
 *
 * @example quoteColonValue('  - title: A: B # x') // { key: 'title', line: '  - title: "A: B" # x' }
 */
export function quoteColonValue(line: string): { key: string; line: string } | undefined {
  const m = /^(\s*(?:-\s+)?)([^\s#"'{}[\]&*!|>%@`,][^:#]*?):([ \t]+)([^\s"'{[|>&*!%@`].*?)(\s+#.*)?$/.exec(line);
  if (!m || !/:\s/.test(m[4]!)) return undefined;
  return { key: m[2]!, line: `${m[1]}${m[2]}:${m[3]}${JSON.stringify(m[4]!.trimEnd())}${m[5] ?? ''}` };
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
