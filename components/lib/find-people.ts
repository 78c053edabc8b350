/**
 * The archive's people whose names match what is being typed: every word typed
 * starts a word of their name (accents and case ignored), so "ghas" and
 * "m ghassemi" both find Marzyeh Ghassemi. Most talks first. Pure.
 */
import type { NameEntry } from '../../indexer/bundle-format.ts';
import { foldName, isAscii } from '../../indexer/people/person-key.ts';

export interface PersonMatch {
  key: string;
  name: string;
  talks: number;
  affiliation?: string;
}

/** Words of a name, folded: built once per archive. */
export type NameIndex = { entry: NameEntry; words: string[] }[];

export function indexNames(names: readonly NameEntry[]): NameIndex {
  return names.map((entry) => ({ entry, words: [...new Set([entry.name, ...entry.variants].flatMap(wordsOf))] }));
}

/**
 * `index` may be given as the function that builds it: a query too short to look for anyone
 * then never builds it.
 *
 * @example findPeople(indexNames(names), 'ghas') → [{ key: 'marzyeh ghassemi', name: 'Marzyeh Ghassemi', talks: 1 }]
 */
export function findPeople(index: NameIndex | (() => NameIndex), query: string, limit = 4): PersonMatch[] {
  const typed = wordsOf(query);
  // Two letters name half the archive: wait for a third (and for the index, when it is built on first use).
  if (typed.join('').length < 3) return [];
  const found = (typeof index === 'function' ? index() : index).filter(({ words }) =>
    typed.every((t) => words.some((w) => w.startsWith(t))),
  );
  return found
    .sort(
      (a, b) =>
        b.entry.talks - a.entry.talks ||
        b.entry.records.length - a.entry.records.length ||
        a.entry.name.localeCompare(b.entry.name),
    )
    .slice(0, limit)
    .map(({ entry }) => ({
      key: entry.key,
      name: entry.name,
      talks: entry.talks,
      ...(entry.affiliation ? { affiliation: entry.affiliation } : {}),
    }));
}

function wordsOf(text: string): string[] {
  const folded = foldName(text).toLowerCase();
  // An ASCII name (most are) is split without asking Unicode which characters are letters.
  return folded.split(isAscii(folded) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter(Boolean);
}
