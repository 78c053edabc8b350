/**
 * The people a record names, and what reading them says about its title: a profile's title is
 * its subject's name, a talk's may name its speaker ("Talk: Ana Lima (MIT)", "Thesis defense:
 * Bo Chen"), and a talk whose speaker is "TBA" is a placeholder. Pure.
 */
import { personKey } from '../people/person-key.ts';
import type { Person, Problem, Role } from '../record.ts';
import type { RecordInput } from './build-record.ts';
import type { FieldReader } from './field-reader.ts';
import { scalarText } from './field-value.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { cleanPersonName, mayBePerson, type NameParts } from './name-parts.ts';
import { readPeople } from './read-people.ts';
import { problem, type RecordSource, type RootContext } from './root-context.ts';
import { toPlainLine } from './to-plain-text.ts';

/** A record's people, sorted by role, and its title as far as they decide it. */
export interface RecordPeople {
  people: Person[];
  /** The title field read as a line (a profile's: its subject's name). */
  title?: string;
  /** The title field as written, placeholder or not. */
  titleRaw?: string;
  /** The speaker field, as found. */
  speakerHit?: [string, unknown];
  /** The speaker field says no one yet ("TBA"). */
  placeholder: boolean;
}

/**
 * Reads the speakers, authors, editors, hosts and a profile's subject of one record, each
 * person once per role. A profile that names no one gives its problem instead: it is no record.
 */
