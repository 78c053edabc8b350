/**
 * "On this page": the archive's people named on a page, and talks related to
 * what the page is about (its title, headings and description as a query).
 * Pure: the page's text comes in as values.
 */
import type { NameEntry } from '../../indexer/bundle-format.ts';
import { searchArchive, type Hit } from '../../indexer/search/search-archive.ts';
import type { LoadedArchive } from './loaded-archive.ts';
import { buildHomepageMatcher } from '../../indexer/names/match-homepage.ts';

/** What the popup reads from the active tab, once, when it opens. */
export interface PageText {
  url: string;
  title: string;
  headings: string[];
  description: string;
  /** Visible text, cut to a few hundred kilobytes. */
  text: string;
}

export interface PageFindings {
  /** People named on the page, most mentioned first. */
  people: NameEntry[];
  /** Talks and news about the page's subject. */
  related: Hit[];
  /** The person whose homepage this is, when one is. */
  homepageOf?: NameEntry;
}

export function lookAtPage(loaded: LoadedArchive, page: PageText, limit = 6): PageFindings {
  const counts = new Map<string, number>();
  const matcher = loaded.nameMatcher();
  for (const chunk of [page.title, ...page.headings, page.description, page.text]) {
    for (const m of matcher.find(chunk)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  }
  const homepageOf = buildHomepageMatcher(loaded.names)(page.url);
  const people = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => loaded.namesByKey.get(key))
    .filter((e): e is NameEntry => !!e && e.key !== homepageOf?.key)
    .slice(0, limit);
  const query = pageQuery(page);
  const related = query ? searchArchive(loaded.archive, { query, limit, kinds: ['talk', 'news'] }).hits : [];
  return { people: homepageOf ? [homepageOf, ...people] : people, related, ...(homepageOf ? { homepageOf } : {}) };
}

/** The words that say what a page is about, capped so the search stays quick. */
export function pageQuery(page: Pick<PageText, 'title' | 'headings' | 'description'>, maxWords = 24): string {
  const words = [page.title, ...page.headings.slice(0, 6), page.description]
    .join(' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
  return [...new Set(words.map((w) => w.toLowerCase()))].slice(0, maxWords).join(' ');
}
