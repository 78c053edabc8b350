/**
 * The search index file the extension ships: MiniSearch's own index, written
 * compactly and read back without MiniSearch's slow `loadJSON`.
 *
 * MiniSearch's JSON nests an object per term and per field (`{"3":{"17":1}}`), so
 * the browser parses hundreds of thousands of small objects, then copies each
 * into a Map. Here the same data is one string of terms and two strings of
 * numbers (packed-numbers.ts), which `JSON.parse` reads as fast as it copies them:
 *
 * ```
 * { format, fields: [name by field id], ids: [record id by short id],
 *   lengths: packed(field lengths, fields.length per document), avg: [average length by field],
 *   terms: "term\nterm\n…" (sorted), postings: "packed packed …" (per term, one
 *     packed run: fieldCount, then per field: fieldId, n, n document-id gaps,
 *     n term frequencies (n negative: |n| gaps and every frequency is 1)) }
 * ```
 *
 * Each term's numbers are read only when a query first touches the term: loading the index
 * finds where each term's run starts and builds the tree of terms, nothing more.
 *
 * The same records always give the same bytes (terms sorted, documents in record order).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { SEARCH_INDEX_FORMAT } from '../search-options.ts';
import { packNumbers, unpackNumbers } from './packed-numbers.ts';

export interface CompactIndex {
  format: string;
  fields: string[];
  ids: string[];
  /** Packed (packed-numbers.ts). */
  lengths: string;
  avg: number[];
  terms: string;
  /** Packed (packed-numbers.ts). */
  postings: string;
}

type FieldTermData = Map<number, Map<number, number>>;

/** The MiniSearch internals this file reads and fills (pinned MiniSearch 7.2). */
interface MiniSearchInternals {
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _index: { set(term: string, data: FieldTermData): unknown };
}

/** MiniSearch's radix tree: edge label to subtree; the empty label holds a term's data. */
type RadixTree = Map<string, RadixTree | FieldTermData>;

/** Between one term's packed postings and the next: not a character packed numbers use. */
const TERM_END = ' ';

/**
 * Writes `index` (built with nothing stored, never modified after `addAll`) compactly.
 * @example writeCompactIndex(miniSearch) // '{"format":"talkscope-search/3",...}'
 */
