/**
 * `npm run bench:search`: what search costs, at the size of the whole corpus
 * (../shared/corpus, read by path) and at 10k and 50k synthetic records
 * (tests/bench/synthetic-records.ts), beside plain MiniSearch in the same run.
 *
 * Prints, per size:
 * - the bytes the extension ships for search (raw and gzip), and MiniSearch's
 *   plain JSON of the same records with default options (nothing stored);
 * - the time to load them: `loadSearchArchive` against `MiniSearch.loadJSON`
 *   (median of several runs; records.json's own parse is shown apart, both ship it);
 * - query latency p50/p95 per query type through `searchArchive` (limit 20, as
 *   the popup asks), on the first run of each query (terms decoded on first
 *   touch) and on a second run: wall-clock time, and the CPU time the process
 *   used, which is what a query costs on a core of its own (on a shared,
 *   loaded machine the wall clock also counts the time spent waiting for one);
 *   and a first run on a fresh archive warmed up by `warmSearchArchive` (what the
 *   extension's background does in idle time once the archive is loaded).
 *
 * Options: `--sizes corpus,10000,50000` (default), `--per-type N` (default 60).
 * Figures only, no assertions: budgets are read by people (p95 < 10 ms at
 * corpus size and < 30 ms at 50k; index smaller than plain MiniSearch; load < 150 ms).
 */
import MiniSearch from 'minisearch';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { TalkRecord } from '../../indexer/record.ts';
import { loadSearchArchive, searchArchive, serializeSearchIndex } from '../../indexer/search/search-archive.ts';
import { warmSearchArchive } from '../../indexer/search/warm-search-archive.ts';
import { buildPlainMiniSearch, plainMiniSearchOptions } from '../eval/baseline-engines.ts';
import { makeKnownItemQueries, stableHash } from '../eval/known-item-queries.ts';
import { loadCorpusRecords } from '../eval/load-corpus-records.ts';
import { makeSyntheticRecords } from './synthetic-records.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? 'corpus,10000,50000').split(',');
const perType = Number(arg('--per-type') ?? 60);

// Latency on a shared machine is only as good as the CPU it got: say what it was.
console.log(
  `${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at start`,
);
for (const size of sizes) {
  const records = size === 'corpus' ? (await loadCorpusRecords()).records : makeSyntheticRecords(Number(size), 1);
  await benchOne(size === 'corpus' ? `corpus (${records.length} records)` : `${records.length} synthetic records`, records);
}

