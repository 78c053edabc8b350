import type { Kind, Link, Person, Problem, TalkRecord } from '../record.ts';
import { FIELD_NAMES, IGNORED_URL_FIELDS, LINK_LABELS } from './field-names.ts';
import { firstSentence } from './first-sentence.ts';
import { isPlaceholder } from './is-placeholder.ts';
import { unrealFileNameDate } from './parse-date.ts';
import { scalarText, truthy } from './field-value.ts';
import { normalizeFields } from './normalize-fields.ts';
import { fieldReader } from './field-reader.ts';
import { readRecordPeople } from './record-people.ts';
import { readRecordTexts } from './record-texts.ts';
import { readRecordWhen } from './record-when.ts';
import { readTopics } from './read-topics.ts';
import { problem, type RecordSource, type RootContext } from './root-context.ts';
import { safeUrl } from './safe-url.ts';
import { texToText } from './tex-to-text.ts';
import { toPlainLine } from './to-plain-text.ts';

/** One record's raw material: its fields, and the body text when it is a document. */
export interface RecordInput {
  kind: Kind;
  /** Front matter or collection entry, keys as written. */
  fields: Record<string, unknown>;
  /** Markup body (markdown/HTML), if any. */
  body?: string;
  /** `plain` for .txt bodies (see `toPlainText`). */
  bodyMode?: 'markup' | 'plain';
  /** People known from elsewhere in the file (a plain-text byline). */
  people?: Person[];
  /** A title found in the body when the fields give none (a headline). */
  titleHint?: string;
}

/**
 * Turns one source's fields and body into a `TalkRecord` (with `related: []`),
 * recognising the field names of `FIELD_NAMES` and the root config's `fields`.
 * Problems are located at `src.line`. A record is returned whole or not at all:
 * with no usable title it is undefined and a warning says why.
 */
export function buildRecord(
  input: RecordInput,
  src: RecordSource,
  ctx: RootContext,
): { record?: TalkRecord; problems: Problem[] } {
  const problems: Problem[] = [];
  const warn = (message: string) => problems.push(problem(ctx, src, 'warning', message, src.line));
  const f = normalizeFields(input.fields, ctx.config.fields);
  const kind = input.kind;
  const base = ctx.config.baseUrl;
  // Liquid `{{ page.x }}` needs the fields; most records have none.
  const liquid = input.body?.includes('{{') || Object.values(input.fields).some((v) => typeof v === 'string' && v.includes('{{'));
  const vars = liquid ? { ...input.fields, ...f } : undefined;
  const reader = fieldReader(f, vars, base);
  const { used, keysFor, line } = reader;

  const read = readRecordPeople(reader, input, ctx, src);
  if (!('people' in read)) return { problems: [...problems, ...read.problems] };
  const { people, titleRaw, speakerHit } = read;
  let { title, placeholder } = read;

  const when = readRecordWhen(reader, kind, src, ctx);
  const { date, time, unreadable } = when;
  if (unreadable) warn(`date not understood (${unreadable}); expected a date such as 2023-09-20, 20/09/2023 or Sep 20, 2023`);

  // Place and links.
  let location = line('location');
  let online = reader.firstUrl(keysFor('online'));
  if (location && safeUrl(location)) {
    online ??= safeUrl(location);
    location = undefined;
  }
  if (!location && when.before && kind === 'talk') location = when.before;
  const image = reader.firstUrl(keysFor('image'));
  const links: Link[] = [];
  const addLink = (key: string, value: unknown) => {
    const url = safeUrl(scalarText(value), base);
    if (!url || url === online || url === image || links.some((l) => l.url === url) || people.some((p) => p.homepage === url))
      return;
    links.push({ label: LINK_LABELS[key] ?? hostLabel(url), url });
  };
  for (const key of keysFor('link')) {
    const v = f[key];
    used.add(key);
    for (const item of Array.isArray(v) ? v : [v]) addLink(key, item);
  }

  const { abstract, bio, body, summary, bodyField } = readRecordTexts(reader, input);

  // Title.
  if (!title && input.titleHint) title = toPlainLine(input.titleHint);
  // A dated news line with no title (`{date, text}`): its first sentence is the title.
  if (!title && kind === 'news' && (body ?? bodyField)) title = firstSentence((body ?? bodyField)!, 120);
  if (title && isPlaceholder(title) && kind === 'talk') placeholder = true;
  if (!title && kind === 'talk' && people.some((p) => p.role === 'speaker')) {
    title = `Talk by ${joinNames(people.filter((p) => p.role === 'speaker').map((p) => p.name))}`;
  }
  if (!title && titleRaw) {
    // Only a placeholder ("TBA", "No seminar"): keep it as written, marked.
    title = titleRaw;
    placeholder = true;
  }
  if (!title) {
    const fromName = titleFromPath(src.path);
    if (fromName) {
      title = fromName;
      if (isPlaceholder(title) && kind === 'talk') placeholder = true;
      else warn(`no title field; titled "${fromName}" after the file name`);
    }
  }
  if (!title) {
    problems.push(problem(ctx, src, 'warning', 'no title: not indexed (give it a "title" field)', src.line));
    return { problems };
  }
  title = texToText(title);

  for (const key of keysFor('placeholderFlag'))
    if (truthy(f[key]) && !(key === 'tbd_speakers' && people.some((p) => p.role === 'speaker'))) placeholder = true;
  if (kind === 'talk' && !people.some((p) => p.role === 'speaker') && speakerHit && isPlaceholder(scalarText(speakerHit[1])))
    placeholder = true;

  // Links the text labels as slides, video, paper... ("See [Slides](…) and [Video](…)"), and
  // papers it cites by their title ("Resources: [ZeRO: Memory …](https://arxiv.org/abs/…)"):
  // in the body, or in an abstract written in the front matter, as many archives keep it.
  const texts = [input.body, ...TEXT_FIELDS.map((name) => keysFor(name)[0]).map((k) => (k ? scalarText(f[k]) : ''))];
  for (const text of texts) {
    if (!text || !MAY_LINK.test(text)) continue;
    for (const m of text.matchAll(BODY_LINK)) {
      const label = toPlainLine(m[1] ?? m[4] ?? '');
      const url = m[2] ?? m[3];
      if (links.length >= 12 || !url || !label) continue;
      const named = label.length <= 40 && LINK_WORDS.test(label);
      if (!named && !(PAPER_HOSTS.test(url) && label.length <= 120)) continue;
      const count = links.length;
      addLink('', url);
      // A link written as its own address, or as "here", is named by its site instead.
      if (links.length > count && !/^(?:https?:\/\/|www\.)|^\(?(?:here|link|this|cite|click here)\)?$/i.test(label))
        links[count]!.label = label[0]!.toUpperCase() + label.slice(1);
    }
  }

  // Any other http(s) field is a link too.
  for (const [key, v] of Object.entries(f)) {
    if (used.has(key) || IGNORED_URL_FIELDS.has(key) || FIELD_IGNORED.has(key)) continue;
    if (typeof v === 'string' && /^https?:\/\//i.test(v.trim())) addLink(key, v);
  }

  // "No seminar scheduled" with no date says nothing a schedule or a search could use.
  if (placeholder && !date) {
    problems.push(
      problem(ctx, src, 'warning', `placeholder (${title}) with no date: nothing to schedule, not indexed`, src.line),
    );
    return { problems };
  }

  const record: TalkRecord = {
    id: `${ctx.seriesSlug}/${src.source}`,
    kind,
    title,
    people,
    topics: readTopics(f),
    series: ctx.series,
    links,
    root: ctx.root,
    source: src.source,
    line: src.line,
    related: [],
  };
  if (date) record.date = date;
  if (time) record.time = time;
  if (location) record.location = location;
  if (online) record.online = online;
  if (summary) record.summary = summary;
  if (abstract) record.abstract = abstract;
  if (bio) record.bio = bio;
  if (body) record.body = body;
  if (image) record.image = image;
  if (placeholder) record.placeholder = true;

  const unrealDate = kind === 'talk' && !date && !unreadable ? unrealFileNameDate(src.path) : undefined;
  if (unrealDate) warn(`talk has no date: the date in its file name, ${unrealDate}, does not exist`);
  else if (kind === 'talk' && !date && !unreadable)
    warn('talk has no date (looked for date, time, datetime, start, event_date and a date in the file name)');
  if (placeholder) warn(`placeholder (${title}): kept for the schedule, ranked last, names no one`);
  return { record, problems };
}

const BODY_LINK =
  /\[([^\]\n]{1,60})\]\((https?:\/\/[^)\s]+)\)|<a\s[^<>]*href=["'](https?:\/\/[^"']+)["'][^<>]*>([^<]{1,60})<\/a>/gi;
