/**
 * The spellings of one archive person that page text may use, as sequences of folded
 * tokens. Pure.
 */
import type { NameEntry } from '../bundle-format.ts';
import { personKey } from '../people/person-key.ts';
import { COMMON_WORDS } from './common-words.ts';

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
 * surname and a given name or initial. A surname that is a common word ("Long", "Brown")
 * gets no initials forms; a two-word name made only of common words gets no forms at all.
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
  for (const written of [entry.name, ...entry.variants]) {
    const parts = personKey(written)
      .split(' ')
      .filter((t) => t && !SUFFIXES.has(t))
      // A particle stands between a given name and the surname: first, it is the given name ("Di Luo").
      .filter((t, i, all) => i === 0 || i === all.length - 1 || !PARTICLES.has(t));
    if (parts.length < 2 || parts.some((t) => /\d/.test(t))) continue;
    const surname = parts[parts.length - 1]!;
    const given = parts.slice(0, -1);
    const commonSurname = COMMON_WORDS.has(surname) || surname.length < 2;
    if (commonSurname && parts.length === 2 && (COMMON_WORDS.has(given[0]!) || given[0]!.length < 2)) continue;
    const strength: FormStrength = given.every((g) => g.length > 1) ? 2 : given[0]!.length > 1 ? 1 : 0;
    if (commonSurname && strength === 0) continue;
    add([...given, surname], strength);
    add([surname, COMMA, ...given], strength);
    if (given.length > 1 && given[0]!.length > 1) {
      add([given[0]!, surname], 1);
      add([surname, COMMA, given[0]!], 1);
    }
    if (commonSurname) continue;
    const initials = given.map((g) => g[0]!);
    add([initials[0]!, surname], 0);
    add([surname, COMMA, initials[0]!], 0);
    if (initials.length > 1) {
      add([...initials, surname], 0);
      add([surname, COMMA, ...initials], 0);
    }
  }
  return [...out.values()];
}
