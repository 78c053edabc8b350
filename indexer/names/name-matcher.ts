/**
 * Finds the archive's people in a page's text. Pure: takes strings, returns offsets.
 * Build once from the name dictionary, then `find` on each text chunk (a text node).
 */
import type { NameEntry } from '../bundle-format.ts';
import { foldName } from '../people/person-key.ts';
import { COMMA, nameForms, PARTICLES, type FormStrength } from './name-forms.ts';
import { CAPITALS, HYPHENS, LETTERS } from './name-letters.ts';
import { COMMON_WORDS } from './common-words.ts';

export { mayHoldName } from './name-letters.ts';

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
 * One middle initial, with or without its period, may stand inside a name the archive writes
 * without one ("Ryan J. Tibshirani", "Ryan J Tibshirani"). A name that is part of something longer is none: joined to another
 * name by a hyphen or an apostrophe, ending a run of initials, or in an address (see
 * `partOfMore`); nor is one that takes the word "A" or "I" for an initial ("Building A Python"),
 * nor initials that follow a given name the archive knows ("Philip S. Thomas").
 * A form two people share at the same strength matches no one. Never throws.
 *
 * @example buildNameMatcher(entries).find('Talk by T. Hartvigsen.') // [{ start: 8, end: 21, key: 'tom hartvigsen' }]
 */
export function buildNameMatcher(entries: readonly Pick<NameEntry, 'key' | 'name' | 'variants'>[]): NameMatcher {
  return loadNameMatcher(nameFormRows(entries));
}

/** One spelling of one person, ready to load: the key, the form's strength, its tokens joined by spaces. */
export type NameFormRow = [key: string, strength: FormStrength, tokens: string];

/**
 * Every form of every entry (see `nameForms`), as rows a matcher loads quickly: the costly
 * part of building one (folding and expanding names) done once.
 *
 * @example nameFormRows([tom])[0] // ['tom hartvigsen', 2, 'tom hartvigsen']
 */
export function nameFormRows(entries: readonly Pick<NameEntry, 'key' | 'name' | 'variants'>[]): NameFormRow[] {
  return entries.flatMap((e) => nameForms(e).map((f): NameFormRow => [e.key, f.strength, f.tokens.join(' ')]));
}

/** The matcher for rows made by `nameFormRows`; `buildNameMatcher(e)` is `loadNameMatcher(nameFormRows(e))`. */
export function loadNameMatcher(rows: readonly NameFormRow[]): NameMatcher {
  const loader = nameMatcherLoader();
  loader.add(rows);
  return loader.matcher();
}

/**
 * `loadNameMatcher` in steps, so many names can be loaded a slice at a time: `add` rows as
 * often as needed, then take the `matcher()`.
 */
export function nameMatcherLoader(): { add(rows: readonly NameFormRow[]): void; matcher(): NameMatcher } {
  const root: TrieNode = { next: new Map() };
  const words = asciiWords();
  return {
    add(rows) {
      for (const row of rows) {
        if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[2] !== 'string') continue;
        const [key, strength] = row;
        let node = root;
        for (const t of row[2].split(' ')) {
          let child = node.next.get(t);
          if (!child) {
            node.next.set(t, (child = { next: new Map() }));
            addAsciiWord(words, t);
          }
          node = child;
        }
        if (node.key === undefined || (node.strength ?? 0) < strength) {
          node.key = key;
          node.strength = strength;
        } else if (node.strength === strength && node.key !== key) {
          node.key = null;
        }
      }
    },
    matcher() {
      const starts = asciiStarts(root);
      const given = givenNames(root);
      return { find: (text) => findNames(root, starts, words, given, text) };
    },
  };
}

/**
 * Every plain-ASCII token of the names (and the surname particles), by a hash of its letters:
 * a page's words are looked up by the hash computed as they are read, so the many capitalised
 * words that are no one's name ("The", "University") cost no string and no fold.
 */
type AsciiWords = Map<number, string[]>;

const HASH_MASK = 0x3fffffff;

function asciiWords(): AsciiWords {
  const words: AsciiWords = new Map();
  for (const p of PARTICLES) addAsciiWord(words, p);
  return words;
}

function addAsciiWord(words: AsciiWords, token: string): void {
  let hash = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 97 || c > 122) return;
    hash = (Math.imul(hash, 31) + c) & HASH_MASK;
  }
  const list = words.get(hash);
  if (!list) words.set(hash, [token]);
  else if (!list.includes(token)) list.push(token);
}

