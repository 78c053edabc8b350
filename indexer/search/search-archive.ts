/**
 * The search core's public face, shared by the command line, the popup, the
 * archive page and the omnibox. Pure: no browser and no Node API.
 *
 * - Build time: `serializeSearchIndex(records)` gives the text of `search-index.json`.
 * - Run time: `loadSearchArchive(indexText, records)` once, then `searchArchive`
 *   per query, `suggestCompletions` per keystroke, `relatedRecords` per record page.
 *
 * How a query is answered: it is read (`parseQuery`), every word must match
 * (in any field, any order; typos and prefixes allowed, scored below exact
 * words), phrases and exclusions are checked against the records' text, then
 * the score is adjusted (`rankMultiplier`) and results are grouped and counted.
 * When nothing matches, looser matching (any word, more typos) is tried and a
 * "did you mean" is offered from the index's own words.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Kind, TalkRecord } from '../record.ts';
import {
  fuzzyForKnown,
  fuzzyForUnknown,
  isContentTerm,
  normalizeTerm,
  SEARCH_FIELDS,
  SEARCH_INDEX_FORMAT,
  searchOptions,
  tokenizeText,
  type SearchField,
} from '../search-options.ts';
import { readCompactIndex, writeCompactIndex } from './compact-index.ts';
import { countFacets, yearOf } from './count-facets.ts';
import { didYouMean } from './did-you-mean.ts';
import { hasTerm, isKnownTerm, postingCount, recordHasTerm, startsATerm, withTypoLookupsRemembered } from './index-vocabulary.ts';
import { makeExcerpt, markText } from './mark-text.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import {
  isWholeTitle,
  MAX_RANK_MULTIPLIER,
  maxRankMultiplier,
  nameWordsOf,
  rankMultiplier,
  titleTerms,
  type RankContext,
} from './rank-signals.ts';
import { dateNumber, recordFeatures } from './record-features.ts';

export { parseQuery, type ParsedQuery } from './parse-query.ts';
export { suggestCompletions } from './suggest-completions.ts';
export { relatedRecords } from './related-records.ts';
export { markText, makeExcerpt } from './mark-text.ts';

/** A loaded archive: the index plus the records it points to. */
export interface SearchArchive {
  readonly records: ReadonlyMap<string, TalkRecord>;
  readonly index: MiniSearch<TalkRecord>;
}

/** Text cut into runs, `marked` where it matched the query; render each run as text. */
export type MarkedText = { text: string; marked: boolean }[];

