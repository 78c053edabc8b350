/**
 * Finds the matched words again in stored text (MiniSearch keeps no positions)
 * and cuts a short excerpt around them.
 */
import type { TalkRecord } from '../record.ts';
import { normalizeTerm } from '../search-options.ts';
import type { MarkedText } from './search-archive.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Excerpts are about this many characters, cut at word boundaries. */
export const EXCERPT_LENGTH = 200;
/** Only the start of a very long body is scanned for matches. */
const SCAN_LIMIT = 60_000;
const EXCERPT_FIELDS = ['summary', 'abstract', 'body', 'bio'] as const;

/**
 * Cuts `text` into runs, marking each word whose index form is in `terms`.
 * The runs joined give back `text` exactly.
 * @example markText('Towards ML in Healthcare', new Set(['healthcare']))
 *   // [{ text: 'Towards ML in ', marked: false }, { text: 'Healthcare', marked: true }]
 */
export function markText(text: string, terms: ReadonlySet<string>): MarkedText {
  const runs: MarkedText = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const term = normalizeTerm(m[0]);
    if (!term || !terms.has(term)) continue;
    const start = m.index;
    if (start > last) pushRun(runs, text.slice(last, start), false);
    pushRun(runs, m[0], true);
    last = start + m[0].length;
  }
  if (last < text.length || runs.length === 0) pushRun(runs, text.slice(last), false);
  return runs;
}

function pushRun(runs: MarkedText, text: string, marked: boolean): void {
  const previous = runs[runs.length - 1];
  if (previous && previous.marked === marked) previous.text += text;
  else runs.push({ text, marked });
}

/**
 * A passage of the record's summary, abstract, body or bio around the most
 * distinct matched words, whitespace collapsed, `…` where it was cut.
 * Without any match there, the start of the first non-empty of those fields.
 */
export function makeExcerpt(record: TalkRecord, terms: ReadonlySet<string>, length = EXCERPT_LENGTH): MarkedText {
  let best: { text: string; start: number; distinct: number; count: number } | undefined;
  for (const field of EXCERPT_FIELDS) {
    const text = record[field];
    if (!text) continue;
    const window = bestWindow(text, terms, length);
    if (
      window &&
      (!best || window.distinct > best.distinct || (window.distinct === best.distinct && window.count > best.count))
    ) {
      best = { text, ...window };
    }
  }
  if (!best) {
    const text = EXCERPT_FIELDS.map((f) => record[f]).find((t) => t && t.trim());
    return text ? markText(cut(text, 0, length), terms) : [];
  }
  return markText(cut(best.text, best.start, length), terms);
}

function bestWindow(
  text: string,
  terms: ReadonlySet<string>,
  length: number,
): { start: number; distinct: number; count: number } | undefined {
  const hits: { at: number; term: string }[] = [];
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  for (const m of scanned.matchAll(WORD)) {
    const term = normalizeTerm(m[0]);
    if (term && terms.has(term)) hits.push({ at: m.index, term });
  }
  if (hits.length === 0) return undefined;
  let best = { start: 0, distinct: 0, count: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const from = (hits[i] as { at: number }).at;
    while (j < hits.length && (hits[j] as { at: number }).at < from + length * 0.8) j++;
    const inWindow = hits.slice(i, j);
    const distinct = new Set(inWindow.map((h) => h.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) {
      best = { start: Math.max(0, from - Math.round(length * 0.2)), distinct, count: inWindow.length };
    }
  }
  return best;
}

/** `length` characters of `text` from about `start`, moved to word boundaries, whitespace collapsed. */
function cut(text: string, start: number, length: number): string {
  let from = start;
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space > from - 30 && space >= 0 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space >= 0 && space < to + 30 ? space : to;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '… ' : ''}${body}${to < text.length ? ' …' : ''}`;
}