/**
 * The token the ASCII word text[start, end) spells in any case (its `fold`), when the names
 * use it; `hash` is of its lower-case letters, as `addAsciiWord` computes it.
 */
function asciiToken(words: AsciiWords, text: string, start: number, end: number, hash: number): string | undefined {
  const list = words.get(hash);
  if (list === undefined) return undefined;
  const len = end - start;
  next: for (let k = 0; k < list.length; k++) {
    const token = list[k]!;
    if (token.length !== len) continue;
    for (let i = 0; i < len; i++) if ((text.charCodeAt(start + i) | 32) !== token.charCodeAt(i)) continue next;
    return token;
  }
  return undefined;
}

/**
 * Which plain-ASCII words may start a name, by their first three letters (or the whole word
 * when shorter): a cheap test that lets most of a page's capitalised words ("The", "In",
 * "University") go without building a string or looking anything up.
 */
interface AsciiStarts {
  one: Uint8Array;
  two: Uint8Array;
  three: Uint8Array;
}

function asciiStarts(root: TrieNode): AsciiStarts {
  const starts: AsciiStarts = { one: new Uint8Array(26), two: new Uint8Array(26 * 26), three: new Uint8Array(26 * 26 * 26) };
  for (const token of root.next.keys()) {
    if (!/^[a-z]+$/.test(token)) continue;
    const [a, b, c] = [0, 1, 2].map((i) => token.charCodeAt(i) - 97) as [number, number, number];
    if (token.length === 1) starts.one[a] = 1;
    else if (token.length === 2) starts.two[a * 26 + b] = 1;
    else starts.three[(a * 26 + b) * 26 + c] = 1;
  }
  return starts;
}

/** Index of a code of A-Z or a-z in the alphabet, or -1. */
function alpha(code: number): number {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

/**
 * Whether the word text[start, end) may start a name; `true` for any word not plain ASCII in
 * its first three letters (checked in full by the caller).
 */
function mayStart(starts: AsciiStarts, text: string, start: number, end: number): boolean {
  const a = alpha(text.charCodeAt(start));
  if (a < 0) return true;
  const len = end - start;
  if (len === 1) return starts.one[a] === 1;
  const b = alpha(text.charCodeAt(start + 1));
  if (b < 0) return true;
  if (len === 2) return starts.two[a * 26 + b] === 1;
  const c = alpha(text.charCodeAt(start + 2));
  return c < 0 || starts.three[(a * 26 + b) * 26 + c] === 1;
}

const L = LETTERS;
const U = CAPITALS;
// A word that may be capitalised (Latin Extended mixes cases in one range: `fold` decides).
const WORD = new RegExp(`[${U}][${L}]*`, 'g');
// The next such word within a short gap, read only where a name may continue.
const NEXT = new RegExp(`[^${U}]{0,16}?([${U}][${L}]*)`, 'y');

const GAP_AFTER_INITIAL = new RegExp(`^\\.?(?:[ \\t\\u00a0]|\\r?\\n)?[ \\t\\u00a0]*$|^\\.?[${HYPHENS}]$|^['’]$`);
const GAP_AFTER_WORD = new RegExp(`^(?:[ \\t\\u00a0]+|\\r?\\n[ \\t\\u00a0]*|[${HYPHENS}]|['’])$`);
const HYPHEN = new RegExp(`^[${HYPHENS}]$`);
const isHyphen = (c: string | undefined) => c !== undefined && HYPHEN.test(c);
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

/**
 * The words that start a name written given name first ("tom" of "tom hartvigsen"), not
 * only as a surname before its comma: the archive's given names.
 */
function givenNames(root: TrieNode): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [token, child] of root.next) if (token.length > 1 && [...child.next.keys()].some((k) => k !== COMMA)) out.add(token);
  return out;
}

