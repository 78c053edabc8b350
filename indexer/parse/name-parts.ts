import { toPlainLine } from './to-plain-text.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { ORG_WORD } from './org-words.ts';

/** A person as written in the source, before a role is given. */
export interface NameParts {
  name: string;
  affiliation?: string;
  homepage?: string;
}

/**
 * Cleans one written name for display: markup removed, honorifics ("Prof.",
 * "Dr") and degrees (", Ph.D.") dropped, "Last, First" turned around. Returns
 * undefined for placeholders ("TBA") and for text that cannot be a name (a URL,
 * no letter, very long).
 *
 * @example cleanPersonName('Prof. Hartvigsen, Tom') === 'Tom Hartvigsen'
 * @example cleanPersonName('Hao Chen, Ph.D.') === 'Hao Chen'
 */
export function cleanPersonName(raw: string): string | undefined {
  let s = toPlainLine(raw)
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  // "Special Seminar: Ji-Won Seo", "Featured Fellows: Ada Lovelace".
  s = s.replace(/^[^:]{2,40}:\s+(?=\S)/, '');
  // "Ana Lima (Co-supervision)": a note after the name, not part of it.
  s = s.replace(/\s*\([^()]*\)\s*$/, '');
  s = s.replace(DEGREE, '');
  s = s
    .replace(/\s+/g, ' ')
    .replace(/[,;:]+$/, '')
    .trim();
  const comma = s.split(/\s*,\s*/);
  if (
    comma.length === 2 &&
    /^\p{L}[\p{L}'’ -]*$/u.test(comma[0]!) &&
    GIVEN_NAMES.test(comma[1]!) &&
    wordCount(comma[0]!) <= 3 &&
    wordCount(comma[1]!) <= 3
  ) {
    s = `${comma[1]} ${comma[0]}`;
  }
  for (let i = 0; i < 3; i++) s = s.replace(HONORIFIC, '');
  s = s.trim();
  if (
    !s ||
    isPlaceholder(s) ||
    NOT_A_PERSON.test(s) ||
    s.length > 80 ||
    (!/\p{Lu}/u.test(s) && !s.includes(' ')) ||
    !/\p{L}/u.test(s) ||
    /^(?:https?:|www\.)|@/.test(s)
  )
    return undefined;
  return s;
}

const DEGREE =
  /,?\s+(?:ph\.?\s?d\.?|m\.?d\.?|d\.?phil\.?|m\.?sc?\.?|mba|m\.?p\.?h\.?|d\.?sc\.?|sc\.?d\.?)(?=\s*(?:,|\)|$|\s+and\s))/gi;
/** Groups, not people: "The GraphML group", "CS Graduate Students", "Everyone". */
const NOT_A_PERSON =
  /^(?:the|all|everyone|everybody|various|multiple|several|tbd|chair(?:man|person)?|director|head|alunos|equipe|estudantes|professores|professors|speakers including)\b|\b(?:group|team|students|members|committee|organi[sz]ers|panel(?:ists)?|speakers|lab|faculty|staff|participants|others|projeto|program|programme|seminar|fellows?|director)$/i;
const HONORIFIC =
  /^(?:prof(?:essor|\.|a\.?)?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|sir|dame|mx\.?|assoc\.?|asst\.?|assistant|associate|emeritus|visiting|[oa] alun[oa]|[oa] professora?)(?:\s+|(?<=\.)(?=\p{Lu}))/iu;
/**
 * Given names, as they follow "Last," in a name written last name first: capitalised words
 * ("Ana Maria", "Jean-Pierre") or initials ("J.", "J.-P."). Not an acronym ("Sandeep Krishna,
 * NCBS.") nor a place written with dots ("Michael Hutchings, U.C.Berkeley.").
 */
const GIVEN_NAMES = /^(?:\p{Lu}(?:\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*|\.(?:-?\p{Lu}\.)*)(?:\s+|$))+$/u;

/**
 * A word in capitals that is not a roman numeral ("III") or "Jr": an acronym, or a surname
 * written in capitals ("Wei ZHANG").
 */
const CAPITALS_WORD = /(?:^|\s)(?!(?:[IVX]+|JR|SR)\.?(?:\s|,|$))\p{Lu}{2,}\.?(?=\s|,|$)/u;

/**
 * An organisation's acronym that no surname is spelled like: capitals with no vowel after
 * the first letter ("UBC", "ICTP", "UNC", "NCBS"), where "WANG" or "KIM" could be a name.
 */
const CONSONANT_ACRONYM = /^[AEIOU]?[B-DF-HJ-NP-TV-Z]{2,}[.,]?$/;

/**
 * What someone is, written after their name: it ends the name ("E. Zuazua Scientific Director
 * BCAM"). Only words no surname is spelled like: not "Dean", "Head" or "Chair".
 */