export interface Hit {
  record: TalkRecord;
  score: number;
  /** The title with matched words marked (worked out when first read). */
  readonly title: MarkedText;
  /** A short passage of the stored text around the matches, matched words marked (worked out when first read). */
  readonly excerpt: MarkedText;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchRequest {
  query: string;
  /** Per group (talks, people, news) for `groups`, overall for `hits`. Default 20. */
  limit?: number;
  kinds?: Kind[];
  /** Inclusive year range. */
  years?: { from?: number; to?: number };
  series?: string[];
  /** The question is whole (submitted, not typed letter by letter): a question few records answer whole is answered in part too (see `isQuestion`). */
  finished?: boolean;
}

export interface SearchResponse {
  /** Every hit, best first, after filters, cut to `limit`. */
  hits: Hit[];
  /** How many matched before the cut. */
  total: number;
  /** Hits by kind with full counts: `profile` is the "people" group. */
  groups: Record<Kind, { hits: Hit[]; count: number }>;
  /** Counts by kind, year and series of everything that matched (before filters narrow it). */
  facets: { kind: FacetCount[]; year: FacetCount[]; series: FacetCount[] };
  /** A correction from the index's own terms when the query found nothing (or little). */
  didYouMean?: string;
  /** True when no strict match existed and looser matching produced these hits. */
  loosened?: boolean;
}

/**
 * Builds the index for `records` in memory (records in id order, so the same
 * records in any order give the same index).
 */
export function buildSearchIndex(records: readonly TalkRecord[]): MiniSearch<TalkRecord> {
  const index = new MiniSearch<TalkRecord>(searchOptions);
  index.addAll([...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return index;
}

/**
 * Builds the index for `records` and returns the text of the file the extension
 * ships (see indexer/search/compact-index.ts). Byte-identical for the same records.
 * @example writeFile('search-index.json', serializeSearchIndex(records))
 */
export function serializeSearchIndex(records: readonly TalkRecord[]): string {
  return writeCompactIndex(buildSearchIndex(records));
}

/**
 * Loads what `serializeSearchIndex` wrote, with the records file beside it.
 * Also reads a plain MiniSearch JSON index built with the same options. `index` may be one
 * read already from the same file (another `SearchArchive`'s), and `records` a map by id
 * the caller keeps anyway.
 * @throws when the text is neither (the message says to rebuild the archive).
 * @example const archive = loadSearchArchive(await (await fetch(indexUrl)).text(), records)
 */
export function loadSearchArchive(
  index: string | MiniSearch<TalkRecord>,
  records: readonly TalkRecord[] | ReadonlyMap<string, TalkRecord>,
): SearchArchive {
  return {
    index: typeof index === 'string' ? readSearchIndex(index) : index,
    records: 'get' in records ? records : new Map(records.map((r) => [r.id, r])),
  };
}

function readSearchIndex(indexText: string): MiniSearch<TalkRecord> {
  const compact = indexText.startsWith(`{"format":"${SEARCH_INDEX_FORMAT.split('/')[0]}`);
  return compact
    ? readCompactIndex<TalkRecord>(indexText, searchOptions)
    : MiniSearch.loadJSON<TalkRecord>(indexText, searchOptions);
}

/**
 * Whether answering `query` reads the records' texts (summaries, abstracts, bodies), not only
 * the index and what a result row shows: a quoted phrase is matched in those texts.
 * @example needsRecordTexts('"causal inference" lopez') === true
 */
export function needsRecordTexts(query: string): boolean {
  return parseQuery(query).phrases.length > 0;
}

/** An archive searched straight from records, without a file in between (tests, the command line). */
export function createSearchArchive(records: readonly TalkRecord[]): SearchArchive {
  return { index: buildSearchIndex(records), records: new Map(records.map((r) => [r.id, r])) };
}

interface Match {
  record: TalkRecord;
  score: number;
  terms: string[];
}

/**
 * Answers one query. Never throws on what was typed: a malformed query is read as plain words.
 * @example searchArchive(archive, { query: 'hartvigsn', limit: 5 }).hits[0].record.title
 *   // 'Towards Responsibly Deploying Machine Learning in Healthcare'
 */
export function searchArchive(archive: SearchArchive, request: SearchRequest): SearchResponse {
  return withTypoLookupsRemembered(archive.index, () => answer(archive, request));
}

function answer(archive: SearchArchive, request: SearchRequest): SearchResponse {
  const query = typeof request.query === 'string' ? request.query : '';
  const parsed = parseQuery(query);
  const limit = Math.max(0, Math.floor(request.limit ?? 20));
  let matches = findMatches(archive, parsed, 'strict');
  let suggestion: string | undefined;
  const typedWords = [...parsed.words, ...parsed.speaker, ...parsed.title, ...parsed.phrases];
  // A word no record holds ("O'Brien", read "o brien") is answered by its near spellings
  // alone ("brian"): hundreds of records, none holding what was typed. Said so, as when no
  // record holds every word, with the spelling the archive has.
  const unheld = matches.length > 0 && hasUnheldWord(archive.index, typedWords, request.finished === true);
  if ((matches.length <= 2 || unheld) && typedWords.length > 0) suggestion = didYouMean(archive.index, typedWords);
  const nothingWhole = matches.length === 0 && typedWords.length > 0;
  if (nothingWhole) matches = findMatches(archive, parsed, 'loose');
  const loosened = nothingWhole ? matches.length > 0 : unheld;
  const context = rankContext(archive, parsed, query);
  // Records that hold only some of the words, after those that hold them all.
  const asked = request.finished ? `${query} ` : query;
  const fewer = nothingWhole ? [] : partialAnswers(archive, parsed, asked, matches, context);
  const facets = countFacets([...matches, ...fewer].map((m) => m.record));
  const rank = (ms: Match[]) => {
    const filtered = ms.filter((m) => passesFilters(m.record, parsed, request));
    return { filtered, ranked: bestFirst(rankWithin(archive, filtered, limit, context), limit) };
  };
  const all = rank(matches);
  const more = rank(fewer);
  const filtered = [...all.filtered, ...more.filtered];
  const ranked = [...all.ranked, ...more.ranked];
  const made = new Map<string, Hit>();
  const hit = (m: Match): Hit => {
    let h = made.get(m.record.id);
    if (!h) {
      h = lazyHit(m);
      made.set(m.record.id, h);
    }
    return h;
  };
  const group = (kind: Kind) => {
    const ofKind = ranked.filter((m) => m.record.kind === kind);
    return { hits: ofKind.slice(0, limit).map(hit), count: filtered.reduce((n, m) => (m.record.kind === kind ? n + 1 : n), 0) };
  };
  return {
    hits: ranked.slice(0, limit).map(hit),
    total: filtered.length,
    groups: { talk: group('talk'), news: group('news'), profile: group('profile') },
    facets,
    ...(suggestion ? { didYouMean: suggestion } : {}),
    ...(loosened ? { loosened } : {}),
  };
}

/**
 * A question of three words or more, finished (submitted, a space after it, or more than a few words):
 * when few records hold all its words ("talks about causal inference in medicine" has one),
 * those holding some of them follow. Not while a short query's last word is still being typed:
 * a keystroke would pay for the looser search at every letter.
 */
function isQuestion(parsed: ParsedQuery, query: string): boolean {
  const words = contentWords(parsed.words).length;
  return words >= 3 && (/\s$/.test(query) || words > LONG_QUESTION);
}

/**
 * The records holding some of a question's words (see `isQuestion`; `query` with a space after
 * it when it was submitted), to follow the fewer than `FEW_MATCHES` holding them all; none for
 * a title typed whole: its record is the answer.
 */
function partialAnswers(
  archive: SearchArchive,
  parsed: ParsedQuery,
  query: string,
  matches: readonly Match[],
  context: RankContext,
): Match[] {
  if (matches.length >= FEW_MATCHES || !isQuestion(parsed, query)) return [];
  if (matches.some((m) => isWholeTitle(recordFeatures(m.record).titleTerms, context.titleTerms))) return [];
  const found = new Set(matches.map((m) => m.record.id));
  return findMatches(archive, parsed, 'some').filter((m) => !found.has(m.record.id));
}

/** Fewer matches than this for a question, and records holding only some of its words follow. */
const FEW_MATCHES = 5;
/** Words a question's partial answers are looked for by, at most: its rarest. */
const SOME_WORDS = 4;

/**
 * Every record's title (`titleKey`), once warm-up has read them all (`noteWholeTitles`):
 * whether a question is some title, whole, without reading each match.
 */
const wholeTitles = new WeakMap<SearchArchive, Set<string>>();

/** A title's terms as one key: equal keys are titles `isWholeTitle` takes for the same (terms hold no spaces). */
const titleKey = (terms: readonly string[]) => terms.join(' ');

/** Notes `archive`'s whole titles (see `rankWithin`); warm-up calls it after every record's features. */
export function noteWholeTitles(archive: SearchArchive): void {
  const titles = new Set<string>();
  for (const record of archive.records.values()) titles.add(titleKey(recordFeatures(record).titleTerms));
  wholeTitles.set(archive, titles);
}

/**
 * The matches, scored with `rankMultiplier`, that may still be among the best `limit` of
 * their kind (and so overall): a common word matches thousands of records, and most of them
 * score too low for any multiplier to lift them that far. They are ranked from the best index
 * score down; one whose score times the largest multiplier this question can give
 * (`maxRankMultiplier`) stays below the `limit`-th best of its kind so far is left out (its
 * kind's count still holds it).
 */
function rankWithin(archive: SearchArchive, matches: Match[], limit: number, context: RankContext): Match[] {
  if (matches.length <= limit) {
    for (const m of matches) m.score *= rankMultiplier(m.record, context);
    return matches;
  }
  // The most any of these matches can be lifted. Whether the question is some title, whole, is
  // known once warm-up has read every title; before, reading each match's title for it would
  // cost a keystroke more than the bound saves (the largest multiplier stands in).
  const titles = wholeTitles.get(archive);
  const most = titles ? maxRankMultiplier(context, (terms) => titles.has(titleKey(terms))) : MAX_RANK_MULTIPLIER;
  const byScore = [...matches].sort((a, b) => b.score - a.score);
  // For each kind, the best `limit` scores so far, lowest first.
  const best = new Map<Kind, number[]>();
  const out: Match[] = [];
  for (const m of byScore) {
    let top = best.get(m.record.kind);
    if (!top) best.set(m.record.kind, (top = []));
    if (top.length === limit && m.score * most < (top[0] as number)) continue;
    m.score *= rankMultiplier(m.record, context);
    out.push(m);
    if (top.length < limit) top.push(m.score);
    else if (m.score > (top[0] as number)) top[0] = m.score;
    else continue;
    top.sort((a, b) => a - b);
  }
  return out;
}

/**
 * The matches that can appear in a response (the best `limit` overall and of
 * each kind), best first; ties go to the more recent, then by id. Only those
 * are sorted: a short word on a large archive matches thousands of records.
 */
function bestFirst(matches: Match[], limit: number): Match[] {
  const keep = new Set<Match>();
  for (const kind of [undefined, 'talk', 'news', 'profile'] as const) {
    const of = kind ? matches.filter((m) => m.record.kind === kind) : matches;
    if (of.length <= limit) {
      for (const m of of) keep.add(m);
      continue;
    }
    const scores = Float64Array.from(of, (m) => m.score).sort();
    const threshold = scores[scores.length - limit] as number;
    for (const m of of) if (m.score >= threshold) keep.add(m);
  }
  return [...keep].sort(
    (a, b) =>
      b.score - a.score ||
      recordFeatures(b.record).date - recordFeatures(a.record).date ||
      (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0),
  );
}

/**
 * A hit whose marked title and excerpt are worked out when first read (then
 * kept): a response carries up to four lists of hits, and a popup shows a few.
 * They are ordinary enumerable properties to every reader, `JSON.stringify` included.
 */
function lazyHit(m: Match): Hit {
  let terms: Set<string> | undefined;
  let title: MarkedText | undefined;
  let excerpt: MarkedText | undefined;
  const matched = () => (terms ??= new Set(m.terms));
  return Object.defineProperties({ record: m.record, score: m.score } as Hit, {
    title: { enumerable: true, get: () => (title ??= markText(m.record.title, matched())) },
    excerpt: { enumerable: true, get: () => (excerpt ??= makeExcerpt(m.record, matched())) },
  });
}

/**
 * How words must match: `strict`, every word (typos and prefixes allowed); `loose`, any word,
 * with more typos (nothing matched strictly); `some`, any of the question's telling words, as
 * typed (records that follow the few holding every word).
 */
type MatchMode = 'strict' | 'loose' | 'some';

/** Records matching the query's words, phrases and exclusions (filters come later). */
function findMatches(archive: SearchArchive, parsed: ParsedQuery, mode: MatchMode): Match[] {
  const { index, records } = archive;
  const phraseWords = parsed.phrases.flatMap(tokenizeText);
  const allFree = withoutAskingWords(contentWords([...parsed.words, ...phraseWords]));
  // Loose, a long question (a pasted sentence or address) matches any of its words: the
  // common ones would each bring thousands of records, and rank none of them first.
  // Records answering part of a question: any word selects them, so only the few rarest do.
  const most = mode === 'some' ? SOME_WORDS : Infinity;
  const free = mode !== 'loose' || allFree.length > LONG_QUESTION ? withoutCommonWords(index, allFree, most) : allFree;
  const dropped = allFree.filter((w) => !free.includes(w)).map((w) => normalizeTerm(w) as string);
  const speaker = contentWords(parsed.speaker);
  const termCount = free.length + speaker.length + parsed.title.length;
  const perWord = (words: readonly string[], fields?: string[]): Query[] =>
    words.map((w, i) => wordQuery(index, w, mode, { last: i === words.length - 1, words: termCount, fields }));
  const queries: Query[] = [...perWord(free)];
  // Only stop words and single letters ("of G I T"): those are indexed in titles alone.
  if (free.length === 0 && parsed.words.length > 0)
    queries.push({ queries: [parsed.words.join(' ')], fields: ['title'], fuzzy: false, prefix: false });
  queries.push(...perWord(speaker, ['people']));
  if (parsed.title.length > 0) queries.push({ queries: [parsed.title.join(' ')], fields: ['title'], combineWith: 'AND' });
  let results: SearchResult[];
  if (queries.length === 0) {
    const filtersOnly = parsed.kinds.length > 0 || parsed.years || parsed.series.length > 0 || parsed.excluded.length > 0;
    if (!filtersOnly) return [];
    results = index.search(MiniSearch.wildcard);
  } else {
    results = index.search({ combineWith: mode === 'strict' ? 'AND' : 'OR', queries });
  }
  const excluded = excluder(index, parsed.excluded);
  const out: Match[] = [];
  for (const r of results) {
    const record = records.get(String(r.id));
    if (!record || excluded(record.id)) continue;
    if (parsed.phrases.length > 0 && !parsed.phrases.every((p) => hasPhrase(record, p))) continue;
    if (parsed.excluded.some((e) => tokenizeText(e).length > 1 && hasPhrase(record, e))) continue;
    out.push({ record, score: r.score, terms: dropped.length ? [...r.terms, ...dropped] : r.terms });
  }
  return out;
}

/**
 * In a query of three words or more, the words in more than a tenth of the
 * records are left out of matching, keeping at least the two rarest (three from
 * five words): they
 * select almost nothing, weigh little in the score (the title signals still
 * see them), and are what makes a long query slow on a large archive. At most the `most`
 * rarest are kept.
 */
function withoutCommonWords(index: MiniSearch<TalkRecord>, words: readonly string[], most = Infinity): string[] {
  if (words.length < 3) return [...words];
  const rarest = words.length >= 5 ? 3 : 2;
  const counted = words.map((w, at) => ({ w, at, n: postingCount(index, normalizeTerm(w) as string) }));
  const keep = new Set(
    [...counted]
      .sort((a, b) => a.n - b.n || a.at - b.at)
      .filter((c, rank) => rank < most && (rank < rarest || c.n <= index.documentCount / 10))
      .map((c) => c.at),
  );
  return counted.filter((c) => keep.has(c.at)).map((c) => c.w);
}

/**
 * "lecture on model theory of categories", "talk about graph neural networks": the words that
 * say a question is after a talk say nothing of which, and a record need not hold them. Left
 * out once two other words remain ("Hardy lecture" keeps its word).
 */
function withoutAskingWords(words: string[]): string[] {
  const telling = words.filter((w) => !ASKING_WORDS.has(w.toLowerCase()));
  return telling.length >= 2 && telling.length < words.length ? telling : words;
}

const ASKING_WORDS = new Set(
  'talk talks seminar seminars lecture lectures presentation presentations colloquium webinar speech'.split(' '),
);

/**
 * Whether a typed word is in no record: not a word of the index, nor, for the last word of a
 * query still being typed, the start of one.
 */
function hasUnheldWord(index: MiniSearch<TalkRecord>, words: readonly string[], finished: boolean): boolean {
  const terms = contentWords(words.flatMap(tokenizeText)).map((w) => normalizeTerm(w)!);
  return terms.some((t, i) => !isKnownTerm(index, t) && (finished || i < terms.length - 1 || !startsATerm(index, t)));
}

/** The words that must match: two characters or more, not stop words. */
function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => {
    const term = normalizeTerm(w);
    return term !== null && isContentTerm(term);
  });
}

/**
 * One word's query. Strict: a word the index knows is most likely meant as
 * typed: typos by its length only in queries of one or two words, weighted low
 * so the exact word wins. A word it does not know is most likely a typo: one
 * edit more, weighted higher, except a short last word, which is still being
 * typed (its prefix finds it). Prefixes for the last word, and for unknown
 * words of four letters or more ("machin learning"). Loose: more typos,
 * prefixes from three letters.
 *
 * Where the cost is: a short prefix ("ha") starts hundreds of words, and two
 * edits reach dozens; each of them costs its postings in every field. So a
 * second edit is matched in titles and names only, short prefixes in titles,
 * names, topics and summaries, where they mean something; the long text fields
 * take prefixes from five letters and one edit.
 */
function wordQuery(
  index: MiniSearch<TalkRecord>,
  word: string,
  mode: MatchMode,
  at: { last: boolean; words: number; fields?: string[] | undefined },
): Query {
  const term = normalizeTerm(word) ?? '';
  let fuzzy: number | false;
  let prefix: boolean;
  let weights: { fuzzy: number; prefix: number } | undefined;
  let typing = false;
  if (mode !== 'strict') {
    // In a long question, a word the index knows is taken as typed: its typos' neighbours
    // would cost the most and find what its other words find anyway.
    const asTyped = term.length < 3 || ((mode === 'some' || at.words > LONG_QUESTION) && hasTerm(index, term));
    fuzzy = asTyped ? false : term.length < 6 ? 1 : 2;
    prefix = term.length >= 3 && !asTyped;
  } else if (hasTerm(index, term)) {
    fuzzy = at.words <= 2 ? fuzzyForKnown(term) : false;
    prefix = at.last && term.length >= 2;
    weights = KNOWN_WORD_WEIGHTS;
  } else {
    fuzzy = at.last && term.length < 5 ? false : fuzzyForUnknown(term);
    // The last word, while it starts words of the index, is most likely being typed: its
    // prefix finds what it will be. Its typos' neighbours ("learnin": "leaning", "yearning")
    // are looked for in titles and names only, where a typo'd name ("Sudar" for "Sundar")
    // is; in the long texts they would cost the keystroke the most for nothing.
    typing = at.last && fuzzy !== false && startsATerm(index, term);
    if (typing) fuzzy = 1;
    prefix = at.last ? term.length >= 2 : term.length >= 4;
    weights = UNKNOWN_WORD_WEIGHTS;
  }
  const w = weights ? { weights } : {};
  if (at.fields) return { queries: [word], fields: at.fields, fuzzy, prefix, ...w };
  const oneEdit = fuzzy === false || typing ? false : Math.min(fuzzy, 1);
  const longPrefix = prefix && term.length >= 5;
  const labelPrefix = prefix && term.length >= 3;
  if (oneEdit === fuzzy && longPrefix === prefix) return { queries: [word], fuzzy, prefix, ...w };
  return {
    combineWith: 'OR',
    queries: [
      { queries: [word], fields: [...TEXT_FIELDS], fuzzy: oneEdit, prefix: longPrefix, ...w },
      { queries: [word], fields: [...LABEL_FIELDS], fuzzy: oneEdit, prefix: labelPrefix, ...w },
      // Two letters start hundreds of title words and matter most in names ("Ma", "Wu"): the
      // titles take them whole until a third letter.
      ...(prefix && term.length < 3
        ? [
            { queries: [word], fields: ['title'], fuzzy, prefix: false, ...w },
            { queries: [word], fields: NAME_FIELDS.filter((x) => x !== 'title'), fuzzy, prefix, ...w },
          ]
        : [{ queries: [word], fields: [...NAME_FIELDS], fuzzy, prefix, ...w }]),
    ],
  };
}
/** More words than this make a long question (see findMatches and wordQuery). */
const LONG_QUESTION = 4;
const KNOWN_WORD_WEIGHTS = { fuzzy: 0.2, prefix: 0.3 };
const UNKNOWN_WORD_WEIGHTS = { fuzzy: 0.45, prefix: 0.3 };
/** Titles and names take every prefix and typo; labels every prefix and one edit; long text fields one edit and prefixes from five letters. */
const NAME_FIELDS: readonly SearchField[] = ['title', 'people', 'hosts'];
const LABEL_FIELDS: readonly SearchField[] = ['topics', 'summary'];
const TEXT_FIELDS: readonly SearchField[] = SEARCH_FIELDS.filter((f) => !NAME_FIELDS.includes(f) && !LABEL_FIELDS.includes(f));

/** Whether a record holds an excluded word (exactly, in any field), asked of the index, never of the text. */
function excluder(index: MiniSearch<TalkRecord>, excluded: readonly string[]): (id: string) => boolean {
  const tests = excluded
    .map((e) => tokenizeText(e))
    .filter((words) => words.length === 1)
    .map((words) => normalizeTerm(words[0] as string))
    .filter((term): term is string => !!term)
    .map((term) => recordHasTerm(index, term));
  return (id) => tests.some((has) => has(id));
}

/** Whether the phrase's words (as the index sees them) appear in a row in one of the record's fields. */
function hasPhrase(record: TalkRecord, phrase: string): boolean {
  const wanted = titleTerms(phrase);
  if (wanted.length === 0) return true;
  const texts = [
    record.title,
    record.people.map((p) => p.name).join(' , '),
    record.summary,
    record.abstract,
    record.bio,
    record.body,
    record.topics.join(' , '),
  ];
  return texts.some((t) => {
    if (!t) return false;
    const terms = titleTerms(t);
    outer: for (let i = 0; i + wanted.length <= terms.length; i++) {
      for (let j = 0; j < wanted.length; j++) if (terms[i + j] !== wanted[j]) continue outer;
      return true;
    }
    return false;
  });
}

function passesFilters(record: TalkRecord, parsed: ParsedQuery, request: SearchRequest): boolean {
  if (request.kinds?.length && !request.kinds.includes(record.kind)) return false;
  if (parsed.kinds.length && !parsed.kinds.includes(record.kind)) return false;
  for (const years of [request.years, parsed.years]) {
    if (!years || (years.from === undefined && years.to === undefined)) continue;
    const y = yearOf(record);
    if (y === undefined || (years.from !== undefined && y < years.from) || (years.to !== undefined && y > years.to)) return false;
  }
  if (request.series?.length && !request.series.includes(record.series)) return false;
  if (parsed.series.length) {
    const series = normalizeSeries(record.series);
    if (!parsed.series.every((s) => series.includes(normalizeSeries(s)))) return false;
  }
  return true;
}

function normalizeSeries(s: string): string {
  return tokenizeText(s.toLowerCase()).join(' ');
}

const dateRanges = new WeakMap<SearchArchive, { oldest: number; newest: number }>();

function rankContext(archive: SearchArchive, parsed: ParsedQuery, query: string): RankContext {
  let range = dateRanges.get(archive);
  if (!range) {
    let oldest = Infinity;
    let newest = 0;
    for (const r of archive.records.values()) {
      const d = dateNumber(r.date);
      if (d) {
        oldest = Math.min(oldest, d);
        newest = Math.max(newest, d);
      }
    }
    range = { oldest: Number.isFinite(oldest) ? oldest : 0, newest };
    dateRanges.set(archive, range);
  }
  const nameSource = parsed.speaker.length > 0 ? parsed.speaker : parsed.words;
  return {
    nameWords: nameWordsOf(nameSource),
    titleTerms: titleTerms([...parsed.words, ...parsed.title].join(' ')),
    accentedWords: [...parsed.words, ...parsed.speaker].filter((w) => /[\u0080-\uffff]/.test(w)).map((w) => w.toLowerCase()),
    typing: !/\s$/.test(query),
    ...range,
  };
}
