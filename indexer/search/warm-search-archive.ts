/**
 * What a loaded archive's first searches would otherwise work out as they go,
 * done ahead in small steps: every term's postings decoded (the shipped index
 * decodes a term on first touch), every record's ranking features and whole title, then a few
 * searches typed as a person types them, so the first searches someone makes
 * run code the engine has already compiled. A caller runs the steps when
 * nothing else is waiting (see run-in-slices.ts); a search between two steps
 * gives the same answer as ever, only sooner.
 */
import { noteWholeTitles, searchArchive, type SearchArchive } from './search-archive.ts';
import { decodeEveryTerm } from './index-vocabulary.ts';
import { recordFeatures, termsOf } from './record-features.ts';

/** Records whose features are worked out per step: about as long as decoding one busy term. */
const RECORDS_PER_STEP = 32;
/** Records whose longest title word is searched, typed in part and whole, to warm up. */
const PRACTICE_RECORDS = 6;

/**
 * The steps, in the order first searches need them; each `next()` does one.
 * @example runInSlices(warmSearchArchive(archive), 3, clock)
 */
export function* warmSearchArchive(archive: SearchArchive): Generator<void, void, undefined> {
  yield* decodeEveryTerm(archive.index);
  let n = 0;
  for (const record of archive.records.values()) {
    recordFeatures(record);
    if (++n % RECORDS_PER_STEP === 0) yield;
  }
  noteWholeTitles(archive);
  yield;
  for (const query of practiceQueries(archive)) {
    // Read as the popup reads a response: marked titles and excerpts are worked out when read.
    for (const hit of searchArchive(archive, { query, limit: 5 }).hits) void [hit.title, hit.excerpt];
    yield;
  }
}

/**
 * Searches to practise on, from the archive itself: the longest title word of
 * records spread evenly through it, as it is being typed and once whole
 * ("opti", "optima", "optimal"): a prefix, a prefix read as a possible typo,
 * a known word. Each is quick on its own; together they run the code every
 * search runs.
 * @example practiceQueries(archive) // ['resp', 'respon', 'responsibly', 'quan', …]
 */
export function practiceQueries(archive: SearchArchive): string[] {
  const records = [...archive.records.values()];
  const queries: string[] = [];
  const count = Math.min(PRACTICE_RECORDS, records.length);
  for (let i = 0; i < count; i++) {
    const record = records[Math.floor((i * records.length) / count)];
    const word = termsOf(record?.title ?? '').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (word.length < 4) continue;
    for (const end of new Set([4, 6, word.length])) if (end <= word.length) queries.push(word.slice(0, end));
  }
  return queries;
}