const ROLE =
  /\s(?:(?:Scientific|Executive|Managing|Founding|Interim|Associate|Assistant|Senior|Principal|Distinguished|Staff|Lead|Adjunct|Postdoctoral|Research|Chief|Deputy|Vice|Emeritus|Visiting)\s+)*(?:Director|Professor|President|Founder|CEO|CTO|Lecturer|Researcher|Scientist|Postdoc)\b/u;
const ROLE_FIRST = new RegExp(`^${ROLE.source.slice(2)}`, 'u');

/** A name written with a title before it ("Prof.", "Dr", "Dr.K. Rao"). */
const TITLED = /^(?:prof(?:essor)?\.?|dr\.?|mrs?\.?|ms\.?)(?:\s+|(?<=\.)(?=\p{Lu}))/iu;

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}

/**
 * Splits a written list of speakers into people: "A and B", "A, B and C",
 * "A & B", "A; B", each with an "(Affiliation)" kept apart, "Name, University of X"
 * and "Name University of X" read as a name and an affiliation, a markdown or
 * HTML link's target kept as the homepage.
 *
 * @example splitNames('Omar Haddad (Bosphorus University, Istanbul)') // [{ name: 'Omar Haddad', affiliation: 'Bosphorus University, Istanbul' }]
 * @example splitNames('Nora Quinn and Paul Weber').length === 2
 */
export function splitNames(text: string): NameParts[] {
  const links = new Map<string, string>();
  let s = text.replace(/\[([^\]\n]+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) => {
    links.set(toPlainLine(label), url);
    return label;
  });
  s = s.replace(/<a\b[^<>]*href=["'](https?:[^"']+)["'][^<>]*>([\s\S]*?)<\/a>/gi, (_, url: string, label: string) => {
    links.set(toPlainLine(label), url);
    return label;
  });
  s = toPlainLine(s)
    .replace(/^(?:talk|speakers?|presenters?|by)\s*:\s*/i, '')
    .replace(LEAD_IN, '')
    .replace(/;\s*(?:and|&)\s+/gi, '; ')
    .replace(DEGREE, '');
  if (isPlaceholder(s)) return [];
  const parts = splitTopLevel(s);
  const out: NameParts[] = [];
  for (const part of parts) {
    // "Organized by A; speakers including B, C, and D": the lead-in words are no one's name.
    const p = nameAndAffiliation(part.replace(LEAD_IN, ''));
    if (!p) continue;
    const homepage = links.get(p.name) ?? links.get(part.trim());
    out.push(homepage ? { ...p, homepage } : p);
  }
  // "A and B (University of X)": the one affiliation is everyone's.
  const last = out[out.length - 1];
  if (out.length > 1 && last?.affiliation && out.slice(0, -1).every((p) => !p.affiliation)) {
    for (const p of out) p.affiliation = last.affiliation;
  }
  return out;
}

const LEAD_IN =
  /^\s*(?:(?:organi[sz]ed|hosted|chaired|moderated|introduced|led|presented|given) by|(?:other )?speakers? including|including|with|and)\s+/i;