export function writeCompactIndex<T>(index: MiniSearch<T>): string {
  const js = index.toJSON();
  const fields = Object.entries(js.fieldIds)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
  const shortIds = Object.keys(js.documentIds)
    .map(Number)
    .sort((a, b) => a - b);
  // Short ids are renumbered 0..n-1 in case the index was ever modified.
  const renumber = new Map(shortIds.map((s, i) => [s, i]));
  const ids = shortIds.map((s) => String(js.documentIds[s]));
  const lengths: number[] = [];
  for (const s of shortIds) {
    const row = js.fieldLength[s] ?? [];
    for (let f = 0; f < fields.length; f++) lengths.push(row[f] ?? 0);
  }
  const entries = [...js.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const terms: string[] = [];
  const postings: string[] = [];
  for (const [term, data] of entries) {
    const fieldIds = Object.keys(data)
      .map(Number)
      .sort((a, b) => a - b);
    const perField = fieldIds
      .map((f) => {
        const docs = Object.entries(data[f] ?? {})
          .map(([s, tf]) => [renumber.get(Number(s)), tf] as const)
          .filter((d): d is readonly [number, number] => d[0] !== undefined && d[1] > 0)
          .sort((a, b) => a[0] - b[0]);
        return { f, docs };
      })
      .filter((x) => x.docs.length > 0);
    if (perField.length === 0) continue;
    terms.push(term);
    const numbers = [perField.length];
    for (const { f, docs } of perField) {
      const allOnes = docs.every(([, tf]) => tf === 1);
      numbers.push(f, allOnes ? -docs.length : docs.length);
      let previous = 0;
      for (const [doc] of docs) {
        numbers.push(doc - previous);
        previous = doc;
      }
      if (!allOnes) for (const [, tf] of docs) numbers.push(tf);
    }
    postings.push(packNumbers(numbers));
  }
  const avg = fields.map((_, f) => js.averageFieldLength[f] ?? 0);
  const compact: CompactIndex = {
    format: SEARCH_INDEX_FORMAT,
    fields,
    ids,
    lengths: packNumbers(lengths),
    avg,
    terms: terms.join('\n'),
    postings: postings.join(TERM_END),
  };
  return JSON.stringify(compact);
}

/**
 * Reads what `writeCompactIndex` wrote into a MiniSearch ready to search with `options`
 * (which must name the same fields). Throws on a file of another format.
 */
export function readCompactIndex<T>(text: string, options: Options<T>): MiniSearch<T> {
  const compact = JSON.parse(text) as CompactIndex;
  if (compact.format !== SEARCH_INDEX_FORMAT) {
    throw new Error(`search index: expected format ${SEARCH_INDEX_FORMAT}, found ${String(compact.format)}; rebuild the archive`);
  }
  const { fields, ids, avg } = compact;
  const lengths = unpackNumbers(compact.lengths);
  const shell: AsPlainObject = {
    documentCount: ids.length,
    nextId: ids.length,
    documentIds: {},
    fieldIds: Object.fromEntries(fields.map((name, f) => [name, f])),
    fieldLength: {},
    averageFieldLength: avg,
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  };
  const index = MiniSearch.loadJS<T>(shell, options);
  const internals = index as unknown as MiniSearchInternals;
  const width = fields.length;
  for (let s = 0; s < ids.length; s++) {
    const id = ids[s] as string;
    internals._documentIds.set(s, id);
    internals._idToShortId.set(id, s);
    internals._fieldLength.set(s, Array.from(lengths.subarray(s * width, s * width + width)));
  }
  const terms = compact.terms ? compact.terms.split('\n') : [];
  const packed = compact.postings;
  const values: LazyTermData[] = [];
  let from = 0;
  for (let t = 0; t < terms.length; t++) {
    // Every run but the last ends at a TERM_END; the last at the end of the string.
    const end = packed.indexOf(TERM_END, from);
    const last = t === terms.length - 1;
    if (last !== end < 0)
      throw new Error(`search index: its postings do not match its ${terms.length} terms; rebuild the archive`);
    const to = last ? packed.length : end;
    values.push(new LazyTermData(packed, from, to));
    from = to + 1;
  }
  if (!terms.length && packed) throw new Error('search index: postings without terms; rebuild the archive');
  // The terms are sorted, so the radix tree is built in one pass instead of a `set` per term.
  const SearchableMap = internals._index.constructor as new (tree: RadixTree) => MiniSearchInternals['_index'];
  internals._index = new SearchableMap(buildRadixTree(terms, values, 0, terms.length, 0));
  return index;
}

/** The radix tree of `terms[lo..hi)` (sorted, unique), which all share their first `depth` characters. */
function buildRadixTree(
  terms: readonly string[],
  values: readonly FieldTermData[],
  lo: number,
  hi: number,
  depth: number,
): RadixTree {
  const node: RadixTree = new Map();
  let i = lo;
  if (i < hi && (terms[i] as string).length === depth) node.set('', values[i++] as FieldTermData);
  while (i < hi) {
    const first = terms[i] as string;
    const c = first[depth];
    let j = i + 1;
    while (j < hi && (terms[j] as string)[depth] === c) j++;
    const last = terms[j - 1] as string;
    let end = depth + 1;
    while (end < first.length && end < last.length && first[end] === last[end]) end++;
    node.set(first.slice(depth, end), buildRadixTree(terms, values, i, j, end));
    i = j;
  }
  return node;
}

/**
 * One term's postings, unpacked only when a query first touches the term and
 * turned into MiniSearch's Maps only for the fields it asks for: loading costs
 * finding where the term's run starts, not a number or a Map per posting. Every
 * other way of reading a Map decodes every field first, so MiniSearch sees an
 * ordinary Map.
 */
class LazyTermData extends Map<number, Map<number, number>> {
  /** The index's packed postings, of which this term's run is `#from` to `#to`, until first read. */
  #packed: string | undefined;
  #from: number;
  #to: number;
  /** This term's numbers once read, until every field is decoded into the Map. */
  #numbers: Int32Array | undefined;

  constructor(packed: string, from: number, to: number) {
    super();
    this.#packed = packed;
    this.#from = from;
    this.#to = to;
  }

  /** This term's numbers, read on first use; `undefined` once every field is in the Map. */
  #postings(): Int32Array | undefined {
    if (this.#packed !== undefined) {
      this.#numbers = unpackNumbers(this.#packed, this.#from, this.#to);
      this.#packed = undefined;
    }
    return this.#numbers;
  }

  /** Postings over all fields (an upper bound of the records holding the term), without decoding. */
  postingCount(): number {
    const postings = this.#postings();
    if (!postings) {
      let n = 0;
      for (const docs of super.values()) n += docs.size;
      return n;
    }
    let at = 0;
    let n = 0;
    const fieldCount = postings[at++] as number;
    for (let k = 0; k < fieldCount; k++) {
      const signed = postings[at + 1] as number;
      const count = signed < 0 ? -signed : signed;
      n += count;
      at += 2 + (signed < 0 ? count : 2 * count);
    }
    return n;
  }

  /** Decodes one field's postings (at `at`, just past its field id) into a Map. */
  static #decodeField(postings: Int32Array, at: number): Map<number, number> {
    const signed = postings[at++] as number;
    const n = signed < 0 ? -signed : signed;
    const docs = new Map<number, number>();
    const tfAt = at + n;
    let doc = 0;
    for (let j = 0; j < n; j++) {
      doc += postings[at + j] as number;
      docs.set(doc, signed < 0 ? 1 : (postings[tfAt + j] as number));
    }
    return docs;
  }

  /** Where field `fieldId`'s postings start (just past its id), or -1 when the term is not in that field. */
  #find(postings: Int32Array, fieldId: number): number {
    let at = 0;
    const fieldCount = postings[at++] as number;
    for (let k = 0; k < fieldCount; k++) {
      if (postings[at] === fieldId) return at + 1;
      const signed = postings[at + 1] as number;
      at += 2 + (signed < 0 ? -signed : 2 * signed);
    }
    return -1;
  }

  /** Every field, in field order, reusing the fields `get` already decoded. */
  #decode(): void {
    const postings = this.#postings();
    if (!postings) return;
    this.#numbers = undefined;
    const already = new Map(super.entries());
    super.clear();
    let at = 0;
    const fieldCount = postings[at++] as number;
    for (let k = 0; k < fieldCount; k++) {
      const fieldId = postings[at] as number;
      const signed = postings[at + 1] as number;
      super.set(fieldId, already.get(fieldId) ?? LazyTermData.#decodeField(postings, at + 1));
      at += 2 + (signed < 0 ? -signed : 2 * signed);
    }
  }

  override get size(): number {
    this.#decode();
    return super.size;
  }
  // A query reads one field at a time: only that field is decoded.
  override get(key: number): Map<number, number> | undefined {
    const postings = this.#postings();
    if (!postings || super.has(key)) return super.get(key);
    const at = this.#find(postings, key);
    if (at < 0) return undefined;
    const docs = LazyTermData.#decodeField(postings, at);
    super.set(key, docs);
    return docs;
  }
  override has(key: number): boolean {
    const postings = this.#postings();
    return postings ? super.has(key) || this.#find(postings, key) >= 0 : super.has(key);
  }
  override set(key: number, value: Map<number, number>): this {
    this.#decode();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.#decode();
    return super.delete(key);
  }
  override clear(): void {
    this.#packed = this.#numbers = undefined;
    super.clear();
  }
  override forEach(
    fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void,
    thisArg?: unknown,
  ): void {
    this.#decode();
    super.forEach(fn, thisArg);
  }
  override keys(): MapIterator<number> {
    this.#decode();
    return super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    this.#decode();
    return super.values();
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#decode();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    this.#decode();
    return super[Symbol.iterator]();
  }
}