const LINK_WORD_LIST = [
  'slides?',
  'video',
  'recording',
  'paper',
  'pdf',
  'code',
  'arxiv',
  'youtube',
  'poster',
  'preprint',
  'github',
];
const PAPER_HOST_LIST = [
  'arxiv\\.org',
  'doi\\.org',
  'openreview\\.net',
  'youtube\\.com',
  'youtu\\.be',
  'vimeo\\.com',
  'github\\.com',
];
const LINK_WORDS = new RegExp(`\\b(?:${LINK_WORD_LIST.join('|')})\\b`, 'i');
/** Where a link is a paper, a recording or code whatever its text says (often the paper's title). */
const PAPER_HOSTS = new RegExp(`^https?://(?:[\\w-]+\\.)*(?:${PAPER_HOST_LIST.join('|')})/`, 'i');
/** A quick look before the links are read: a word of `LINK_WORDS` or a host of `PAPER_HOSTS`, anywhere. */
const MAY_LINK = new RegExp([...LINK_WORD_LIST, ...PAPER_HOST_LIST].join('|'), 'i');
/** Fields whose text may hold such links. */
const TEXT_FIELDS = ['abstract', 'summary', 'bio', 'body'] as const;

const FIELD_IGNORED = new Set(Object.values(FIELD_NAMES).flat() as string[]);

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'Link';
  }
}

/** "2019-01-21-jim-dai.md" → "Jim dai"; nothing for names that are only dates or numbers. */
function titleFromPath(path: string): string | undefined {
  const base = path
    .slice(path.lastIndexOf('/') + 1)
    .replace(/\.[a-z]+$/i, '')
    .replace(/^.*__/, '');
  const words = base
    .replace(/^\d{4}-\d{1,2}-\d{1,2}[-_]?/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  if (!words || !/\p{L}{2}/u.test(words) || /^index$/i.test(words)) return undefined;
  return words[0]!.toUpperCase() + words.slice(1);
}
