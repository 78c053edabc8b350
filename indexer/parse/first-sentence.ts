/**
 * The first sentence of a text, for a one-line summary: up to the first `.`, `!`
 * or `?` followed by a space and a capital (abbreviations such as "Dr.", "e.g.",
 * initials and "et al." do not end it), cut at a word boundary with "…" past
 * `max` characters.
 *
 * @example firstSentence('Dr. Chen leads the lab. He works on AI.') === 'Dr. Chen leads the lab.'
 */
export function firstSentence(text: string, max = 240): string {
  // Only the start matters: a 500 KB body must not be scanned whole.
  const s = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  const re = /[.!?](?=["”’)]?\s+["“(]?[\p{Lu}\d])/gu;
  let m: RegExpExecArray | null;
  let end = s.length;
  while ((m = re.exec(s))) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    if (m[0] === '.' && (ABBREV.test(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    end = m.index + 1;
    break;
  }
  const sentence = s.slice(0, end);
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

const ABBREV =
  /^(?:dr|prof|mr|mrs|ms|st|no|vs|fig|figs|eq|eqs|ref|refs|vol|pp|al|approx|e\.g|i\.e|cf|etc|jr|sr|inc|ltd|co|dept|univ|assoc|asst|ph\.d|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)$/i;
