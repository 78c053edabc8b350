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
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true });
}

function toYamlError(e: unknown, lineOffset: number): YamlError {
  if (e instanceof yaml.YAMLException) {
    const line = (e.mark?.line ?? 0) + 1 + lineOffset;
    return { line, message: `YAML does not parse: ${e.reason}` };
  }
  return { line: lineOffset + 1, message: `YAML does not parse: ${String(e)}` };
}