async function benchOne(label: string, records: TalkRecord[]): Promise<void> {
  console.log(`\n== ${label}`);
  let t = performance.now();
  const indexText = serializeSearchIndex(records);
  const buildMs = performance.now() - t;
  const plainText = JSON.stringify(buildPlainMiniSearch(records));
  const recordsText = JSON.stringify(records);

  const kb = (s: string) => `${(Buffer.byteLength(s) / 1e6).toFixed(2)} MB raw, ${(gzipSync(s).length / 1e6).toFixed(2)} MB gzip`;
  console.log(`index build (build time only): ${buildMs.toFixed(0)} ms`);
  console.log(`shipped search index:          ${kb(indexText)}`);
  console.log(`plain MiniSearch JSON:         ${kb(plainText)}`);
  console.log(`records.json (shipped by both): ${kb(recordsText)}`);

  const parsedRecords = JSON.parse(recordsText) as TalkRecord[];
  const loadMs = median(Array.from({ length: 5 }, () => time(() => loadSearchArchive(indexText, parsedRecords))));
  const plainMs = median(Array.from({ length: 3 }, () => time(() => MiniSearch.loadJSON(plainText, plainMiniSearchOptions()))));
  const recordsMs = median(Array.from({ length: 3 }, () => time(() => JSON.parse(recordsText))));
  console.log(
    `load: loadSearchArchive ${loadMs.toFixed(0)} ms · MiniSearch.loadJSON ${plainMs.toFixed(0)} ms · records.json parse ${recordsMs.toFixed(0)} ms`,
  );

  const archive = loadSearchArchive(indexText, parsedRecords);
  const queries = benchQueries(records);
  type Times = { wall: number[]; cpu: number[] };
  const byType = new Map<string, { first: Times; again: Times }>();
  for (const pass of ['first', 'again'] as const) {
    for (const q of queries) {
      const cpu = process.cpuUsage();
      t = performance.now();
      searchArchive(archive, { query: q.query, limit: 20 });
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      const entry = byType.get(q.type) ?? { first: { wall: [], cpu: [] }, again: { wall: [], cpu: [] } };
      entry[pass].wall.push(ms);
      entry[pass].cpu.push((used.user + used.system) / 1000);
      byType.set(q.type, entry);
    }
  }
  // The same queries on a fresh archive warmed up first, as the extension's background does in idle time.
  const warmed = loadSearchArchive(indexText, parsedRecords);
  t = performance.now();
  let warmSteps = 0;
  for (const _step of warmSearchArchive(warmed)) warmSteps++;
  const warmMs = performance.now() - t;
  const afterWarm: Times = { wall: [], cpu: [] };
  for (const q of queries) {
    const cpu = process.cpuUsage();
    t = performance.now();
    searchArchive(warmed, { query: q.query, limit: 20 });
    afterWarm.wall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    afterWarm.cpu.push((used.user + used.system) / 1000);
  }
  const all = { first: { wall: [], cpu: [] } as Times, again: { wall: [], cpu: [] } as Times };
  console.log(
    `${'query type'.padEnd(26)} ${'n'.padStart(4)}   first run: wall p50 / p95, CPU p50 / p95       second run: CPU p50 / p95`,
  );
  const row = (type: string, e: { first: Times; again: Times }) =>
    `${type.padEnd(26)} ${String(e.first.wall.length).padStart(4)}   ${fmt(e.first.wall)}, ${fmt(e.first.cpu)}       ${fmt(e.again.cpu)}`;
  for (const [type, e] of byType) {
    for (const pass of ['first', 'again'] as const) {
      all[pass].wall.push(...e[pass].wall);
      all[pass].cpu.push(...e[pass].cpu);
    }
    console.log(row(type, e));
  }
  console.log(row('all', all));
  console.log(
    `warm-up (warmSearchArchive): ${warmMs.toFixed(0)} ms in ${warmSteps} steps; then a first run of every query: wall p50 / p95 ${fmt(afterWarm.wall)}, CPU p50 / p95 ${fmt(afterWarm.cpu)}`,
  );
  console.log(
    `load average now ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

/** The evaluation's known-item queries, plus what people type while typing, field syntax and queries that find nothing. */
function benchQueries(records: readonly TalkRecord[]): { type: string; query: string }[] {
  const out: { type: string; query: string }[] = makeKnownItemQueries(records, perType).map((q) => ({
    type: q.type,
    query: q.query,
  }));
  const named = [...records]
    .filter((r) => r.people.some((p) => p.role === 'speaker' || p.role === 'subject'))
    .sort((a, b) => stableHash(a.id) - stableHash(b.id))
    .slice(0, perType);
  for (const r of named) {
    const name = (r.people[0] as { name: string }).name;
    const last = name.split(/\s+/).pop() ?? name;
    out.push({
      type: 'typing a name (prefix)',
      query: last.slice(0, Math.min(last.length, 3 + (stableHash(r.id) % 3))).toLowerCase(),
    });
    const year = r.date ? Number(r.date.slice(0, 4)) : 2020;
    out.push({ type: 'field syntax', query: `speaker:${last} year:${year - 3}..${year + 1} -survey` });
    out.push({ type: 'nothing found (loosened)', query: `${last.slice(0, 3)}qzx ${scramble(last)}vv` });
  }
  return out;
}

function scramble(s: string): string {
  return [...s.toLowerCase()].reverse().join('');
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function median(xs: number[]): number {
  return percentile(xs, 50);
}

function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function fmt(xs: readonly number[]): string {
  return `${percentile(xs, 50).toFixed(1).padStart(5)} / ${percentile(xs, 95).toFixed(1).padStart(5)} ms`;
}
