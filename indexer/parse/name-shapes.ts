/**
 * What a written name looks like, asked of one piece of a speaker string: titles and roles
 * before and after it, given names, acronyms, and whether a piece reads as a name at all.
 * Pure; shared by name-parts.ts and speaker-list.ts.
 */
import { ORG_WORD } from './org-words.ts';

/** A title or a rank before a name ("Prof.", "Dr", "Assistant", "o aluno"): not part of it. */
export const HONORIFIC =
  /^(?:prof(?:essor|\.|a\.?)?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|sir|dame|mx\.?|assoc\.?|asst\.?|assistant|associate|emeritus|visiting|[oa] alun[oa]|[oa] professora?)(?:\s+|(?<=\.)(?=\p{Lu}))/iu;

/**
 * Given names, as they follow "Last," in a name written last name first: capitalised words
 * ("Ana Maria", "Jean-Pierre") or initials ("J.", "J.-P."). Not an acronym ("Sandeep Krishna,
 * NCBS.") nor a place written with dots ("Michael Hutchings, U.C.Berkeley.").
 */
export const GIVEN_NAMES = /^(?:\p{Lu}(?:\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*|\.(?:-?\p{Lu}\.)*)(?:\s+|$))+$/u;

/**
 * A word in capitals that is not a roman numeral ("III") or "Jr": an acronym, or a surname
 * written in capitals ("Wei ZHANG"). A comma or period may follow it.
 */
export const CAPITALS_WORD = /^(?!(?:[IVX]+|JR|SR)\.?$)\p{Lu}{2,}[.,]?$/u;

/** Whether any word of `text` is a `CAPITALS_WORD`. */
export function hasCapitalsWord(text: string): boolean {
  return text.split(/\s+/).some((w) => CAPITALS_WORD.test(w));
}

/**
 * An organisation's acronym that no surname is spelled like: capitals with no vowel after
 * the first letter ("UBC", "ICTP", "UNC", "NCBS"), where "WANG" or "KIM" could be a name.
 */
export const CONSONANT_ACRONYM = /^[AEIOU]?[B-DF-HJ-NP-TV-Z]{2,}[.,]?$/;

/**
 * What someone is, written after their name: it ends the name ("E. Zuazua Scientific Director
 * BCAM"). Only words no surname is spelled like: not "Dean", "Head" or "Chair".
 */
export const ROLE =
  /\s(?:(?:Scientific|Executive|Managing|Founding|Interim|Associate|Assistant|Senior|Principal|Distinguished|Staff|Lead|Adjunct|Postdoctoral|Research|Chief|Deputy|Vice|Emeritus|Visiting)\s+)*(?:Director|Professor|President|Founder|CEO|CTO|Lecturer|Researcher|Scientist|Postdoc)\b/u;
export const ROLE_FIRST = new RegExp(`^${ROLE.source.slice(2)}`, 'u');

/** A name written with a title before it ("Prof.", "Dr", "Dr.K. Rao"). */
export const TITLED = /^(?:prof(?:essor)?\.?|dr\.?|mrs?\.?|ms\.?)(?:\s+|(?<=\.)(?=\p{Lu}))/iu;

export function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}

/** Longest text read as a name, affiliation in parentheses included. */
export const MAX_NAME_TEXT = 300;

/** One to five capitalised words, optionally with an "(Affiliation)": a name, or a first name alone. */
export function isNameish(raw: string): boolean {
  // No name of five words is this long: answered before splitting a long text into words.
  if (raw.length > MAX_NAME_TEXT) return false;
  const s = stripHonorific((trailingParenthesis(raw)?.before ?? raw).trim());
  const words = s.split(/\s+/);
  if (!s || words.length > 5 || ORG_WORD.test(s)) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|do|dos|van|von|der|den|la|le|du|del|bin|ibn)$/u.test(w));
}

/** Two to five capitalised words (particles and initials allowed) and no organisation: a full name. */
export function looksLikeName(raw: string): boolean {
  if (raw.length > MAX_NAME_TEXT) return false;
  const s = stripHonorific((trailingParenthesis(raw)?.before ?? raw).trim());
  const words = s.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    !ORG_WORD.test(s) &&
    words.every(
      (w) =>
        /^(?:\p{Lu}|\p{Lu}\p{Ll}*['’-]?\p{L}*\.?|de|da|di|van|von|der|den|la|le|du|dos|das|del|bin|ibn)$/u.test(w) ||
        /^\p{Lu}\.$/u.test(w) ||
        /^\p{Lu}[\p{L}'’.-]+$/u.test(w),
    )
  );
}

/** "Name (IAS (Princeton), MIT)" → before "Name", inside "IAS (Princeton), MIT"; nested brackets kept whole. */
export function trailingParenthesis(text: string): { before: string; inside: string } | undefined {
  const t = text.trim();
  if (!/[)\]]$/.test(t)) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      depth--;
      if (depth === 0) {
        const before = t.slice(0, i).replace(/[,\s]+$/, '');
        let inside = t.slice(i + 1, -1).trim();
        while (/^\(.*\)$/.test(inside)) inside = inside.slice(1, -1).trim();
        return before ? { before, inside } : undefined;
      }
    }
  }
  return undefined;
}

/** The name without up to two titles before it ("Prof. Dr. Ana Lima" → "Ana Lima"). */
export function stripHonorific(s: string): string {
  return s.replace(HONORIFIC, '').replace(HONORIFIC, '');
}
