/**
 * Names split across elements: "<b>Tom</b> Hartvigsen", "<span class=given>Tom</span>
 * <span class=family>Hartvigsen</span>". Two text nodes are read as one text when only inline
 * formatting elements and a little whitespace stand between them. Pure DOM: tag names only, no
 * layout is read.
 */

/** Elements that sit inside a line of text without breaking it, by `localName`. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'dfn',
  'em',
  'font',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'time',
  'u',
]);

// `localName` is lower case for HTML in any document, and needs no upper-casing: this runs
// for most texts of a page.
const isInline = (n: Node): boolean => n.nodeType === 1 && INLINE_TAGS.has((n as Element).localName);

/**
 * The element holding the line `text` is on: its nearest ancestor that is not an inline
 * element (see `INLINE_TAGS`), or `undefined` when that is `root` itself (a page's body with
 * its text directly in it is no line, and reading all of it again for one edit costs too
 * much). A name may run across that line's inline elements, so an edit to one part of it
 * is read again with the rest of the line.
 */
export function lineOf(text: Text, root: Node): Element | undefined {
  let el = text.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el && el !== root && root.contains(el) ? el : undefined;
}

/** Whitespace between the parts of one name, at most (a space, a line break and an indent). */
const MAX_GAP = 24;

/**
 * Whether the text `next` may carry on a name that `before` ends with: `before` ends with a
 * capitalised word or an initial (a comma or period after it, and spaces, aside), and `next`
 * starts with a capital, is the comma or period between two parts ("Hartvigsen" "," "Tom"), or
 * is a comma and a capitalised word (", Tom").
 * A cheap test on the strings, made before anything is asked of the page: most texts end
 * with a lower-case word, and are never joined to the next.
 */
export function mayContinueName(before: string, next: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isSpace(before.charCodeAt(i))) i--;
  const punctuated = i >= 0 && (before.charCodeAt(i) === COMMA || before.charCodeAt(i) === PERIOD);
  if (punctuated) i--;
  // Back over the last word to its first letter. Called for nearly every text of a page,
  // so letters are told by their codes: no string is made for a character.
  // A word longer than any name's (a paragraph of a script written without spaces) is none.
  let first = -1;
  const stop = i - MAX_WORD;
  while (i >= 0 && i > stop && letterCase(before.charCodeAt(i)) !== NOT_A_LETTER) first = i--;
  if (i === stop) return false;
  if (first < 0 || letterCase(before.charCodeAt(first)) !== UPPER) return false;
  let j = 0;
  while (j < next.length && isSpace(next.charCodeAt(j))) j++;
  if (j === next.length) return false;
  const head = next.charCodeAt(j);
  if (letterCase(head) === UPPER) return true;
  if (punctuated) return false;
  if (head === COMMA || head === PERIOD) {
    // The comma or period alone ("Hartvigsen" "," "Tom"), or a comma and the given name
    // ("<a>Della Corte</a>, Alessandro").
    let k = j + 1;
    while (k < next.length && isSpace(next.charCodeAt(k))) k++;
    return k === next.length || (head === COMMA && k > j + 1 && letterCase(next.charCodeAt(k)) === UPPER);
  }
  return false;
}

const COMMA = 44;
const PERIOD = 46;
const NOT_A_LETTER = 0;
const LOWER = 1;
const UPPER = 2;

/**
 * Whether a UTF-16 code unit is a letter, and of which case. A letter is whatever changes
 * under upper- or lower-casing, as in the archive's names; caseless scripts and surrogate
 * halves count as no letter.
 */
function letterCase(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : NOT_A_LETTER;
  // Worked out once per character: a page has a few hundred letters outside ASCII at most.
  let known = CASES.get(c);
  if (known === undefined) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    known = lower === ch.toUpperCase() ? NOT_A_LETTER : ch === lower ? LOWER : UPPER;
    if (CASES.size < 4096) CASES.set(c, known);
  }
  return known;
}

const CASES = new Map<number, number>();
/** Letters in a word that may be part of a name, at most. */
const MAX_WORD = 40;

/** Whether a text is only whitespace (read up to its first other character). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * The text between `a` and `b` when `b` follows `a` with only inline elements (see
 * `INLINE_TAGS`) and whitespace text between them, as it would read on the line; `undefined`
 * when anything else stands between (a block, a line break, an image, other text).
 */
export function inlineGap(a: Text, b: Text): string | undefined {
  let gap = '';
  let x: Node = a;
  for (let steps = 0; steps < 16; steps++) {
    // Up, out of inline elements that end here.
    while (!x.nextSibling) {
      const p = x.parentNode;
      if (!p || !isInline(p)) return undefined;
      x = p;
    }
    let n: Node = x.nextSibling!;
    // Down, into inline elements that start here.
    while (isInline(n) && n.firstChild) n = n.firstChild;
    if (n === b) return gap;
    if (isInline(n) || n.nodeType === 8) {
      // An empty inline element, or a comment: nothing on the line.
      x = n;
      continue;
    }
    if (n.nodeType !== 3) return undefined;
    const data = (n as Text).data;
    if (data.trim() !== '' || (gap += data).length > MAX_GAP) return undefined;
    x = n;
  }
  return undefined;
}
