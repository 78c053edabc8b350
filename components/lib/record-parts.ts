/**
 * How the archive's large files ship inside the extension: cut into parts under 4 MB, listed
 * in a file beside them. Firefox's add-on linter (and AMO's review) will not read a JSON file
 * over 5 MB, and a whole archive's records are more than that; a larger archive's search
 * index and names too. The records and the names are JSON arrays, cut between items
 * (`partFiles`); the search index is one JSON object, cut anywhere into JSON strings
 * (`textPartFiles`). Pure: text in, text out.
 */

/**
 * A file shipped in parts under /data/: `<stem>-1.json`, `<stem>-2.json`…, listed in
 * `<stem>-parts.json`, which a reader fetches first.
 */
export interface PartedFile<S extends string = string> {
  stem: S;
  list: `${S}-parts.json`;
  /** The name of part `i` (from 1). */
  part(i: number): `${S}-${number}.json`;
}

export function partedFile<S extends string>(stem: S): PartedFile<S> {
  return { stem, list: `${stem}-parts.json`, part: (i) => `${stem}-${i}.json` };
}

export const RECORD_PARTS = partedFile('records');
export const NAME_PARTS = partedFile('names');
export const INDEX_PARTS = partedFile('search-index');

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

/**
 * The files that ship a JSON array (records, names) as `file`: its parts (see
 * `splitJsonArray`), then their list.
 *
 * @example partFiles('[1,2]', RECORD_PARTS)
 *   // [{ name: 'records-1.json', contents: '[1,2]' }, { name: 'records-parts.json', contents: '["records-1.json"]' }]
 */
export function partFiles(text: string, file: PartedFile, maxBytes = PART_BYTES): { name: string; contents: string }[] {
  return listedParts(splitJsonArray(text, maxBytes), file);
}

/** `pieces` as `file`'s parts, then their list. */
function listedParts(pieces: readonly string[], file: PartedFile) {
  const parts = pieces.map((contents, i) => ({ name: file.part(i + 1), contents }));
  return [...parts, { name: file.list, contents: JSON.stringify(parts.map((p) => p.name)) }];
}

/** The parts' texts joined back into one JSON array's text. */
export function joinJsonArrays(parts: readonly string[]): string {
  const inner = parts.map((p) => p.trim().slice(1, -1).trim()).filter(Boolean);
  return `[${inner.join(',')}]`;
}

/**
 * The files that ship any JSON text that may be too large for one file: the text itself when
 * it is at most `maxBytes` of UTF-8 (one part), else pieces of it, each written as a JSON
 * string of at most `maxBytes` (valid JSON, as the linter wants of a .json file); then their
 * list (see `PartedFile`). `joinTextParts` gives the text back.
 *
 * @example textPartFiles('{"a":12}', INDEX_PARTS, 7).map((f) => f.contents)
 *   // ['"{\"a"', '"\":12"', '"}"', '["search-index-1.json","search-index-2.json","search-index-3.json"]']
 */
export function textPartFiles(text: string, file: PartedFile, maxBytes = PART_BYTES): { name: string; contents: string }[] {
  return listedParts(splitText(text, maxBytes), file);
}

/** `text` whole, or cut into JSON strings of at most `maxBytes` (see `textPartFiles`). */
function splitText(text: string, maxBytes: number): string[] {
  const encoder = new TextEncoder();
  const bytes = (s: string) => encoder.encode(s).length;
  // Whole, unless it could be taken for a piece (a JSON string itself).
  if (bytes(text) <= maxBytes && !text.startsWith('"')) return [text];
  const pieces: string[] = [];
  for (let at = 0; at < text.length;) {
    // A piece is never cut between the two halves of a character beyond U+FFFF.
    const high = (k: number) => /[\uD800-\uDBFF]/.test(text[k]!) && /[\uDC00-\uDFFF]/.test(text[k + 1] ?? '');
    const least = high(at) ? 2 : 1;
    // n characters are at least n bytes: shrink the piece until its JSON string fits.
    let n = Math.min(maxBytes, text.length - at);
    for (;;) {
      if (n > least && high(at + n - 1)) n--;
      const size = bytes(JSON.stringify(text.slice(at, at + n)));
      if (size <= maxBytes || n <= least) break;
      n = Math.max(least, Math.min(n - 1, Math.floor((n * maxBytes) / size)));
    }
    pieces.push(JSON.stringify(text.slice(at, at + n)));
    at += n;
  }
  return pieces;
}

/** The text `textPartFiles` cut, from its parts' contents in order. */
export function joinTextParts(parts: readonly string[]): string {
  // One part that is not a JSON string is the text itself (it fitted in one file).
  if (parts.length === 1 && !parts[0]!.startsWith('"')) return parts[0]!;
  return parts.map((p) => JSON.parse(p) as string).join('');
}
