/**
 * `npm run eval`: known-item search quality on the real archives of ../shared/corpus
 * (read by path, never copied), for Talkscope and, on the same records in the
 * same run, MiniSearch and Lunr with their default options.
 *
 * Prints MRR@10 and hit@10 per query type and overall, then whether the targets
 * hold (MRR@10 ≥ 0.97 overall, no type under 0.93, ahead of both baselines on
 * every type). How queries are made and what counts as correct:
 * tests/eval/known-item-queries.ts.
 *
 * Options: `--per-type N` (default 250), `--misses N` to list Talkscope's first
 * N queries that did not rank a correct record first, `--check` to exit 1 when a
 * target is missed.
 */
import { loadCorpusRecords } from './load-corpus-records.ts';
import { makeKnownItemQueries, QUERY_TYPES, type QueryType } from './known-item-queries.ts';
import { buildPlainMiniSearch, lunrEngine, miniSearchEngine, type Engine } from './baseline-engines.ts';
import { scoreKnownItems, type ScoredRun } from './score-known-items.ts';
import { loadSearchArchive, searchArchive, serializeSearchIndex } from '../../indexer/search/search-archive.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const perType = option('--per-type', 250);
const showMisses = option('--misses', 0);

const { records, via } = await loadCorpusRecords();
console.log(`${records.length} records from the corpus (via ${via})`);
const queries = makeKnownItemQueries(records, perType);
console.log(`${queries.length} known-item queries\n`);

const archive = loadSearchArchive(serializeSearchIndex(records), records);
const talkscope: Engine = (query, limit) => searchArchive(archive, { query, limit }).hits.map((h) => h.record.id);

const runs: [string, ScoredRun][] = [
  ['Talkscope', scoreKnownItems(talkscope, queries)],
  ['MiniSearch default', scoreKnownItems(miniSearchEngine(buildPlainMiniSearch(records)), queries)],
  ['Lunr default', scoreKnownItems(lunrEngine(records), queries)],
];

const pad = (s: string, n: number) => s.padEnd(n);
const fmt = (x: number | undefined) => (x === undefined ? '   -  ' : x.toFixed(3).padStart(6));
console.log(`${pad('query type', 24)} ${'n'.padStart(4)}  ${runs.map(([name]) => pad(`${name} MRR / hit@10`, 30)).join('')}`);
for (const type of [...QUERY_TYPES, 'overall'] as (QueryType | 'overall')[]) {
  const n = runs[0]?.[1].byType.get(type)?.queries ?? 0;
  const cells = runs.map(([, run]) => {
    const s = run.byType.get(type);
    return pad(`${fmt(s?.mrr)} / ${fmt(s?.hit)}`, 30);
  });
  console.log(`${pad(type, 24)} ${String(n).padStart(4)}  ${cells.join('')}`);
}

const ours = runs[0]?.[1] as ScoredRun;
const failures: string[] = [];
const overall = ours.byType.get('overall')?.mrr ?? 0;
if (overall < 0.97) failures.push(`overall MRR@10 ${overall.toFixed(3)} < 0.97`);
for (const type of QUERY_TYPES) {
  const s = ours.byType.get(type);
  if (!s) continue;
  if (s.mrr < 0.93) failures.push(`${type}: MRR@10 ${s.mrr.toFixed(3)} < 0.93`);
  for (const [name, run] of runs.slice(1)) {
    const b = run.byType.get(type);
    if (b && b.mrr >= s.mrr) failures.push(`${type}: not ahead of ${name} (${s.mrr.toFixed(3)} vs ${b.mrr.toFixed(3)})`);
  }
}
console.log(failures.length === 0 ? '\ntargets: all met' : `\ntargets missed:\n  ${failures.join('\n  ')}`);

if (showMisses > 0) {
  console.log(`\nTalkscope queries without a correct record first (${ours.misses.length}):`);
  for (const m of ours.misses.slice(0, showMisses)) {
    const first = m.top[0] ? archive.records.get(m.top[0]) : undefined;
    console.log(`  [${m.query.type}] ${JSON.stringify(m.query.query)} rank ${m.rank || '>10'} target ${m.query.target}`);
    console.log(
      `      first: ${first ? `${first.id} | ${first.title.slice(0, 70)} | ${first.people.map((p) => p.name).join(', ')}` : 'none'}`,
    );
  }
}
if (args.includes('--check') && failures.length > 0) process.exitCode = 1;