function findNames(
  root: TrieNode,
  starts: AsciiStarts,
  words: AsciiWords,
  given: ReadonlySet<string>,
  text: string,
): NameMatch[] {
  const out: NameMatch[] = [];
  if (typeof text !== 'string' || text.length < 3) return out;
  // Most capitalised words start no name: only those that may are looked up, and only those
  // that do are followed further. `test` finds a word without building its string.
  WORD.lastIndex = 0;
  while (WORD.test(text)) {
    const end = WORD.lastIndex;
    const start = wordStart(text, end);
    if (start < 0 || !mayStart(starts, text, start, end)) continue;
    // A plain-ASCII word (most of them) is looked up by its hash, without building a string.
    let hash = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i) | 32;
      if (c < 97 || c > 122) break;
      hash = (Math.imul(hash, 31) + c) & HASH_MASK;
    }
    let first: TrieNode | undefined;
    if (i === end) {
      const token = asciiToken(words, text, start, end, hash);
      if (token === undefined) continue;
      first = root.next.get(token);
    } else first = root.next.get(fold(text.slice(start, end)));
    if (!first) continue;
    const initial = end - start === 1;
    const found = longestFrom(text, words, first, end, initial);
    if (
      found &&
      !runsOnPastInitial(text, found.end) &&
      !isWordNotInitial(text, start, found.end) &&
      !(initial && afterGivenName(text, start, given))
    ) {
      // "Della Corte, Alessandro": the particles of a surname written first belong to the mark.
      const comma = text.indexOf(',', start);
      const from = comma >= 0 && comma < found.end ? particlesBefore(text, start, out.at(-1)?.end ?? 0) : start;
      if (partOfMore(text, from, found.end)) continue;
      out.push({ start: from, end: found.end, key: found.key });
      WORD.lastIndex = found.end;
    }
  }
  return out;
}

/**
 * Whether a name found up to `end` ends in an initial that a capitalised word follows:
 * "Jane E" in "Jane E. Doe" is the start of another person's name, not Jane E's.
 */
function runsOnPastInitial(text: string, end: number): boolean {
  if (end < 2 || !isLetterAt(text, end - 1) || isLetterAt(text, end - 2)) return false;
  let i = end;
  if (text[i] === '.') i++;
  const gap = i;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  return i > gap && isCapitalised(text[i] ?? '');
}

/**
 * Whether the initial at text[start] follows a given name the archive knows, a space
 * between: "Philip S. Thomas" is Philip's name, not the archive's S. Thomas ("Anurag K.
 * Singh", "Kameryn A. Williams").
 */
function afterGivenName(text: string, start: number, given: ReadonlySet<string>): boolean {
  const space = text.charCodeAt(start - 1);
  if (space !== 32 && space !== 0xa0) return false;
  const word = lettersBefore(text, start - 1);
  return word.length > 1 && isCapitalised(word) && given.has(fold(word));
}

/**
 * Whether a name found at text[start, end) takes the English word "A" or "I" for an
 * initial: "Building A Python Package" (one word after it), "Mathematics, A new chair" (a
 * sentence going on). "A K Jha", "A Ramachandra Rao" and "Ramdas, A," are initials.
 */
function isWordNotInitial(text: string, start: number, end: number): boolean {
  if (isBareLetterAI(text, start)) {
    let words = 0;
    for (let i = start; i < end; i++) if (isLetterAt(text, i) && !isLetterAt(text, i - 1)) words++;
    if (words === 2) return true;
  }
  return isBareLetterAI(text, end - 1) && /^[ \t\u00a0]+\p{Ll}/u.test(text.slice(end, end + 3));
}

/** Whether text[i] is "A" or "I" standing alone, with no period after it. */
function isBareLetterAI(text: string, i: number): boolean {
  const c = text[i];
  return (c === 'A' || c === 'I') && !isLetterAt(text, i - 1) && !isLetterAt(text, i + 1) && text[i + 1] !== '.';
}

/**
 * Whether the name at text[start, end) is part of something longer, and so no one's name:
 * - a name joined on by a hyphen or an apostrophe: "Jean-Roman Kossak", "Kossak-Nowak",
 *   "O'Kossak" (but not a word of the language: "co-", "d'" and "l'" before it, "-Led" or a
 *   possessive "'s" after it);
 * - a run of initials it only ends: "B.A. Mathematics", "C.-R. Yang";
 * - an address or a handle: "linkedin.com/in/Roman-Kossak", "R.Kossak@…", "kossak.com" (a
 *   slash between two names, "Tibshirani/Ramdas", is a list).
 */
