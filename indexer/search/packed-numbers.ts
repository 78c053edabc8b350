/**
 * Whole numbers written as one short JSON-safe string, and read back into an `Int32Array`.
 *
 * The search index's postings are about a million small numbers. As a JSON array they cost
 * a comma and one to four digits each, and `JSON.parse` builds a number for every one: on
 * the 32 archives that was 3.6 MB to fetch and the larger part of reading the index, paid
 * each time Chrome starts the stopped background again. Here each number is one character
 * when under 45, two under 2,025, three under 91,125; the characters are printable ASCII
 * that JSON never escapes, so the string parses as fast as the browser can copy it.
 *
 * Each number is its digits in base 45, most significant first: every digit but the last from
 * `MORE`, the last from `LAST`, so where one number ends needs no separator. A negative number
 * is `-` then its magnitude.
 */

const BASE = 45;
// Printable ASCII from `#`: no `"` or `\`, which JSON would escape, and no `-`.
const LAST = '#$%&()*+,./0123456789:;<=>?@ABCDEFGHIJKLMNOPQ';
const MORE = 'RSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~!';
const MINUS = '-';

/** Each character's digit: 0–44 ends a number, 45–89 is a leading digit (less 45), -1 a minus sign. */
const DIGIT = new Int8Array(128).fill(-2);
for (let d = 0; d < BASE; d++) {
  DIGIT[LAST.charCodeAt(d)] = d;
  DIGIT[MORE.charCodeAt(d)] = BASE + d;
}
DIGIT[MINUS.charCodeAt(0)] = -1;

/**
 * `values` (whole numbers that fit in 32 bits, signed) as one string.
 * @example packNumbers([0, 44, 45, -3]) // '#QS#-&'
 */
export function packNumbers(values: ArrayLike<number>): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff)
      throw new RangeError(`packNumbers: ${v} is not a 32-bit whole number`);
    let rest = Math.abs(v);
    let digits = LAST[rest % BASE]!;
    for (rest = Math.floor(rest / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits = MORE[rest % BASE]! + digits;
    out.push(v < 0 ? MINUS + digits : digits);
  }
  return out.join('');
}

/**
 * The numbers `packNumbers` wrote, in `text` or in its characters `from` to `to`. Throws on a
 * character it never writes, or a number cut short, naming where.
 */
export function unpackNumbers(text: string, from = 0, to = text.length): Int32Array {
  // At most one number per character; the array is cut to the count read.
  const out = new Int32Array(to - from);
  let n = 0;
  let acc = 0;
  let sign = 1;
  let open = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = c < 128 ? DIGIT[c]! : -2;
    if (d >= BASE) {
      acc = acc * BASE + (d - BASE);
      open = true;
    } else if (d >= 0) {
      out[n++] = sign * (acc * BASE + d);
      acc = 0;
      sign = 1;
      open = false;
    } else if (d === -1 && !open && sign === 1) {
      sign = -1;
      open = true;
    } else {
      throw new Error(`packed numbers: unexpected ${JSON.stringify(text[i])} at character ${i}`);
    }
  }
  if (open) throw new Error(`packed numbers: the last number is cut short at character ${to}`);
  return out.subarray(0, n);
}
