import { loadYaml, type YamlError } from './load-yaml.ts';

/** What could be read of a top-level YAML list that does not parse as a whole. */
export interface YamlEntries {
  /** Every entry that parses on its own, in file order. */
  entries: unknown[];
  /** One located error per entry that does not. */
  errors: YamlError[];
  /** The text with the bad entries' lines left blank: line numbers hold, and their keys are not found for others. */
  text: string;
}

/**
 * Reads a collection file (`- title: …` entries at the left margin, like a
 * Jekyll `_data/talks.yml`) entry by entry, so one bad entry costs that entry
 * only and never the talks around it. Call it when the whole text did not parse.
 *
 * Contract: returns `undefined` when the text is not a plain top-level list
 * (some line other than a comment starts at the left margin without `- `), or
 * when no entry parses; otherwise the good entries and the bad ones' lines.
 *
 * @example loadYamlEntries('- title: A\n- title: [B\n- title: C\n')
 *   // { entries: [{ title: 'A' }, { title: 'C' }], errors: [{ line: 2, message: 'YAML does not parse: …' }], text: '- title: A\n\n- title: C\n' }
 */
export function loadYamlEntries(text: string): YamlEntries | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('- ') || line === '-') starts.push(i);
    else if (/^[^\s#]/.test(line)) return undefined;
  }
  if (starts.length < 2) return undefined;

  const entries: unknown[] = [];
  const errors: YamlError[] = [];
  const original = [...lines];
  starts.forEach((start, n) => {
    const chunk = original.slice(start, starts[n + 1] ?? lines.length).join('\n');
    const result = loadYaml(chunk, start);
    if (result.ok && Array.isArray(result.value)) entries.push(...result.value);
    else {
      errors.push(result.ok ? { line: start + 1, message: 'entry is not a list item' } : result.error);
      for (let i = start; i < (starts[n + 1] ?? lines.length); i++) lines[i] = '';
    }
  });
  return entries.length ? { entries, errors, text: lines.join('\n') } : undefined;
}