function partOfMore(text: string, start: number, end: number): boolean {
  if (inAddress(text, start, end)) return true;
  const before = text[start - 1];
  if (isHyphen(before) || before === "'" || before === '’') {
    const word = lettersBefore(text, start - 1);
    // "C.-R. Yang": the initials of someone else's name.
    if (!word) return text[start - 2] === '.';
    if (isCapitalised(word) && (word.length === 1 || !COMMON_WORDS.has(word.toLowerCase()))) return true;
  }
  // After "B." with no space: the name's first word is the next initial of someone else's.
  if (before === '.' && isLetterAt(text, start - 2) && !isLetterAt(text, start - 3)) return true;
  const after = text[end];
  if (isHyphen(after)) {
    const word = lettersAfter(text, end + 1);
    return isCapitalised(word) && !COMMON_WORDS.has(word.toLowerCase()) && !HEADLINE_SUFFIXES.has(word.toLowerCase());
  }
  if (after === "'" || after === '’') {
    const word = lettersAfter(text, end + 1);
    return word !== '' && word !== 's' && word !== 'S';
  }
  // "kossak.com"; a capital after the period is the next sentence, its space left out.
  return after === '.' && isLetterAt(text, end + 1) && !isCapitalised(text[end + 1]!);
}

/** Words written after a name and a hyphen in title case, beside COMMON_WORDS ("led" of "Igor Pak-Led Team"). */
const HEADLINE_SUFFIXES: ReadonlySet<string> = new Set([
  'inspired',
  'based',
  'style',
  'funded',
  'backed',
  'era',
  'award',
  'prize',
  'winning',
  'authored',
  'edited',
  'hosted',
  'organized',
  'organised',
]);

/** Whether text[start, end) lies in a web address, an e-mail address or a handle. */
function inAddress(text: string, start: number, end: number): boolean {
  const b = text[start - 1];
  const a = text[end];
  if (b === '@' || a === '@' || b === '_' || a === '_' || b === '\\' || a === '\\') return true;
  if (b !== '/' && a !== '/') return false;
  // The whole run of text without spaces around the name.
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const run = text.slice(from, to);
  return run.includes('://') || /^www\./i.test(run) || /\.[a-z]{2,}\//i.test(run);
}

function lettersBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isLetterAt(text, i - 1)) i--;
  return text.slice(i, end);
}

function lettersAfter(text: string, start: number): string {
  let i = start;
  while (i < text.length && isLetterAt(text, i)) i++;
  return text.slice(start, i);
}

function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}

// Letters and marks below U+2000 (where the scripts with capitals are), for walking back to
// the start of a word the regex found.
const IS_LETTER = new Uint8Array(0x2000);
{
  const letter = new RegExp(`[${L}]`);
  for (let c = 0; c < IS_LETTER.length; c++) IS_LETTER[c] = letter.test(String.fromCharCode(c)) ? 1 : 0;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x2000 && IS_LETTER[c] === 1;
}

/**
 * Start of the word `WORD` just matched, ending at `end`; -1 when that match began at a
 * capital inside a longer word ("iPhone"): only whole words can be names.
 */
function wordStart(text: string, end: number): number {
  let i = end - 1;
  while (i > 0 && isLetterAt(text, i - 1)) i--;
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return -1;
  if (c < 0x80) return i;
  const head = text[i]!;
  return head !== head.toLowerCase() || head === head.toUpperCase() ? i : -1;
}

/**
 * Where the surname particles written just before `start` begin ("Van Gogh" from "Gogh"): up
 * to two words, each a particle and a single space apart, none before `floor`; else `start`.
 */
function particlesBefore(text: string, start: number, floor: number): number {
  let from = start;
  for (let n = 0; n < 2; n++) {
    const space = from - 1;
    if (space - 1 < floor || (text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 0xa0)) break;
    let i = space;
    while (i > floor && isLetterAt(text, i - 1)) i--;
    // No word, or one that runs on before `floor` (into the name found before).
    if (i === space || (i > 0 && isLetterAt(text, i - 1))) break;
    if (!PARTICLES.has(text.slice(i, space).toLowerCase())) break;
    from = i;
  }
  return from;
}

