/**
 * A text cut into its plain parts and the web addresses written in it, for showing those as
 * links. Only http(s) addresses count; the punctuation a sentence puts after one ("see
 * https://x.org/a.", "(https://x.org/a)") is not part of it. Pure.
 */
import { safeHttpUrl } from './safe-url.ts';

export type TextPart = string | { url: string; text: string };

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/**
 * @example splitLinks('See https://zbmath.org/1466.03001.') → ['See ', { url: 'https://zbmath.org/1466.03001', text: 'https://zbmath.org/1466.03001' }, '.']
 */
export function splitLinks(text: string): TextPart[] {
  if (!text.includes('http')) return [text];
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const written = trimTrailing(m[0]);
    const url = safeHttpUrl(written);
    if (!url) continue;
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ url, text: written });
    at = m.index + written.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

// A closing bracket stays when the address opened one ("…/Set_(mathematics)").
function trimTrailing(address: string): string {
  let end = address.length;
  for (;;) {
    const c = address[end - 1];
    if (c && '.,;:!?'.includes(c)) end--;
    else if (c && ')]}'.includes(c) && count(address.slice(0, end), c) > count(address.slice(0, end), OPEN[c]!)) end--;
    else return address.slice(0, end);
  }
}

const OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const count = (s: string, c: string) => s.split(c).length - 1;
