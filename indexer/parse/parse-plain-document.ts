import type { Kind, Person } from '../record.ts';
import { personKey } from '../people/person-key.ts';
import { findSubject } from './find-subject.ts';
import { cleanPersonName } from './name-parts.ts';
import type { RecordInput } from './build-record.ts';
import { toPlainLine } from './to-plain-text.ts';
import { parseDate } from './parse-date.ts';
import { splitNames } from './name-parts.ts';

/** One record's input read from a document without front matter, and where it starts. */
export interface PlainPart {
  input: RecordInput;
  /** 1-based line of the part in its file. */
  line: number;
}

/**
 * Reads a document that has no front matter (a news-site article, an abstract
 * saved as .txt, a page of faculty bios):
 * - the headline (first line, or first heading) is the title when it reads as one
 *   (short, not ending in a full stop);
 * - a byline `Author | Lab` (or `By Author`) right after it gives the author,
 *   with the lab as affiliation;
 * - for a profile, the person most named in the text is the subject (see
 *   `findSubject`), with the byline's lab as affiliation;
 * - a profile page made of `### Name` sections gives one profile per section.
 *
 * @example parsePlainDocument('Ada works.\nJo Doe | Lab\nAda Lovelace...', 'profile', 'plain')
 */
export function parsePlainDocument(text: string, kind: Kind, mode: 'markup' | 'plain'): PlainPart[] {
  const lines = text.split('\n');
  if (kind === 'profile' && mode === 'markup') {
    const sections = nameSections(lines);
    if (sections.length >= 2) return sections;
  }
  if (kind === 'talk') {
    const header = readTalkHeader(lines);
    if (header) return [header];
  }
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  const headLine = i + 1;
  const wrapped = wrappedHeadline(lines, i);
  const head = wrapped?.text ?? toPlainLine(lines[i] ?? '');
  const headEnd = wrapped?.end ?? i + 1;
  let next = headEnd;
  while (next < lines.length && !lines[next]!.trim()) next++;
  const continues = !wrapped && next === i + 1 && /^\s*\p{Ll}/u.test(lines[next] ?? '');
  const looksLikeTitle =
    !continues &&
    head.length > 0 &&
    head.length <= 160 &&
    (!/[.:;,]$/.test(head) || /^#/.test(lines[i] ?? '') || (kind === 'profile' && head.split(' ').length >= 5));
  let bodyStart = looksLikeTitle ? headEnd : i;
  const people: Person[] = [];
  let lab: string | undefined;
  let j = bodyStart;
  while (j < lines.length && !lines[j]!.trim()) j++;
  const byline = BYLINE.exec(toPlainLine(lines[j] ?? ''));
  if (looksLikeTitle && byline) {
    const author = cleanPersonName(byline[1] ?? byline[3] ?? '');
    lab = byline[2]?.trim();
    if (author) people.push({ name: author, key: personKey(author), role: 'author', ...(lab ? { affiliation: lab } : {}) });
    bodyStart = j + 1;
  }
  const body = lines.slice(bodyStart).join('\n');
  const input: RecordInput = { kind, fields: {}, body, bodyMode: mode, people };
  if (looksLikeTitle) input.titleHint = head;
  else if (kind !== 'profile') input.titleHint = firstWords(head);
  if (kind === 'profile') {
    const subject = findSubject(
      looksLikeTitle ? head : '',
      body,
      people.map((p) => p.name),
    );
    if (subject) {
      input.people = [
        { name: subject, key: personKey(subject), role: 'subject', ...(lab ? { affiliation: lab } : {}) },
        ...people,
      ];
    }
    // A profile's title is the headline, not the subject's name.
    if (looksLikeTitle) input.fields = { headline: head };
  }
  return [{ input, line: looksLikeTitle ? headLine : bodyStart + 1 }];
}

/**
 * A headline wrapped over two or three lines, the paragraph standing alone above the text
 * ("Small obstacles with Neumann boundary condition:\na variant of the Crushed Ice Problem"):
 * its lines joined, and the line after it. Only when each line plainly runs on from the one
 * before (it starts in lower case, or the one before ends in a colon or a dash), so that a
 * title over a byline or over a first line of prose is never joined to it.
 */
function wrappedHeadline(lines: string[], i: number): { text: string; end: number } | undefined {
  let end = i + 1;
  while (end < lines.length && lines[end]!.trim()) end++;
  if (end - i < 2 || end - i > 3 || end === lines.length || /^\s*#/.test(lines[i]!)) return undefined;
  for (let k = i + 1; k < end; k++) {
    const runsOn = /^\s*\p{Ll}/u.test(lines[k]!) || /[:\-–—]\s*$/.test(lines[k - 1]!);
    if (!runsOn || BYLINE.test(toPlainLine(lines[k]!))) return undefined;
  }
  const text = toPlainLine(lines.slice(i, end).join(' '));
  return text.length <= 160 && !/[.:;,]$/.test(text) ? { text, end } : undefined;
}

// "Michaela Jarvis | Laboratory for Information and Decision Systems", "By Jo Doe".
const BYLINE = /^(?:([\p{L}.'’ -]{3,60}?)\s*\|\s*(.{2,120})|by\s+([\p{L}.'’ -]{3,60}))$/iu;

/** `### Ana Lima` sections of a faculty page: one profile per named heading. */
function nameSections(lines: string[]): PlainPart[] {
  const heads: { at: number; name: string }[] = [];
  lines.forEach((l, at) => {
    const m = /^#{2,4}\s+(.+?)\s*#*\s*$/.exec(l);
    const name = m ? cleanPersonName(m[1]!) : undefined;
    if (name && /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name)) heads.push({ at, name });
  });
  return heads.map((h, n) => {
    const end = heads[n + 1]?.at ?? lines.length;
    const body = lines.slice(h.at + 1, end).join('\n');
    return { input: { kind: 'profile' as Kind, fields: { name: h.name }, body }, line: h.at + 1 };
  });
}

function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text.replace(/[.:;,]$/, '') : `${words.slice(0, 12).join(' ')}…`;
}

