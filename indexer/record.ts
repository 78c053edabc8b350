/**
 * The one record shape every input becomes: a talk, a news post or a profile,
 * whatever archive, format or field names it came from.
 *
 * Pure types only: the indexer (Node), the search core, the extension and the
 * page highlighter all import this file, so it must stay free of any runtime API.
 */

/** What a record is. The archive page, popup groups and filters are keyed by it. */
export type Kind = 'talk' | 'news' | 'profile';
export const KINDS: readonly Kind[] = ['talk', 'news', 'profile'];

/**
 * Whether the person `key` gives the talk `record` is, rather than hosting it or having
 * posted its page: what a person's count of talks counts, and their page lists as talks.
 */
export function givesTalk(record: TalkRecord, key: string): boolean {
  return record.kind === 'talk' && record.people.some((p) => p.key === key && p.role === 'speaker');
}

/**
 * How a person relates to a record:
 * - `speaker`: gives the talk (also presenters, panelists);
 * - `author`: wrote the news post or the profile article;
 * - `editor`: edited or posted the page (Jekyll `editor`);
 * - `subject`: the person a profile is about;
 * - `host`: organiser, chair or host of a talk.
 */
export type Role = 'speaker' | 'author' | 'editor' | 'subject' | 'host';

export interface Person {
  /** Display name, cleaned: "Tom Hartvigsen", never "Hartvigsen, Tom" and never "TBA". */
  name: string;
  /**
   * Identity key shared by the same person across records and archives:
   * lower case, accents folded, tokens in given-name-first order ("marzyeh ghassemi").
   * Person pages are addressed by it (`#/person/<key>`). See `personKey`.
   */
  key: string;
  role: Role;
  affiliation?: string;
  /** http(s) only. */
  homepage?: string;
}

export interface Link {
  /** What the link is ("Slides", "Video", "Paper"); the host name when the source gives none. */
  label: string;
  /** http(s) only. */
  url: string;
}

export interface TalkRecord {
  /**
   * Stable identifier: the series slug and the source path (with `#n` inside a
   * collection file), e.g. `uva-ml-seminar/talks/2023-09-20.md`. The same file at
   * the same place keeps its id from build to build.
   */
  id: string;
  kind: Kind;
  /** As written, cleaned of markup. Never empty: a record without one is not emitted. */
  title: string;
  /** Everyone named with a role, speakers first, in source order, no duplicates. */
  people: Person[];
  /** ISO calendar date `YYYY-MM-DD`, exactly the day the source names (never shifted by a time zone). */
  date?: string;
  /** Time of day as written: "12:00 - 13:00 ET", "3pm". */
  time?: string;
  /** Room or venue. */
  location?: string;
  /** Meeting or video link (http(s) only). */
  online?: string;
  /** One line: a given description, or the first sentence of the abstract or body. */
  summary?: string;
  /** Plain text; paragraphs separated by a blank line. */
  abstract?: string;
  /** Plain text; paragraphs separated by a blank line. */
  bio?: string;
  /** Plain text of what is neither abstract nor bio; paragraphs separated by a blank line. */
  body?: string;
  /** Given tags, or terms derived from the text; lower case, deduplicated. */
  topics: string[];
  /** The archive or seminar series: the content root's configured name, or its folder name. */
  series: string;
  /** Every other http(s) link the record carries (slides, video, paper, event page). */
  links: Link[];
  /** http(s) only. */
  image?: string;
  /**
   * The talk is a placeholder ("TBA", "No seminar", "Speaker to be announced"):
   * kept so the schedule reads right, ranked last and never used to name a person.
   */
  placeholder?: boolean;
  /** The content root as given on the command line (or in TALKSCOPE_CONTENT). */
  root: string;
  /** Path relative to the root, `/`-separated; `path#n` for the n-th entry (from 0) of a collection file. */
  source: string;
  /** 1-based line in the source file where the record starts (the entry, inside a collection file). */
  line?: number;
  /** Ids of a few related records (same speaker, shared topics), chosen at build time. */
  related: string[];
}

/** A problem with the input, located as precisely as the indexer can. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Content root as given. */
  root: string;
  /** Path relative to the root (`path#n` inside a collection file). */
  source: string;
  /** 1-based line, where known. */
  line?: number;
  /** For people: what was expected and what was found. */
  message: string;
}

/** `path:line: severity: message`, the one way problems are printed. */
export function formatProblem(p: Problem): string {
  const where = joinPath(p.root, p.source.replace(/#\d+$/, ''));
  return `${where}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`;
}

function joinPath(root: string, rel: string): string {
  if (!root || root === '.') return rel;
  return root.endsWith('/') ? root + rel : `${root}/${rel}`;
}