export function readRecordPeople(
  reader: FieldReader,
  input: RecordInput,
  ctx: RootContext,
  src: RecordSource,
): RecordPeople | { problems: Problem[] } {
  const { f, used, keysFor, get, line } = reader;
  const kind = input.kind;
  const vars = reader.vars;
  const problems: Problem[] = [];
  let placeholder = false;
  const people: Person[] = [];
  const add = (parts: NameParts[], role: Role) => {
    for (const p of parts) {
      const key = keyOf(p.name);
      if (!key || people.some((q) => q.key === key && q.role === role)) continue;
      const person: Person = { name: p.name, key, role };
      if (p.affiliation) person.affiliation = p.affiliation;
      if (p.homepage) person.homepage = p.homepage;
      people.push(person);
    }
  };
  const speakerHit = get('speaker');
  let speakers: NameParts[] = speakerHit ? readPeople(speakerHit[1], ctx.lookup) : [];
  if (speakerHit && !speakers.length && isPlaceholder(scalarText(speakerHit[1]))) placeholder = true;
  const first = line('firstName');
  const last = line('lastName');
  // In a profile, Hugo's `authors: [jdoe]` is the person's own user name, not a writer.
  const authorHit = get('author', kind === 'profile' ? ['authors'] : []);
  const authors = authorHit ? readPeople(authorHit[1], ctx.lookup) : [];
  const titleSkip = kind === 'profile' ? ['title', 'subject'] : [];
  let title = unbracket(line('title', titleSkip));
  const titleHit = get('title', titleSkip);
  const titleRaw = titleHit ? toPlainLine(scalarText(titleHit[1]), vars) : undefined;

  if (kind === 'profile') {
    // The subject: `name` (+ `lastname`), first/last parts, else a `title` that is a name.
    const subject = get('subject');
    const subjectParts = subject ? readPeople(subject[1], ctx.lookup) : [];
    let name = subjectParts[0]?.name;
    if (name && last && !personKey(name).includes(personKey(last))) name = cleanPersonName(`${name} ${last}`);
    if (!name && (first || last)) name = cleanPersonName([first, last].filter(Boolean).join(' '));
    if (!name && typeof f.title === 'string') {
      used.add('title');
      name = cleanPersonName(f.title);
    }
    if (!name && !input.titleHint && subject && isPlaceholder(scalarText(subject[1]))) {
      // "name: FirstName LastName": a template to copy, not a person.
      problems.push(
        problem(
          ctx,
          src,
          'warning',
          `profile names no one (name: ${JSON.stringify(scalarText(subject[1]))}): a template or placeholder, not indexed`,
          src.line,
        ),
      );
      return { problems };
    }
    if (!name && !input.titleHint && !input.people?.length) {
      // "name: Graduate Students" over a list of ids: a group, not a person.
      const what = subject ? `name: ${JSON.stringify(scalarText(subject[1]))}` : 'no name field';
      problems.push(problem(ctx, src, 'warning', `profile names no one (${what}): not indexed`, src.line));
      return { problems };
    }
    if (name) {
      const affiliation = line('affiliation') ?? subjectParts[0]?.affiliation;
      const homepage = reader.firstUrl(keysFor('homepage')) ?? reader.firstUrl(['url', 'link']) ?? subjectParts[0]?.homepage;
      add([{ name, ...(affiliation ? { affiliation } : {}), ...(homepage ? { homepage } : {}) }], 'subject');
      title = name;
    }
    add(authors, 'author');
  } else if (kind === 'talk') {
    if (!speakers.length && (first || last)) {
      const whole = [first, last].filter(Boolean).join(' ');
      // `speaker_first: "Alessandro Berarducci and"`, `speaker_last: "Marcello Mamino"`: two people.
      if (/\s(?:and|&)\s/.test(whole)) speakers = readPeople(whole, ctx.lookup);
      else {
        const n = cleanPersonName(whole);
        if (n) speakers = [{ name: n }];
      }
    }
    if (!speakers.length && authors.length) speakers = authors;
    else add(authors, 'author');
    // "Talk: Name (Affiliation)" as the title (reading-group schedules) names the speaker in full.
    if (title && /^talk\s*:/i.test(title)) {
      const named = readPeople(title.replace(/^talk\s*:\s*/i, ''));
      if (named.length) speakers = named;
    }
    // "Thesis defense: Ana Lima", "PhD Defense - Bo Chen": the candidate speaks.
    const defense =
      !speakers.length && title
        ? /\bdefen[cs]es?(?:\s+announcement)?\s*(?:[:–—-]|by)\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s*$/iu.exec(
            title,
          )
        : null;
    if (defense) speakers = readPeople(defense[1]!);
    // `title = "Ana Lima (Università di Pisa)"` with the talk in `seminar = "…"`.
    const firstSpeaker = speakers[0]?.name;
    if (title && firstSpeaker && title.startsWith(firstSpeaker)) {
      const real = line('speakerTitle');
      if (real) title = real;
    }
    if (speakers.length === 1) {
      const s = { ...speakers[0]! };
      if (!s.affiliation) {
        const a = line('affiliation')?.replace(/[\s,;:]+$/, '');
        if (a) s.affiliation = a;
      }
      if (!s.homepage) {
        const h = reader.firstUrl(keysFor('homepage'));
        if (h) s.homepage = h;
      }
      speakers = [s];
    }
    add(speakers, 'speaker');
  } else {
    add(authors, 'author');
    add(speakers, 'speaker');
  }
  const editorHit = get('editor');
  if (editorHit) add(readPeople(editorHit[1], ctx.lookup), 'editor');
  const hostHit = get('host');
  if (hostHit)
    add(
      readPeople(hostHit[1], ctx.lookup).filter((p) => mayBePerson(p.name)),
      'host',
    );
  if (input.people) for (const p of input.people) if (!people.some((q) => q.key === p.key && q.role === p.role)) people.push(p);
  people.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);

  return { people, title, titleRaw, speakerHit, placeholder };
}

/** "[Knowledge Augmented Relation Classification]" (a link without its target) → the text. */
function unbracket(s: string | undefined): string | undefined {
  return s && /^\[[^\]]+\]$/.test(s) ? s.slice(1, -1).trim() || undefined : s;
}

const KEYS = new Map<string, string>();

/** `personKey`, remembered: the same names come back in record after record. */
function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = personKey(name);
    if (KEYS.size < 50_000) KEYS.set(name, key);
  }
  return key;
}

const ROLE_ORDER: Record<Role, number> = { speaker: 0, subject: 1, author: 2, host: 3, editor: 4 };
