/**
 * Finds the archive's people in a page's text. Pure: takes strings, returns offsets.
 * Build once from the name dictionary, then `find` on each text chunk (a text node).
 */
import type { NameEntry } from '../bundle-format.ts';
import { foldName } from '../people/person-key.ts';
import { COMMA, nameForms, PARTICLES, type FormStrength } from './name-forms.ts';

export interface NameMatch {
  /** Offset of the first character in the text given to `find`. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** `NameEntry.key` of the person. */
  key: string;
}

export interface NameMatcher {
  find(text: string): NameMatch[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The person this path names; `null` when two people share it at the same strength. */
  key?: string | null;
  strength?: FormStrength;
}

/**
 * Builds a matcher for `entries` (see `nameForms` for the spellings each one gets).
 *
 * Contract of `find(text)`: the matches in order, never overlapping, longest first where
 * two start together. A match is a run of capitalised words (or one-letter initials, with or
 * without a period) naming one person as a whole: "Tom Hartvigsen", "T. Hartvigsen",
 * "Hartvigsen, Tom", "Tom Hártvigsen" and "TOM HARTVIGSEN" all match; "tom hartvigsen", "Tom"
 * and "Hartvigsen" alone never do. Words must be separated by spaces, a hyphen, an
 * apostrophe or a surname particle ("van"); a sentence's end ("Tom. Hartvigsen") breaks a name.
 * A form two people share at the same strength matches no one. Never throws.
 *
 * @example buildNameMatcher(entries).find('Talk by T. Hartvigsen.') // [{ start: 8, end: 21, key: 'tom hartvigsen' }]
 */
export function buildNameMatcher(entries: readonly Pick<NameEntry, 'key' | 'name' | 'variants'>[]): NameMatcher {
  const root: TrieNode = { next: new Map() };
  for (const entry of entries) {
    for (const form of nameForms(entry)) {
      let node = root;
      for (const t of form.tokens) {
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = { next: new Map() }));
        node = child;
      }
      if (node.key === undefined || (node.strength ?? 0) < form.strength) {
        node.key = entry.key;
        node.strength = form.strength;
      } else if (node.strength === form.strength && node.key !== entry.key) {
        node.key = null;
      }
    }
  }
  return { find: (text) => findNames(root, text) };
}

// Letters of the scripts with capitals (Latin with its extensions, Greek, Cyrillic) and
// combining marks, written as ranges: a page's every word passes through these, and explicit
// ranges run several times faster than Unicode property classes.
const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const U = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0386-\\u03AB\\u0400-\\u042F\\u1E00-\\u1EFF';
// A word that may be capitalised (Latin Extended mixes cases in one range: `fold` decides).
// eslint-disable-next-line no-misleading-character-class -- combining marks listed on purpose: a word goes on through them
const WORD = new RegExp(`[${U}][${L}]*`, 'g');
// The next such word within a short gap, read only where a name may continue.
// eslint-disable-next-line no-misleading-character-class -- as for WORD
const NEXT = new RegExp(`[^${U}]{0,16}?([${U}][${L}]*)`, 'y');
const GAP_AFTER_INITIAL = /^\.?(?:[ \t\u00a0]|\r?\n)?[ \t\u00a0]*$|^\.?-$|^['’]$/;
const GAP_AFTER_WORD = /^(?:[ \t\u00a0]+|\r?\n[ \t\u00a0]*|-|['’])$/;
const GAP_COMMA = /^\.?[ \t\u00a0]*,[ \t\u00a0]*$/;
const PARTICLE_GAP = /^\.?[ \t\u00a0]+((?:\p{L}+[ \t\u00a0]+){1,2})$/u;
const ASCII_WORD = /^[A-Za-z]+$/;

// Page text repeats its words: fold each spelling once.
const folded = new Map<string, string>();
function fold(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    const c = word[0]!;
    // Not capitalised (a lower-case letter of Latin Extended): a token no name can use.
    if (c > 'z' && c === c.toLowerCase()) f = '';
    else f = ASCII_WORD.test(word) ? word.toLowerCase() : foldName(word).toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

function findNames(root: TrieNode, text: string): NameMatch[] {
  const out: NameMatch[] = [];
  if (typeof text !== 'string' || text.length < 3) return out;
  // Most capitalised words start no name: only those that do are followed further.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const first = root.next.get(fold(m[0]));
    if (!first) continue;
    const found = longestFrom(text, first, m.index + m[0].length, m[0].length === 1);
    if (found) {
      out.push({ start: m.index, end: found.end, key: found.key });
      WORD.lastIndex = found.end;
    }
  }
  return out;
}

/** The longest name continuing from `node`, whose last word ends at `end`. */
function longestFrom(text: string, start: TrieNode, end: number, initial: boolean): { end: number; key: string } | undefined {
  let best: { end: number; key: string } | undefined;
  let node: TrieNode | undefined = start;
  let pos = end;
  while (node) {
    if (node.key) best = { end: pos, key: node.key };
    const gapStart = pos;
    let word: string | undefined;
    let f = '';
    // Particles ("van", "de") are written between a name's words but not part of its forms.
    for (let skips = 0; ; skips++) {
      NEXT.lastIndex = pos;
      const m = NEXT.exec(text);
      if (!m) break;
      pos = NEXT.lastIndex;
      f = fold(m[1]!);
      if (skips < 2 && PARTICLES.has(f) && !node.next.has(f)) continue;
      word = m[1]!;
      break;
    }
    if (word === undefined) break;
    const gap = text.slice(gapStart, pos - word.length);
    if (gap.length > 24) break;
    if (GAP_COMMA.test(gap) && (!initial || gap[0] === '.')) node = node.next.get(COMMA)?.next.get(f);
    else if (isNameGap(gap, initial)) node = node.next.get(f);
    else break;
    initial = word.length === 1;
  }
  return best;
}
function isNameGap(gap: string, afterInitial: boolean): boolean {
  if (afterInitial ? GAP_AFTER_INITIAL.test(gap) && gap !== '' : GAP_AFTER_WORD.test(gap)) return true;
  // "Vincent van Gogh": lower-case particles between the words.
  const m = PARTICLE_GAP.exec(gap);
  return !!m && m[1]!.trim().split(/[ \t\u00a0]+/).every((w) => PARTICLES.has(w.toLowerCase()));
}
