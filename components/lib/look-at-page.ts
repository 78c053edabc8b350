/**
 * "On this page": the archive's people named on a page, and talks related to
 * what the page is about (its title, headings and description as a query).
 * Pure: the page's text comes in as values.
 */
import type { NameEntry } from '../../indexer/bundle-format.ts';
import { searchArchive, type Hit } from '../../indexer/search/search-archive.ts';
import { recordHasTerm } from '../../indexer/search/index-vocabulary.ts';
import { normalizeTerm } from '../../indexer/search-options.ts';
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
  return {
    people: homepageOf ? [homepageOf, ...people] : people,
    related: relatedTalks(loaded, page, limit),
    ...(homepageOf ? { homepageOf } : {}),
  };
}

/**
 * Talks and news about what the page is about. The page's words are asked as one loose
 * question, and a record is kept only when it holds two of them, from the page's title one
 * (two of a title of three words or more): a Wikipedia article on protein folding would
 * otherwise get the talks holding "process" and "methods" from its headings, and a recipe
 * page those holding "best" and "make".
 */
function relatedTalks(loaded: LoadedArchive, page: PageText, limit: number): Hit[] {
  const query = pageQuery(page);
  if (!query) return [];
  const terms = (text: string) => [
    ...new Set(
      words(text)
        .map((w) => normalizeTerm(w, 'summary'))
        .filter((t): t is string => !!t),
    ),
  ];
  const asked = terms(query).map((term) => ({ term, held: recordHasTerm(loaded.archive.index, term) }));
  const fromTitle = new Set(terms(pageTitle(page.title)));
  const enough = Math.min(2, asked.length);
  // A title of three words or more is matched by two of them: one is often a word of any page.
  const fromTitleEnough = fromTitle.size >= 3 ? 2 : Math.min(1, fromTitle.size);
  // More than shown: some of the best by score hold one word only.
  const hits = searchArchive(loaded.archive, { query, limit: limit * 4, kinds: ['talk', 'news'] }).hits;
  return hits
    .filter((hit) => {
      const held = asked.filter((a) => a.held(hit.record.id));
      return held.length >= enough && held.filter((a) => fromTitle.has(a.term)).length >= fromTitleEnough;
    })
    .slice(0, limit);
}

/** The words that say what a page is about, capped so the search stays quick. */
export function pageQuery(page: Pick<PageText, 'title' | 'headings' | 'description'>, maxWords = 24): string {
  const all = words([pageTitle(page.title), ...page.headings.slice(0, 6), page.description].join(' '));
  return [...new Set(all.map((w) => w.toLowerCase()))].slice(0, maxWords).join(' ');
}

/**
 * A page's title without its site's name: "Protein folding - Wikipedia" is about protein
 * folding, "GitHub - pytorch/pytorch: Tensors…" about PyTorch. The longest of the parts
 * between " - ", " | ", " — ", " – " or " · ".
 * @example pageTitle('Best chocolate cake recipe | Food Network') === 'Best chocolate cake recipe'
 */
export function pageTitle(title: string): string {
  const parts = title.split(/\s+[-|—–·]\s+/u);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '').trim();
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
