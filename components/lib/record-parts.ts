/**
 * How the records ship inside the extension: the records file cut into parts,
 * each a JSON array under 4 MB, listed in `records-parts.json`. Firefox's
 * add-on linter (and AMO's review) will not read a file over 5 MB, and a whole
 * archive's records are more than that. Pure: text in, text out.
 */

/** The list of parts, beside them under /data/. */
export const RECORD_PARTS_FILE = 'records-parts.json';

/** Bytes a part may reach before the next one starts (the linter's limit is 5 MB). */
export const PART_BYTES = 4_000_000;

/**
 * Cuts a JSON array's text into arrays of whole items, each at most `maxBytes`
 * of UTF-8 (an item bigger than that gets a part of its own). Always at least one part.
 *
 * @example splitJsonArray('[1,2,3]', 4) → ['[1]', '[2]', '[3]']
 */
export function splitJsonArray(text: string, maxBytes = PART_BYTES): string[] {
  const items = JSON.parse(text) as unknown[];
  if (!Array.isArray(items)) throw new Error('expected a JSON array of records');
  const parts: string[] = [];
  let current: string[] = [];
  let size = 2;
  const encoder = new TextEncoder();
  for (const item of items) {
    const json = JSON.stringify(item);
    const bytes = encoder.encode(json).length + 1;
    if (current.length && size + bytes > maxBytes) {
      parts.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += bytes;
  }
  parts.push(`[${current.join(',')}]`);
  return parts;
}

/** The file name of part `i` (from 1). */
export function recordPartName(i: number): string {
  return `records-${i}.json`;
}

/**
 * The files that ship a JSON array of records: its parts (see `splitJsonArray`), named by
 * `partName`, and `listName`, the list of those names a reader fetches first.
 *
 * @example partFiles('[1,2]', recordPartName, RECORD_PARTS_FILE)
 *   // [{ name: 'records-1.json', contents: '[1,2]' }, { name: 'records-parts.json', contents: '["records-1.json"]' }]
 */
export function partFiles(
  text: string,
  partName: (i: number) => string,
  listName: string,
  maxBytes = PART_BYTES,
): { name: string; contents: string }[] {
  const parts = splitJsonArray(text, maxBytes).map((contents, i) => ({ name: partName(i + 1), contents }));
  return [...parts, { name: listName, contents: JSON.stringify(parts.map((p) => p.name)) }];
}

/** The parts' texts joined back into one JSON array's text. */
export function joinJsonArrays(parts: readonly string[]): string {
  const inner = parts.map((p) => p.trim().slice(1, -1).trim()).filter(Boolean);
  return `[${inner.join(',')}]`;
}
