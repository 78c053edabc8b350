/**
 * Read-only questions about the index's own terms, for "did you mean", looser
 * matching and completions. MiniSearch keeps its term tree private; this file is
 * the one place that reaches into it (MiniSearch is pinned to an exact version,
 * and tests/unit/search checks these answers against a freshly built index).
 */
import type MiniSearch from 'minisearch';

type FieldTermData = Map<number, Map<number, number>>;
interface TermTree {
  get(term: string): FieldTermData | undefined;
  has(term: string): boolean;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
}

function termTree<T>(index: MiniSearch<T>): TermTree {
  return (index as unknown as { _index: TermTree })._index;
}

/** Whether `term` (already normalised) is in the index. */
export function hasTerm<T>(index: MiniSearch<T>, term: string): boolean {
  return termTree(index).has(term);
}

/** Whether a typed word (normalised) needs no correction: a term of the index, or a number. */
export function isKnownTerm<T>(index: MiniSearch<T>, term: string): boolean {
  return hasTerm(index, term) || /^\d+$/.test(term);
}

/** Whether some term of the index starts with `prefix` (already normalised): a word being typed. */
export function startsATerm<T>(index: MiniSearch<T>, prefix: string): boolean {
  for (const _ of termTree(index).atPrefix(prefix)) return true;
  return false;
}

/**
 * A test of whether the record with id `id` holds `term` (exactly, in any
 * field): one lookup per field, however many records hold the term.
 */
export function recordHasTerm<T>(index: MiniSearch<T>, term: string): (id: string) => boolean {
  const data = termTree(index).get(term);
  if (!data) return () => false;
  const shortIds = (index as unknown as { _idToShortId: Map<string, number> })._idToShortId;
  const fields = [...data.values()];
  return (id) => {
    const shortId = shortIds.get(id);
    return shortId !== undefined && fields.some((docs) => docs.has(shortId));
  };
}

/**
 * How many postings `term` has over all fields: an upper bound of the records
 * holding it, cheap enough to ask before searching (0 when it is not in the index).
 */
export function postingCount<T>(index: MiniSearch<T>, term: string): number {
  const data = termTree(index).get(term) as (FieldTermData & { postingCount?: () => number }) | undefined;
  if (!data) return 0;
  if (typeof data.postingCount === 'function') return data.postingCount();
  let n = 0;
  for (const docs of data.values()) n += docs.size;
  return n;
}

/** Whether `term` (already normalised) occurs in field `field` of some record. */
export function isTermOfField<T>(index: MiniSearch<T>, term: string, field: string): boolean {
  const id = (index as unknown as { _fieldIds: Record<string, number> })._fieldIds[field];
  return id !== undefined && !!termTree(index).get(term)?.get(id)?.size;
}

/** In how many records `term` occurs (any field); 0 when it is not in the index. */
export function documentFrequency<T>(index: MiniSearch<T>, term: string): number {
  const data = termTree(index).get(term);
  if (!data) return 0;
  const docs = new Set<number>();
  for (const perField of data.values()) for (const doc of perField.keys()) docs.add(doc);
  return docs.size;
}

/**
 * The index's terms within `maxDistance` edits of `term`, closest first, then
 * the most used (by `postingCount`, which needs no decoding), then alphabetical.
 * @example nearTerms(index, 'hartvigsn', 2) // [{ term: 'hartvigsen', distance: 1, frequency: 3 }]
 */
