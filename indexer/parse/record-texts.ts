/**
 * A record's texts: abstract, bio, body and the one-line summary a result shows, from its
 * fields and its body's sections, by what each kind of record holds. Pure.
 */
import type { Kind } from '../record.ts';
import type { RecordInput } from './build-record.ts';
import type { FieldReader } from './field-reader.ts';
import { firstSentence } from './first-sentence.ts';
import { splitSections } from './split-sections.ts';
import { texToText } from './tex-to-text.ts';
import { asBullets, toPlainLine, toPlainText } from './to-plain-text.ts';

export interface RecordTexts {
  abstract?: string;
  bio?: string;
  body?: string;
  summary?: string;
  /** The body field as written, before it was split: a dated news line's title comes from it. */
  bodyField?: string;
}

/** The texts of one record, marking the fields it reads as used. */
export function readRecordTexts(reader: FieldReader, input: RecordInput): RecordTexts {
  const { f, line, long, vars } = reader;
  const kind: Kind = input.kind;
  const sections = input.body ? splitSections(toPlainText(input.body, { mode: input.bodyMode, vars })) : { marked: false };
  let abstract = long('abstract');
  let bio = long('bio');
  const description = long('description');
  const bodyField = long('body');
  let body: string | undefined;
  const summaryField = line('summary');
  if (kind === 'talk') {
    abstract ??= sections.abstract ?? description;
    bio ??= sections.bio;
    if (!abstract && !sections.marked) abstract = sections.body ?? bodyField;
    else body = joinText(sections.marked || abstract !== sections.body ? sections.body : undefined, bodyField);
    if (abstract && body === abstract) body = undefined;
  } else if (kind === 'profile') {
    bio ??= sections.bio ?? description;
    abstract ??= sections.abstract;
    body = joinText(sections.body, bodyField);
    if (!bio && body) {
      bio = body;
      body = undefined;
    }
  } else {
    abstract ??= sections.abstract;
    bio ??= sections.bio;
    body = joinText(sections.body, bodyField);
    if (!body && description && description !== summaryField) body = description;
  }
  // Inline TeX ("on $\mathbb{R}^n$") reads as Unicode ("on ℝⁿ") wherever a text is shown, and the
  // summary drawn from these texts below matches the abstract it starts (the record page hides it then).
  abstract = tex(abstract);
  bio = tex(bio);
  body = tex(body);
  let summary = tex(summaryField);
  if (!summary && kind === 'news' && description && description.length <= 300)
    summary = texToText(description.replace(/\n+/g, ' '));
  if (!summary && kind === 'profile') {
    // A profile's `title` next to its `name` is a job title ("IAIFI Director").
    const position =
      line('position') ?? (f.name !== undefined && typeof f.title === 'string' ? toPlainLine(f.title) || undefined : undefined);
    if (position) summary = position;
  }
  if (!summary) {
    const from = abstract ?? body ?? bio;
    // The first paragraph of prose: not a list, a table row or a bare "Slides | Video" line.
    const paragraphs = from ? asBullets(from.slice(0, 4000)).split('\n\n') : [];
    const prose = paragraphs.find((p) => !/^(?:•|[^|\n]+ \|)/.test(p) && p.split(/\s+/).length >= 6) ?? paragraphs[0];
    if (prose) summary = firstSentence(prose.startsWith('• ') ? prose.split('\n')[0]!.slice(2) : prose);
  }
  return { abstract, bio, body, summary, bodyField };
}

const tex = (text: string | undefined) => (text === undefined ? text : texToText(text));

function joinText(...parts: (string | undefined)[]): string | undefined {
  const s = parts.filter(Boolean).join('\n\n');
  return s || undefined;
}
