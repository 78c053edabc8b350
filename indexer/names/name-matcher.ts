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

// A capitalised word (letters and combining marks), the only tokens a name is made of.
const WORD = /\p{Lu}[\p{L}\p{M}]*/gu;
const GAP_AFTER_INITIAL = /^\.?(?:[ \t\u00a0]|\r?\n)?[ \t\u00a0]*$|^\.?-$|^['’]$/;
const GAP_AFTER_WORD = /^(?:[ \t\u00a0]+|\r?\n[ \t\u00a0]*|-|['’])$/;
const GAP_COMMA = /^\.?[ \t\u00a0]*,[ \t\u00a0]*$/;
const PARTICLE_GAP = /^\.?[ \t\u00a0]+((?:\p{L}+[ \t\u00a0]+){1,2})$/u;
const ASCII_WORD = /^[A-Za-z]+$/;

interface Token {
  start: number;
  end: number;
  folded: string;
}

function findNames(root: TrieNode, text: string): NameMatch[] {
  const out: NameMatch[] = [];
  if (typeof text !== 'string' || text.length < 3) return out;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const folded = ASCII_WORD.test(word) ? word.toLowerCase() : foldName(word).toLowerCase();
    tokens.push({ start: m.index, end: m.index + word.length, folded });
  }
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(root, text, tokens, i);
    if (found) {
      out.push({ start: tokens[i]!.start, end: tokens[found.last]!.end, key: found.key });
      i = found.last + 1;
    } else i++;
  }
  return out;
}

function longestAt(root: TrieNode, text: string, tokens: Token[], first: number): { last: number; key: string } | undefined {
  let node = root.next.get(tokens[first]!.folded);
  let best: { last: number; key: string } | undefined;
  for (let i = first; node; ) {
    if (node.key) best = { last: i, key: node.key };
    const here = tokens[i]!;
    let j = i + 1;
    // Particles ("van", "de") are written between a name's words but not part of its forms.
    while (j < i + 3 && tokens[j] && PARTICLES.has(tokens[j]!.folded) && !node.next.has(tokens[j]!.folded)) j++;
    if (j > i + 1 && !tokens[j]) j = i + 1;
    const after = tokens[j];
    if (!after) break;
    const gap = text.slice(here.end, after.start);
    if (gap.length > 16) break;
    if (GAP_COMMA.test(gap) && (here.end - here.start > 1 || gap[0] === '.')) {
      node = node.next.get(COMMA)?.next.get(after.folded);
    } else if (isNameGap(gap, here.end - here.start === 1)) {
      node = node.next.get(after.folded);
    } else break;
    i = j;
  }
  return best;
}

function isNameGap(gap: string, afterInitial: boolean): boolean {
  if (afterInitial ? GAP_AFTER_INITIAL.test(gap) && gap !== '' : GAP_AFTER_WORD.test(gap)) return true;
  // "Vincent van Gogh": lower-case particles between the words.
  const m = PARTICLE_GAP.exec(gap);
  return !!m && m[1]!.trim().split(/[ \t\u00a0]+/).every((w) => PARTICLES.has(w.toLowerCase()));
}
