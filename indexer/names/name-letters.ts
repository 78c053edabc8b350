/**
 * The letters names are made of, and the cheap test a page runs on its texts before sending
 * any away. Kept apart from the matcher so that the page's script carries only this. Pure.
 */

/**
 * Letters of the scripts with capitals (Latin with its extensions, Greek, Cyrillic) and
 * combining marks, as ranges for a character class: a page's every word passes through these,
 * and explicit ranges run several times faster than Unicode property classes.
 */
export const LETTERS =
  'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';

/**
 * The hyphens a name may be written with, for a character class: the ASCII one, U+2010 and the
 * non-breaking U+2011 ("Waudby‐Smith").
 */
export const HYPHENS = '\\-\\u2010\\u2011';

/** The capitals among `LETTERS` (Latin Extended mixes cases in one range: the matcher's fold decides). */
export const CAPITALS = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0386-\\u03AB\\u0400-\\u042F\\u1E00-\\u1EFF';

// Two capitals, anywhere: every name the matcher can find has at least two words that start with one.
const TWO_CAPITALS = new RegExp(`[${CAPITALS}][^]*?[${CAPITALS}]`);

/**
 * Whether `text` may hold a name the matcher would find: false only when it cannot (fewer
 * than two capitals), so a page can leave most of its short texts out without asking anyone.
 *
 * @example mayHoldName('2024-05-20') // false
 */
export function mayHoldName(text: string): boolean {
  return TWO_CAPITALS.test(text);
}
