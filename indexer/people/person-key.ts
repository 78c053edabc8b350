/**
 * The identity key of a person's name: the same person written "Erdős, Paul",
 * "Paul Erdos" or "Prof. Paul Erdős" gets the same key, `paul erdos`.
 *
 * Contract: lower case; accents and other marks folded away (NFKD, then marks
 * dropped; ß→ss, ø→o, ł→l, đ→d, æ→ae, œ→oe); "Last, First" turned to given name
 * first; honorifics (Dr, Prof, Mr, Ms, Mrs) dropped; punctuation other than
 * letters, digits, spaces and hyphens dropped; hyphens and runs of spaces
 * become one space. Returns '' when nothing is left.
 *
 * @example personKey('Hartvigsen, Tom') === 'tom hartvigsen'
 * @example personKey('Prof. Pál Erdős') === 'pal erdos'
 */
import { HYPHENS } from '../names/name-letters.ts';
export function personKey(name: string): string {
  // `personKeyWords(name).flat().join(' ')` by a shorter way: keys are made for every name
  // of every record, three times faster so (tests/unit/person-key.test.ts holds them equal).
  return lastNameLast(name)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !HONORIFICS.has(w))
    .join(' ');
}

/**
 * The tokens of `personKey(name)`, by the written word each came from: the parts of a
 * hyphenated or apostrophed word stay together, as one surname or given name
 * ("Waudby-Smith", "D'Inverno", "Jean-Pierre"). Flattened, they are the key's tokens.
 *
 * @example personKeyWords('Ian Waudby-Smith') → [['ian'], ['waudby', 'smith']]
 */
export function personKeyWords(name: string): string[][] {
  return lastNameLast(name)
    .replace(NOT_IN_A_WORD, ' ')
    .split(/\s+/)
    .map((w) => w.split(JOINS_A_WORD).filter((t) => t && !HONORIFICS.has(t)))
    .filter((w) => w.length > 0);
}

// Any hyphen the matcher reads as one (`HYPHENS`) joins a word's parts, as "-" does.
const NOT_IN_A_WORD = new RegExp(`[^\\p{L}\\p{N}\\s'’${HYPHENS}]`, 'gu');
const JOINS_A_WORD = new RegExp(`['’${HYPHENS}]+`, 'u');

/** `name` folded, in lower case, given names first. */
function lastNameLast(name: string): string {
  const s = foldName(name).toLowerCase();
  const comma = s.indexOf(',');
  // "Last, First" — but not "Name, University" lists: only when both sides are short names.
  if (comma > 0 && s.indexOf(',', comma + 1) < 0) {
    const last = s.slice(0, comma).trim();
    const first = s.slice(comma + 1).trim();
    if (first && last && words(last) <= 3 && words(first) <= 3 && !/\d/.test(s)) return `${first} ${last}`;
  }
  return s;
}

/** Folds accents and ligatures; keeps case. `foldName('Łukasz Æby')` → `Lukasz AEby`. */
export function foldName(s: string): string {
  // Most names are ASCII, which folds to itself. Skipping NFKD for them matters where every
  // name of the archive is folded at once: the index of the popup's people suggestions.
  if (isAscii(s)) return s;
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøØłŁđĐæÆœŒıİ]/g, (c) => FOLD[c] ?? c);
}

/** Whether `s` is ASCII only: most names are, and take shorter ways. */
export function isAscii(s: string): boolean {
  return !NOT_ASCII.test(s);
}

const NOT_ASCII = /[^\0-\x7f]/;

const FOLD: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  İ: 'I',
};

const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'ms', 'mrs', 'sir', 'dame']);

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