/** The longest name continuing from `node`, whose last word ends at `end`. */
function longestFrom(
  text: string,
  words: AsciiWords,
  start: TrieNode,
  end: number,
  initial: boolean,
): { end: number; key: string } | undefined {
  // `tokens`: how many of the tokens after a skipped initial it took.
  let best: { end: number; key: string; tokens: number } | undefined;
  let node: TrieNode | undefined = start;
  let pos = end;
  // "Ryan J. Tibshirani" is Ryan Tibshirani: one middle initial, with its period or without,
  // may stand between a given name written out and the rest of a form. The given name's node where it
  // was skipped, and the tokens read after it.
  let middleInitial = !initial;
  let skipped: TrieNode | undefined;
  let after: string[] = NO_TOKENS;
  while (node) {
    const mayskipInitial = middleInitial;
    middleInitial = false;
    if (node.key) best = { end: pos, key: node.key, tokens: skipped ? after.length : 0 };
    if (node.next.size === 0) break;
    // The common case, one space and the next word: no regex needed.
    if (text.charCodeAt(pos) === 32) {
      const c = text.charCodeAt(pos + 1);
      if (c >= 65 && c <= 90) {
        let e = pos + 2;
        let hash = c | 32;
        let ascii = true;
        while (e < text.length) {
          const d = text.charCodeAt(e);
          if (d >= 0x2000 || IS_LETTER[d] !== 1) break;
          const l = d | 32;
          if (l < 97 || l > 122) ascii = false;
          else hash = (Math.imul(hash, 31) + l) & HASH_MASK;
          e++;
        }
        const f = ascii ? asciiToken(words, text, pos + 1, e, hash) : fold(text.slice(pos + 1, e));
        // With its period or without ("Ryan J Tibshirani"), a space and the next word after it.
        const period = text.charCodeAt(e) === 46 ? 1 : 0;
        const space = text.charCodeAt(e + period);
        if (
          mayskipInitial &&
          e - pos === 2 &&
          (space === 32 || space === 0xa0) &&
          (period || isCapitalised(text[e + 1] ?? '')) &&
          !node.next.has(f ?? '')
        ) {
          skipped = node;
          after = [];
          pos = e + period;
          continue;
        }
        // A plain word no name uses, not even as a particle: the name ends before it.
        if (f === undefined) break;
        if (!PARTICLES.has(f) || node.next.has(f)) {
          node = node.next.get(f);
          if (skipped) after.push(f);
          initial = e - pos - 1 === 1;
          pos = e;
          continue;
        }
      }
    }
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
      // Unless a form goes on with it, straight or after a comma ("Luo, Di": Di is a given name).
      if (skips < 2 && PARTICLES.has(f) && !node.next.has(f) && !node.next.get(COMMA)?.next.has(f)) continue;
      word = m[1]!;
      break;
    }
    if (word === undefined) break;
    const gap = text.slice(gapStart, pos - word.length);
    if (gap.length > 24) break;
    if (GAP_COMMA.test(gap) && (!initial || gap[0] === '.')) {
      node = node.next.get(COMMA)?.next.get(f);
      if (skipped) after.push(COMMA, f);
    } else if (isNameGap(gap, initial)) {
      node = node.next.get(f);
      if (skipped) after.push(f);
    } else break;
    initial = word.length === 1;
  }
  // Not for someone the archive writes with another middle initial: "Kameryn A. Williams" is
  // not Kameryn J. Williams.
  if (best && skipped && writtenWithAnInitial(skipped, after.slice(0, best.tokens), best.key)) return undefined;
  return best && { end: best.end, key: best.key };
}
/** Read-only: `after` until a skip gives it an array of its own. */
const NO_TOKENS: string[] = [];

/** Whether `key`'s forms go from `given` through an initial, then `rest`, to them. */
function writtenWithAnInitial(given: TrieNode, rest: readonly string[], key: string): boolean {
  for (const [token, child] of given.next) {
    if (token.length !== 1 || token === COMMA) continue;
    let node: TrieNode | undefined = child;
    for (const t of rest) node = node?.next.get(t);
    if (node?.key === key) return true;
  }
  return false;
}

function isNameGap(gap: string, afterInitial: boolean): boolean {
  if (afterInitial ? GAP_AFTER_INITIAL.test(gap) && gap !== '' : GAP_AFTER_WORD.test(gap)) return true;
  // "Vincent van Gogh": lower-case particles between the words.
  const m = PARTICLE_GAP.exec(gap);
  return (
    !!m &&
    m[1]!
      .trim()
      .split(/[ \t\u00a0]+/)
      .every((w) => PARTICLES.has(w.toLowerCase()))
  );
}
