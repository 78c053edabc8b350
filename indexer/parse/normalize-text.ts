import { repairMojibake } from './repair-mojibake.ts';

/**
 * The last step every piece of archive text goes through: mojibake repaired,
 * Unicode NFC, CRLF and CR to LF, every kind of space (no-break, thin, ideographic)
 * to a plain space, zero-width characters and soft hyphens dropped, spaces collapsed,
 * lines trimmed, at most one blank line between paragraphs, no blank lines at
 * the ends.
 *
 * Contract: idempotent, `normalizeText(normalizeText(s)) === normalizeText(s)`.
 *
 * @example normalizeText('hostedÂ\u00a0virtually\r\n\r\n\r\nnext') === 'hosted virtually\n\nnext'
 */
export function normalizeText(text: string): string {
  // Plain ASCII needs no repair, no NFC and no exotic spaces: only the spacing rules.
  if (SIMPLE.test(text)) {
    return text.includes('  ') || text.includes(' \n') || text.includes('\n ') || text.includes('\n\n\n')
      ? text
          .replace(/ {2,}/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
      : text.trim();
  }
  let s = text;
  // A repair can expose work for another step (a repaired run may decode to a
  // zero-width space), so after a repair run again until nothing changes: that is
  // what makes the function idempotent. Without a repair one pass is stable, as no
  // later step can bring two mojibake halves together.
  for (let i = 0; i < 4; i++) {
    const [next, repaired] = normalizeOnce(s);
    const done = !repaired || next === s;
    s = next;
    if (done) break;
  }
  return s;
}

function normalizeOnce(text: string): [string, boolean] {
  const before = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFC');
  const repaired = repairAll(before);
  let s = repaired === before ? before : repaired.normalize('NFC').replace(INVISIBLE, '');
  s = s
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return [s.trim(), repaired !== before];
}

/** One line of text: `normalizeText` with every line break turned into a space. */
export function normalizeLine(text: string): string {
  return normalizeText(text.replace(/[\r\n]+/g, ' '));
}

const SIMPLE = /^[\n\x20-\x7e]*$/;
// An alternation, not a class: a zero-width joiner inside [] reads as joining its neighbours.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** `repairMojibake` until nothing changes: text saved wrongly twice needs two repairs. */
export function repairAll(text: string): string {
  let s = text;
  for (let i = 0; i < 3; i++) {
    const repaired = repairMojibake(s);
    if (repaired === s) break;
    s = repaired;
  }
  return s;
}
