/**
 * Names found in a batch of a page's texts, as the background sends them back to the page:
 * the matching runs off the page's main thread (in the background), and the answer is small
 * and flat, so reading it costs the page next to nothing. Pure.
 */
import type { NameMatch, NameMatcher } from './name-matcher.ts';

/**
 * The names in a batch of texts: `keys` once each, and `marks` as flat quadruples
 * `[textIndex, start, end, keyIndex]`, in text order and, within a text, in `find` order.
 */
export interface TextMatches {
  keys: string[];
  marks: number[];
}

/** Most texts a page sends in one batch: a page's batches are far smaller (see scan-names.ts). */
export const MAX_TEXTS_PER_BATCH = 20_000;

/**
 * Runs `matcher` over each of `texts`. Anything that is not an array of strings (a message
 * from an older or broken page script) finds nothing; texts past `MAX_TEXTS_PER_BATCH` are
 * not looked at.
 *
 * @example matchTexts(m, ['x', 'Talk by Tom Hartvigsen']) // { keys: ['tom hartvigsen'], marks: [1, 8, 22, 0] }
 */
export function matchTexts(matcher: NameMatcher, texts: unknown): TextMatches {
  const out: TextMatches = { keys: [], marks: [] };
  if (!Array.isArray(texts)) return out;
  const keyIndex = new Map<string, number>();
  const n = Math.min(texts.length, MAX_TEXTS_PER_BATCH);
  for (let i = 0; i < n; i++) {
    const text: unknown = texts[i];
    if (typeof text !== 'string') continue;
    for (const m of matcher.find(text)) {
      let k = keyIndex.get(m.key);
      if (k === undefined) {
        keyIndex.set(m.key, (k = out.keys.length));
        out.keys.push(m.key);
      }
      out.marks.push(i, m.start, m.end, k);
    }
  }
  return out;
}

/**
 * The matches of each of `count` texts, back from a `TextMatches` answer: `undefined` for a
 * text with none (most of a page's), so reading a large page's answer allocates next to
 * nothing. Marks that do not fit (an answer for other texts, a damaged message) are dropped,
 * never thrown on.
 *
 * @example readTextMatches({ keys: ['tom hartvigsen'], marks: [1, 8, 22, 0] }, 2)[1] // [{ start: 8, end: 22, key: 'tom hartvigsen' }]
 */
export function readTextMatches(answer: unknown, count: number): (NameMatch[] | undefined)[] {
  const out: (NameMatch[] | undefined)[] = new Array<NameMatch[] | undefined>(Math.max(0, count | 0));
  const a = answer as Partial<TextMatches> | null | undefined;
  if (!a || !Array.isArray(a.keys) || !Array.isArray(a.marks)) return out;
  const { keys, marks } = a;
  for (let i = 0; i + 3 < marks.length; i += 4) {
    const [text, start, end, k] = [marks[i], marks[i + 1], marks[i + 2], marks[i + 3]];
    const key = typeof k === 'number' ? keys[k] : undefined;
    if (!Number.isInteger(text) || (text as number) < 0 || (text as number) >= out.length) continue;
    if (typeof key !== 'string' || typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && end > start)) continue;
    (out[text as number] ??= []).push({ start, end, key });
  }
  return out;
}
