/**
 * The spellings of one archive person that page text may use, as sequences of folded
 * tokens. Pure.
 */
import type { NameEntry } from '../bundle-format.ts';
import { personKeyWords } from '../people/person-key.ts';
import { COMMON_WORDS } from './common-words.ts';
import { SHARED_SURNAMES } from './shared-surnames.ts';

/** Token that stands for the comma of "Last, First". */
export const COMMA = ',';

/** How sure a form is: a spelled-out name beats initials when two people share a form. */
export type FormStrength = 0 | 1 | 2;

export interface NameForm {
  /** Folded, lower-case tokens; `COMMA` where "Last, First" puts its comma. Initials are one letter. */
  tokens: string[];
  strength: FormStrength;
}

/** Surname particles: written between tokens, never required ("Vincent van Gogh" ~ "Vincent Gogh"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'delle',
  'dello',
  'dal',
  'dei',
  'degli',
  'di',
  'da',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
]);

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

/**
 * Every form of `entry` worth looking for: the full name, first and last name, initials
 * with the last name, and "Last, First" of each. Never a lone name: a form always has a
 * surname and a given name or initial. A surname that is a common word ("Long", "Brown") or
 * one shared by very many people ("Li", "Smith") gets no initials forms; a two-word name made only of common words gets no forms at all.
 * A hyphenated or apostrophed word is one name, never cut to its last part. A name written
 * with "and", "for", "of"… in it is where someone works, run on to their name: no forms.
 *
 * @example nameForms({ name: 'Tom Hartvigsen', variants: [], ... }) includes
 *   ['tom', 'hartvigsen'], ['t', 'hartvigsen'], ['hartvigsen', ',', 'tom'], ['hartvigsen', ',', 't']
 */
export function nameForms(entry: Pick<NameEntry, 'name' | 'variants'>): NameForm[] {
  const out = new Map<string, NameForm>();
  const add = (tokens: string[], strength: FormStrength) => {
    const id = tokens.join(' ');
    const seen = out.get(id);
    if (!seen || seen.strength < strength) out.set(id, { tokens, strength });
  };
  const writings = [entry.name, ...entry.variants].map((written) => ({ written, keyWords: personKeyWords(written) }));
  // Someone the archive also knows by a given name written out ("Qiang Li" beside "Q. Li").
  const knownByGivenName = writings.some((w) =>
    w.keyWords
      .slice(0, -1)
      .flat()
      .some((t) => t.length > 1),
  );
  for (const { written, keyWords } of writings) {
    // "… Radon Inst. for Computational and Applied Mathematics": where someone works, run on
    // to their name by the archive; its words would be marked as them.
    if (/\s(?:and|for|of|at|the|in|on|with)\s/.test(written)) continue;
    // Words, each a list of tokens: a hyphenated or apostrophed word is one name
    // ("Waudby-Smith", "D'Inverno", "Jean-Pierre"), never cut to its last part.
    const words = keyWords
      .filter((w) => !(w.length === 1 && SUFFIXES.has(w[0]!)))
      // A particle stands between a given name and the surname: first, it is the given name ("Di Luo").
      .filter((w, i, all) => i === 0 || i === all.length - 1 || !(w.length === 1 && PARTICLES.has(w[0]!)));
    if (words.length < 2 || words.some((w) => w.some((t) => /\d/.test(t)))) continue;
    const surnameWord = words[words.length - 1]!;
    const givenWords = words.slice(0, -1);
    const given = givenWords.flat();
    const surname = surnameWord.length === 1 ? surnameWord[0]! : undefined;
    const commonSurname = surname !== undefined && (COMMON_WORDS.has(surname) || surname.length < 2);
    if (commonSurname && given.length === 1 && (COMMON_WORDS.has(given[0]!) || given[0]!.length < 2)) continue;
    const strength: FormStrength = given.every((g) => g.length > 1) ? 2 : given[0]!.length > 1 ? 1 : 0;
    if (commonSurname && strength === 0) continue;
    // Only initials before a surname very many people share, written so by the archive
    // beside a fuller name ("Q. Li" for Qiang Li): no form. Someone the archive knows only so
    // ("G. C. Das") is found as written, and with a given name among the initials ("K. Suresh
    // Kumar") the name as written is specific enough.
    const sharedSurname = SHARED_SURNAMES.has(surname ?? '');
    if (sharedSurname && knownByGivenName && given.every((g) => g.length < 2)) continue;
    // "Given Surname" and "Surname, Given".
    const both = (first: string[], strength: FormStrength) => {
      add([...first, ...surnameWord], strength);
      add([...surnameWord, COMMA, ...first], strength);
    };
    both(given, strength);
    const firstWord = givenWords[0]!;
    if (givenWords.length > 1 && firstWord.every((t) => t.length > 1)) both(firstWord, 1);
    // "Q. Li" on a page is far more often another Q. Li than the archive's (see SHARED_SURNAMES).
    if (commonSurname || sharedSurname) continue;
    // "T. Hartvigsen", and "J.-P. Serre" for Jean-Pierre.
    const firstInitials = firstWord.map((t) => t[0]!);
    both(firstInitials, 0);
    if (firstInitials.length > 1) both([firstInitials[0]!], 0);
    const initials = given.map((g) => g[0]!);
    if (initials.length > firstInitials.length) both(initials, 0);
  }
  return [...out.values()];
}