export function nearTerms<T>(
  index: MiniSearch<T>,
  term: string,
  maxDistance: number,
): { term: string; distance: number; frequency: number }[] {
  const found = termTree(index).fuzzyGet(term, maxDistance);
  return [...found.entries()]
    .map(([t, [, distance]]) => ({ term: t, distance, frequency: postingCount(index, t) }))
    .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/**
 * The index's terms beginning with `prefix` (already normalised), most used
 * first (by `postingCount`, which needs no decoding).
 * @example completeTerm(index, 'hartv', 3) // ['hartvigsen']
 */
export function completeTerm<T>(index: MiniSearch<T>, prefix: string, limit: number): string[] {
  const tree = termTree(index) as unknown as { atPrefix(p: string): Iterable<[string, FieldTermData]> };
  const found: { term: string; frequency: number }[] = [];
  let seen = 0;
  for (const [term] of tree.atPrefix(prefix)) {
    found.push({ term, frequency: postingCount(index, term) });
    // A two-letter prefix can start thousands of words: the first few hundred are plenty to rank.
    if (++seen >= 400) break;
  }
  return found
    .sort((a, b) => b.frequency - a.frequency || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit)
    .map((f) => f.term);
}

/**
 * Runs `work` with the index's typo lookups remembered. One query may look up the same word
 * with the same number of edits several times (the strict pass, "did you mean", the looser
 * pass), and someone typing asks again at every key for the words already typed ("protein f",
 * "protein fo"…): walking the term tree for one or two edits is the costly part of those
 * keystrokes. The last `REMEMBERED_LOOKUPS` lookups are kept with the index, and forgotten
 * if its records change. Each caller gets its own copy of the answer (MiniSearch edits the
 * one it gets). The index is left as it was, even if `work` throws.
 */
export function withTypoLookupsRemembered<T, R>(index: MiniSearch<T>, work: () => R): R {
  const tree = termTree(index) as TermTree & { fuzzyGet: TermTree['fuzzyGet'] };
  if (Object.prototype.hasOwnProperty.call(tree, 'fuzzyGet')) return work();
  const original = tree.fuzzyGet;
  const remembered = rememberedLookups(index);
  tree.fuzzyGet = (term: string, maxDistance: number) => {
    const key = `${maxDistance}\u0001${term}`;
    let found = remembered.get(key);
    if (found) remembered.delete(key);
    else found = original.call(tree, term, maxDistance);
    // Newest last: the first key is the one asked for longest ago.
    remembered.set(key, found);
    if (remembered.size > REMEMBERED_LOOKUPS) remembered.delete(remembered.keys().next().value as string);
    return new Map(found);
  };
  try {
    return work();
  } finally {
    delete (tree as Partial<TermTree>).fuzzyGet;
  }
}

/** Typo lookups kept per index: the words of the last few questions, several edits each. */
const REMEMBERED_LOOKUPS = 64;

type Lookups = Map<string, Map<string, [FieldTermData, number]>>;
const lookupsByIndex = new WeakMap<object, { version: string; lookups: Lookups }>();

/** The index's remembered lookups; none after a record was added or removed (its terms' data changed). */
function rememberedLookups<T>(index: MiniSearch<T>): Lookups {
  // Counters MiniSearch moves on every add and discard (termCount would count the whole tree again).
  const { _nextId, _dirtCount } = index as unknown as { _nextId: number; _dirtCount: number };
  const version = `${index.documentCount}/${_nextId}/${_dirtCount}`;
  let kept = lookupsByIndex.get(index);
  if (kept?.version !== version) lookupsByIndex.set(index, (kept = { version, lookups: new Map() }));
  return kept.lookups;
}

/**
 * Decodes every term's postings ahead of use, one term per step: the shipped
 * index decodes a term when a query first touches it (compact-index.ts), so a
 * fresh archive's first queries pay for it unless this ran first. Yields after
 * each term, so a caller can stop between any two; answers are unchanged.
 * @example for (const _ of decodeEveryTerm(index)) if (timeIsUp()) break;
 */
export function* decodeEveryTerm<T>(index: MiniSearch<T>): Generator<void, void, undefined> {
  const tree = termTree(index) as unknown as { values(): Iterable<FieldTermData> };
  // Reading the size of a term's data decodes all of its fields (an ordinary Map has it already).
  for (const data of tree.values()) {
    void data.size;
    yield;
  }
}