const LABEL = /^(speaker|title|abstract|date|time|place|location|room|venue|where|when)\s*:\s*(.*)$/i;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/**
 * The header of an old seminar announcement saved as text: a "when" line
 * ("Wednesday April 28 2004, 2-3:30pm, Room 228"), `SPEAKER:`/`TITLE:`
 * labels or a "Name (Affiliation)" line and a quoted title, then the abstract.
 * Undefined when the text does not start like that.
 */
function readTalkHeader(lines: string[]): PlainPart | undefined {
  const fields: Record<string, unknown> = {};
  let i = 0;
  let seen = 0;
  let firstLine = 0;
  let quoted: string[] | undefined;
  for (; i < lines.length && seen < 8; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (!firstLine) firstLine = i + 1;
    seen++;
    if (quoted) {
      quoted.push(line);
      if (/["”]\s*$/.test(line)) {
        fields.title = quoted.join(' ').replace(/^["“]|["”]$/g, '');
        quoted = undefined;
      }
      continue;
    }
    const label = LABEL.exec(line);
    if (label) {
      const key = label[1]!.toLowerCase();
      if (key === 'abstract') {
        i++;
        const rest = [label[2]!, ...lines.slice(i)].join('\n');
        return done(fields, rest, firstLine);
      }
      fields[key] = label[2]!.replace(/^["“]|["”]$/g, '');
      continue;
    }
    if (WEEKDAY.test(line) || (seen <= 2 && parseDate(line) && line.length < 90)) {
      const d = parseDate(line);
      if (d) fields.date = d.date;
      const after = line
        .replace(/^[^,]*\d{4}|^[^,]*,[^,]*\d{1,2}(?=,)/, '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      const time = after.find((x) => /\d\s*(?::\d{2}|[ap]\.?m|-\d)/i.test(x));
      if (time) fields.time = time;
      const place = after.filter((x) => x !== time && /\p{L}/u.test(x)).join(', ');
      if (place) fields.location = place;
      continue;
    }
    if (/^["“]/.test(line)) {
      if (/^["“].*["”]$/.test(line)) fields.title = line.replace(/^["“]|["”]$/g, '');
      else quoted = [line];
      continue;
    }
    if (
      !fields.speaker &&
      line.length <= 70 &&
      !/[.!?:]$/.test(line) &&
      splitNames(line).length === 1 &&
      /\(.+\)$|^\p{Lu}\p{L}+(?: \p{Lu}[\p{L}.]*){1,3}$/u.test(line) &&
      !/seminar|colloquium|lecture|workshop/i.test(line)
    ) {
      fields.speaker = line;
      continue;
    }
    if (/seminar|colloquium|lecture series/i.test(line) && seen === 1) continue;
    break;
  }
  if (!fields.title || (!fields.speaker && !fields.date)) return undefined;
  return done(fields, lines.slice(i).join('\n'), firstLine);
}

function done(fields: Record<string, unknown>, body: string, line: number): PlainPart {
  return { input: { kind: 'talk', fields, body, bodyMode: 'plain' }, line: line || 1 };
}
