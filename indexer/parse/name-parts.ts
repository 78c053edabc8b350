import { toPlainLine } from './to-plain-text.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { ORG_KINDS, ORG_WORD } from './org-words.ts';
import {
  CONSONANT_ACRONYM,
  GIVEN_NAMES,
  HONORIFIC,
  looksLikeName,
  ROLE,
  stripHonorific,
  TITLED,
  trailingParenthesis,
  wordCount,
} from './name-shapes.ts';
import { splitSpeakerList } from './speaker-list.ts';

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
    // One word that opens with two capitals is an acronym ("EMAp", "IAIFI"), not a name.
    /^\p{Lu}{2,}\p{L}*$/u.test(s) ||
    !/\p{L}/u.test(s) ||
    /^(?:https?:|www\.)|@/.test(s)
  )
    return undefined;
  return s;
}

const DEGREE =
  /,?\s+(?:ph\.?\s?d\.?|m\.?d\.?|d\.?phil\.?|m\.?sc?\.?|mba|m\.?p\.?h\.?|d\.?sc\.?|sc\.?d\.?)(?=\s*(?:,|\)|$|\s+and\s))/gi;
/** Groups and events, not people: "The GraphML group", "CS Graduate Students", "Everyone", "Former Visitors", "Virtual Conference". */
const NOT_A_PERSON =
  /^(?:the|all|everyone|everybody|various|multiple|several|tbd|chair(?:man|person)?|director|head|alunos|equipe|estudantes|professores|professors|speakers including|former|past|current|virtual)\b|\b(?:group|team|students|members|committee|organi[sz]ers|panel(?:ists)?|speakers|lab|faculty|staff|participants|others|projeto|program|programme|seminar|fellows?|director|news|noticias?|notícias?|visitors|affiliates|investigators|alumni|postdocs|conference|workshop|symposium|colloquium)$/i;

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
  const parts = splitSpeakerList(s);
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

/** An organisation's kind on its own, which says nothing of where a person works. */
const LONE_ORG_KIND = new RegExp(`^(?:${ORG_KINDS.join('|')})\\.?$`, 'i');

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
        // "Pollica Physics Center": a place whose last word is the organisation's kind, not
        // a person working at "Center".
        if (cut === before.length && LONE_ORG_KIND.test(text.slice(org.index).trim()) && !affiliation) return undefined;
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
