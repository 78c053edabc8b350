/**
 * A written list of speakers cut into one piece per person: on " and ", "&", ";", "/" and
 * commas outside parentheses, keeping "Name, Affiliation" and "Name, Role, Org" together, and
 * the "e" or "y" inside a name ("Asla Medeiros e Sá") unsplit. Pure; name-parts.ts reads each piece.
 */
import { ORG_WORD } from './org-words.ts';
import {
  GIVEN_NAMES,
  hasCapitalsWord,
  isNameish,
  looksLikeName,
  ROLE_FIRST,
  stripHonorific,
  TITLED,
  trailingParenthesis,
  wordCount,
} from './name-shapes.ts';

/** Splits on " and ", "&", ";" and commas outside parentheses, keeping "Name, Affiliation" pairs whole. */
export function splitSpeakerList(s: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0) {
      if (c === ';' || c === '&' || c === ',' || c === '/') {
        pieces.push(cur, c);
        cur = '';
        continue;
      }
      const m = c === ' ' ? /^\s+(?:and|e|et|und|y)\s+/i.exec(s.slice(i, i + 6)) : null;
      if (m && !cur.trim() && pieces[pieces.length - 1] === ',') {
        // "A (MIT), B (MIT), and C (MIT)": the comma and the "and" are one separator, which
        // like a comma never joins its neighbours into one name.
        pieces[pieces.length - 1] = ',and';
        i += m[0].length - 1;
        continue;
      }
      if (m) {
        pieces.push(cur, 'and');
        cur = '';
        i += m[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  pieces.push(cur);
  // pieces alternate text, separator, text... An "and" between words that are not
  // both names belongs to an organisation ("Université Pierre et Marie Curie"); one before
  // a lone surname is inside one person's name ("Asla Medeiros e Sá").
  /** Names joined over their "e" or "y", which the name shapes do not read as names. */
  const joined = new Set<string>();
  const isJoined = (t: string) => joined.has(trailingParenthesis(t)?.before ?? t.trim());
  const nameish = (t: string) => isNameish(t) || isJoined(t);
  for (let i = 1; i < pieces.length - 1; i += 2) {
    if (pieces[i] === ',' || pieces[i] === ';' || pieces[i] === ',and') continue;
    const sep = pieces[i] === 'and' ? conj(s, pieces[i - 1]!.trim()) : pieces[i]!;
    const left = pieces[i - 1]!.trim();
    const right = pieces[i + 1]!.trim();
    const inName =
      pieces[i] === 'and' && NAME_CONNECTIVE.test(sep) && isNameish(left) && isNameish(right) && connectsOneName(pieces, i);
    if (!nameish(left) || !nameish(right) || inName) {
      const text = sep === '/' ? `${left}/${right}` : `${left} ${sep} ${right}`;
      if (inName) joined.add(trailingParenthesis(text)?.before ?? text);
      pieces.splice(i - 1, 3, text);
      i -= 2;
    }
  }
  const isName = (t: string) => looksLikeName(t) || isJoined(t);
  const texts = pieces.filter((_, i) => i % 2 === 0).map((t) => t.trim());
  const seps = pieces.filter((_, i) => i % 2 === 1);
  const hasAnd = seps.some((x) => x !== ',');
  // "Brenner, Ruth", "Lima, Ana Maria": one person written last name first.
  if (
    texts.length === 2 &&
    seps[0] === ',' &&
    isNameish(texts[0]!) &&
    isNameish(texts[1]!) &&
    GIVEN_NAMES.test(trailingParenthesis(texts[1]!)?.before ?? texts[1]!) &&
    // "Edward McFowland III, Harvard": a name with its generation is written first name first.
    !/\s(?:II|III|IV|Jr\.?|Sr\.?)$/.test(texts[0]!)
  ) {
    const left = wordCount(texts[0]!);
    const right = wordCount(texts[1]!);
    const initial = /(?:^|\s)\p{Lu}\.?$/u.test(texts[1]!);
    if (left <= 3 && right <= 3 && (left === 1 || right === 1 || initial)) return [`${texts[0]}, ${texts[1]}`];
  }
  // "George Barbastathis, Professor, MIT; Di Luo, Assistant Professor, UCLA": people apart by
  // semicolons, each a name and then, after commas, what they are and where. The same with
  // people apart by "and" when an organisation follows the name: "Ricardo Brasca, Université
  // Paris Cité, Paris, France and Filippo Nuccio, Université Jean Monnet, St. Etienne, France".
  const semicolons = seps.includes(';');
  if (semicolons || hasAnd) {
    for (let i = 0; i < texts.length; i++) {
      if (i > 0 && seps[i - 1] === ',') continue;
      let j = i;
      while (seps[j] === ',') j++;
      const next = texts[i + 1] ?? '';
      if (j > i && isName(texts[i]!) && (semicolons || ORG_WORD.test(trailingParenthesis(next)?.before ?? next))) {
        texts.splice(i, j - i + 1, `${texts[i]} (${texts.slice(i + 1, j + 1).join(', ')})`);
        seps.splice(i, j - i);
      }
    }
  }
  // "Prof. Dennis Sullivan, Stony Brook.", "Dr. Ayan Mahalanobis, Stevens institute, New Jersey":
  // a title before the first name and none after it is one person and where they work,
  // however that is spelled. Two people would each carry their title ("Dr. A, Dr. B").
  // An "and" after what they are or where they work is the organisation's ("Professor S. S.
  // Sritharan, Director, Center for Decision, Risk, Controls and Signals Intelligence").
  if (
    texts.length >= 2 &&
    (!hasAnd || ROLE_FIRST.test(texts[1]!) || ORG_WORD.test(texts[1]!)) &&
    TITLED.test(texts[0]!) &&
    !texts.slice(1).some((t) => TITLED.test(t))
  )
    return [`${texts[0]} (${texts.slice(1).reduce((aff, t, k) => `${aff}${seps[k] === ',' ? ', ' : ' and '}${t}`)})`];
  const result: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const next = texts[i + 1];
    // "Name, Affiliation": a comma followed by an organisation is not a new person.
    const nextName = next === undefined ? '' : (trailingParenthesis(next)?.before ?? next);
    // "Anne Baanen, Lean FRO": an acronym after a name written without one is where they work;
    // "Wei ZHANG, Li WANG" writes each surname in capitals.
    const acronym = hasCapitalsWord(nextName) && !hasCapitalsWord(t);
    if (seps[i] === ',' && next !== undefined && (ORG_WORD.test(nextName) || acronym || (!hasAnd && !isName(next)))) {
      let aff = next;
      let j = i + 1;
      while (seps[j] === ',' && texts[j + 1] !== undefined && !isName(texts[j + 1]!)) {
        aff += `, ${texts[j + 1]}`;
        j++;
      }
      result.push(`${t} (${aff})`);
      i = j;
      continue;
    }
    if (t) result.push(t);
  }
  return result;
}

/**
 * The connectives written inside names: Portuguese "e" ("Asla Medeiros e Sá"), Spanish "y"
 * ("José Ortega y Gasset"). An English "and", a French "et" or a German "und" never is.
 */
const NAME_CONNECTIVE = /^(?:e|y)$/;

/**
 * Whether the connective `pieces[i]` joins the parts of one person's name rather than two
 * people: "Asla Medeiros e Sá", "José Ortega y Gasset". So when a given name and a surname
 * come before it and one surname alone after it, which is no one on its own. Not when the
 * piece before is a name alone ("Ana e Bo Chen": two people, one surname), when it already
 * has its affiliation, when the word after is an initial ("A. Smith e B. Jones"),
 * nor in a list written last name first ("Lima, Ana Maria e Chen, Bo"). A lone given name
 * after it ("Ana Lima e Maria") cannot be told from a surname, and is joined too: no archive
 * of the corpus writes a list so. Written in capitals ("ANA LIMA E SÁ"), nothing is joined.
 */
function connectsOneName(pieces: readonly string[], i: number): boolean {
  const left = pieces[i - 1]!.trim();
  const right = pieces[i + 1]!.trim();
  const surname = trailingParenthesis(right)?.before ?? right;
  if (wordCount(stripHonorific(left)) < 2 || trailingParenthesis(left)) return false;
  // A capitalised word with a small letter in it: no initial, no acronym.
  if (!/^\p{Lu}(?=[\p{L}'’-]*\p{Ll})[\p{L}'’-]+$/u.test(surname)) return false;
  // "Lima, Ana Maria e Chen, Bo": a lone surname before the comma, a given name after it.
  const alone = (sep: string | undefined, piece: string | undefined, shape: RegExp) =>
    sep === ',' && piece !== undefined && wordCount(piece) === 1 && shape.test(piece.trim());
  return !alone(pieces[i - 2], pieces[i - 3], /^\p{Lu}\p{Ll}/u) && !alone(pieces[i + 2], pieces[i + 3], GIVEN_NAMES);
}

/** The conjunction as written between two pieces ("and", "et", "e"...). */
function conj(text: string, left: string): string {
  const at = text.indexOf(left) + left.length;
  return /^\s+(\S+)\s/.exec(text.slice(at))?.[1] ?? 'and';
}
