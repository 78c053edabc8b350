/**
 * What the page-names content script, the background and the popup say to each other, and
 * the pure answers the background gives. Messages carry a `pageNames` field (never
 * `talkscope`, which the archive service answers).
 */
import type { NameEntry } from '../bundle-format.ts';
import { givesTalk, type TalkRecord } from '../record.ts';

export type PageNamesMessage =
  /**
   * Content script → background: the archive's names in a batch of the page's texts, found
   * off the page's main thread. Answer: `TextMatches` (see match-texts.ts).
   */
  | { pageNames: 'match'; texts: string[] }
  /**
   * Content script → background: add the names' stylesheet to this frame, which lacks it (the
   * script was started in a page already open). Answer: none.
   */
  | { pageNames: 'style' }
  /** Content script → background: who is marked on this page, times each. Answer: none. */
  | { pageNames: 'found'; counts: [key: string, times: number][] }
  /**
   * Background → every frame of a tab whose address changed: send a `found` again. A page that
   * changed its address itself (`history.pushState`, a new `#fragment`) is still there, and so
   * are its frames and their names; a new page has no script yet to answer. Answer: none.
   */
  | { pageNames: 'report' }
  /** Content script → background: the card's content. Answer: `CardPerson | undefined`. */
  | { pageNames: 'person'; key: string }
  /** Content script → background: open the person's archive page in a new tab. */
  | { pageNames: 'open-person'; key: string }
  /** Popup → background: what is known about a tab. Answer: `PageNamesState`. */
  | { pageNames: 'state'; tabId: number; url?: string };

export function isPageNamesMessage(m: unknown): m is PageNamesMessage {
  return typeof m === 'object' && m !== null && typeof (m as { pageNames?: unknown }).pageNames === 'string';
}

/** The part of a `NameEntry` the page needs to find someone. */
export type NameForLookup = Pick<NameEntry, 'key' | 'name' | 'variants'>;

/**
 * The people pages mark: speakers and profile subjects (not the hosts, editors and authors
 * an archive also names). An entry without roles (an older bundle) is kept.
 */
export function namesForLookup(entries: readonly NameEntry[]): NameForLookup[] {
  return entries
    .filter((e) => !Array.isArray(e.roles) || e.roles.includes('speaker') || e.roles.includes('subject'))
    .map(({ key, name, variants }) => ({ key, name, variants }));
}

export interface CardTalk {
  id: string;
  title: string;
  date?: string;
  series: string;
}

/** A person as the hover card shows them. */
export interface CardPerson {
  key: string;
  name: string;
  affiliation?: string;
  /** Their talks, newest first, at most `limit`. */
  talks: CardTalk[];
  /** Talks left out by the limit. */
  moreTalks: number;
  /** Records naming them that are not their talks (news, profiles). */
  otherRecords: number;
}

/**
 * The card for `entry`: the talks they speak at (or, for a profile subject with none, every
 * record naming them), newest first.
 */
export function describePerson(entry: NameEntry, records: ReadonlyMap<string, TalkRecord>, limit = 5): CardPerson {
  const named = entry.records.map((id) => records.get(id)).filter((r): r is TalkRecord => !!r);
  const talks = named
    .filter((r) => !r.placeholder && givesTalk(r, entry.key))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  return {
    key: entry.key,
    name: entry.name,
    ...(entry.affiliation ? { affiliation: entry.affiliation } : {}),
    talks: talks
      .slice(0, limit)
      .map((r) => ({ id: r.id, title: r.title, series: r.series, ...(r.date ? { date: r.date } : {}) })),
    moreTalks: Math.max(0, talks.length - limit),
    otherRecords: named.length - talks.length,
  };
}

/** What the popup gets for a tab: who is marked there, and whose homepage it is. */
export interface PageNamesState {
  /** People marked on the page, most marked first. */
  names: { key: string; name: string; times: number }[];
  homepage?: { key: string; name: string; talks: number };
}

/**
 * The badge for a tab: on the homepage of a person with talks, their number of talks;
 * elsewhere (and on the homepage of someone with none, such as a profile subject, where a "0"
 * would hide the people the page names) the number of archive people marked on the page;
 * empty when there is nothing to say.
 */
export function badgeFor(state: PageNamesState): { text: string; title: string } {
  if (state.homepage && state.homepage.talks > 0) {
    const n = state.homepage.talks;
    return { text: String(n), title: `Talkscope: ${state.homepage.name}, ${n} talk${n === 1 ? '' : 's'} in the archive` };
  }
  const n = state.names.length;
  if (!n) return { text: '', title: 'Talkscope' };
  return {
    text: n > 99 ? '99+' : String(n),
    title: `Talkscope: ${n} ${n === 1 ? 'person' : 'people'} from the archive on this page`,
  };
}