/** Splits on " and ", "&", ";" and commas outside parentheses, keeping "Name, Affiliation" pairs whole. */
function splitTopLevel(s: string): string[] {
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
  // both names belongs to an organisation ("Université Pierre et Marie Curie").
  for (let i = 1; i < pieces.length - 1; i += 2) {
    if (pieces[i] === ',' || pieces[i] === ';' || pieces[i] === ',and') continue;
    const sep = pieces[i] === 'and' ? conj(s, pieces[i - 1]!.trim()) : pieces[i]!;
    const left = pieces[i - 1]!.trim();
    const right = pieces[i + 1]!.trim();
    if (!isNameish(left) || !isNameish(right)) {
      pieces.splice(i - 1, 3, sep === '/' ? `${left}/${right}` : `${left} ${sep} ${right}`);
      i -= 2;
    }
  }
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
      if (j > i && looksLikeName(texts[i]!) && (semicolons || ORG_WORD.test(trailingParenthesis(next)?.before ?? next))) {
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
    const acronym = CAPITALS_WORD.test(nextName) && !CAPITALS_WORD.test(t);
    if (seps[i] === ',' && next !== undefined && (ORG_WORD.test(nextName) || acronym || (!hasAnd && !looksLikeName(next)))) {
      let aff = next;
      let j = i + 1;
      while (seps[j] === ',' && texts[j + 1] !== undefined && !looksLikeName(texts[j + 1]!)) {
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

/** Longest text read as a name, affiliation in parentheses included. */
const MAX_NAME_TEXT = 300;

/** One to five capitalised words, optionally with an "(Affiliation)": a name, or a first name alone. */
function isNameish(raw: string): boolean {
  // No name of five words is this long: answered before splitting a long text into words.
  if (raw.length > MAX_NAME_TEXT) return false;
  const s = stripHonorific((trailingParenthesis(raw)?.before ?? raw).trim());
  const words = s.split(/\s+/);
  if (!s || words.length > 5 || ORG_WORD.test(s)) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|do|dos|van|von|der|den|la|le|du|del|bin|ibn)$/u.test(w));
}

/** The conjunction as written between two pieces ("and", "et", "e"...). */
function conj(text: string, left: string): string {
  const at = text.indexOf(left) + left.length;
  return /^\s+(\S+)\s/.exec(text.slice(at))?.[1] ?? 'and';
}

/**
 * Whether a host or organiser as read may be a person: two to five capitalised words and no
 * organisation. Event organisers are as often a group ("AstroAI", "Harvard", "Stanford Data
 * Science and the Kavli Institute") as a person, and a group is no one's page in the archive.
 * @example mayBePerson('Benedikt Maier') === true
 * @example mayBePerson('AstroAI') === false
 * @example mayBePerson('PDT Partners') === false
 */
export function mayBePerson(name: string): boolean {
  // "NAIRR Pilot", "PDT Partners": a group's acronym first.
  return looksLikeName(name) && !/^\p{Lu}{2,}\s/u.test(name);
}

function looksLikeName(raw: string): boolean {
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

function nameAndAffiliation(part: string): NameParts | undefined {
  let text = part.trim();
  let affiliation: string | undefined;
  const paren = trailingParenthesis(text);
  if (paren) {
    text = paren.before;
    affiliation = paren.inside.replace(/^\s*(?:ph\.?\s?d\.?|m\.?sc?\.?)\s*,\s*/i, '');
  }
  // What comes after the name goes before what the parenthesis said.
  const putFirst = (rest: string) => void (affiliation = affiliation ? `${rest}, ${affiliation}` : rest);
  const titled = TITLED.test(text);
  const nameWords = (s: string) => stripHonorific(s.trim()).split(/\s+/).filter(Boolean);
  const role = ROLE.exec(text);
  const acronymAt = nameWords(text).findIndex((w, k) => k >= 2 && CONSONANT_ACRONYM.test(w));
  if (role && nameWords(text.slice(0, role.index)).length >= (titled ? 1 : 2)) {
    putFirst(text.slice(role.index + 1));
    text = text.slice(0, role.index);
  } else {
    const dash = /^(.*?)\s+[–—-]\s+(.+)$/.exec(text);
    const org = ORG_WORD.exec(text);
    if (dash && looksLikeName(stripHonorific(dash[1]!))) {
      text = dash[1]!;
      putFirst(dash[2]!);
    } else if (!org && acronymAt > 0 && /\p{Ll}/u.test(nameWords(text).slice(0, acronymAt).join(''))) {
      // "Prof. T.R. Ramadas ICTP, Trieste": the acronym starts where they work.
      const words = nameWords(text);
      putFirst(words.slice(acronymAt).join(' '));
      text = words.slice(0, acronymAt).join(' ');
    } else {
      if (org && org.index === 0 && !affiliation) return undefined;
      if (org && org.index > 0) {
        const before = stripHonorific(text.slice(0, org.index).trim()).split(/\s+/);
        // "Kenji Sato Osaka City University": capitalised words right before a
        // University/Institute belong to it once the name has its two words (three
        // with an initial: "Walter H. Grant"). An acronym (HRI, MIT) stands alone.
        let cut = before.length;
        if (!/^\p{Lu}{2,}/u.test(org[0])) {
          const nameLen =
            /^\p{Lu}\.$/u.test(before[1] ?? '') || /^(?:de|da|van|von|del|dos|das|di|le|la)$/i.test(before[1] ?? '') ? 3 : 2;
          while (cut > nameLen && /^\p{Lu}|^&$/u.test(before[cut - 1]!) && !/^\p{Lu}\.$/u.test(before[cut - 1]!)) cut--;
        }
        const name = before.slice(0, cut).join(' ');
        // "Dr. Seema University of Pune": with a title, one word is a name.
        if (looksLikeName(stripHonorific(name)) || cut >= 2 || (cut === 1 && titled)) {
          putFirst([...before.slice(cut), text.slice(org.index)].join(' ').replace(/^[,\s]+/, ''));
          text = name;
        } else if (!affiliation) {
          // "Boston University": an organisation with no person before it.
          return undefined;
        }
      }
    }
  }
  const name = cleanPersonName(text);
  if (!name) return undefined;
  const aff = affiliation ? toPlainLine(affiliation).replace(/^[,\s]+|[,\s]+$/g, '') : '';
  return aff && !isPlaceholder(aff) ? { name, affiliation: aff } : { name };
}

/** "Name (IAS (Princeton), MIT)" → before "Name", inside "IAS (Princeton), MIT"; nested brackets kept whole. */
function trailingParenthesis(text: string): { before: string; inside: string } | undefined {
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

function stripHonorific(s: string): string {
  return s.replace(HONORIFIC, '').replace(HONORIFIC, '');
}
