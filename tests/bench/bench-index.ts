/**
 * `npm run bench:index [-- --content DIR ...]`: how fast the indexer reads the
 * archive and how big its output is, beside a baseline in the same run: the
 * plainest indexer one could write (gray-matter on every file, MiniSearch with
 * default options over title and text). Each variant runs in its own process so
 * its peak memory is its own. Figures only; no budget is asserted here.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import matter from 'gray-matter';
import MiniSearch from 'minisearch';
import { buildArchive } from '../../indexer/node/build-archive.ts';
import { readContent } from '../../indexer/node/read-content.ts';
import { contentRoots } from './corpus-roots.ts';

const RUNS = 3;
type Result = {
  name: string;
  files: number;
  records: number;
  ms: number[];
  stages?: Record<string, number>;
  rssMb: number;
  outputs: Record<string, number>;
};

async function runTalkscope(roots: string[]): Promise<Result> {
  const ms: number[] = [];
  let last: Awaited<ReturnType<typeof buildArchive>> | undefined;
  for (let i = 0; i < RUNS; i++) {
    last = await buildArchive({ roots });
    ms.push(last.timings.total);
  }
  return {
    name: 'talkscope',
    files: last!.info.counts.files,
    records: last!.records.length,
    ms,
    stages: last!.timings,
    rssMb: process.resourceUsage().maxRSS / 1024,
    outputs: Object.fromEntries(Object.entries(last!.files).map(([n, t]) => [n, Buffer.byteLength(t)])),
    ...{ gz: Object.fromEntries(Object.entries(last!.files).map(([n, t]) => [n, gzipSync(t).length])) },
  };
}

async function runBaseline(roots: string[]): Promise<Result> {
  const ms: number[] = [];
  let json = '';
  let files = 0;
  let records = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const docs: { id: number; title: string; text: string }[] = [];
    files = 0;
    for (const root of roots) {
      for (const f of await readContent(root)) {
        files++;
        try {
          const { data, content } = matter(Buffer.from(f.bytes).toString('utf8'), {});
          docs.push({ id: docs.length, title: String(data.title ?? f.path), text: content });
        } catch {
          // the baseline simply loses files it cannot read
        }
      }
    }
    const index = new MiniSearch({ fields: ['title', 'text'] });
    index.addAll(docs);
    json = JSON.stringify(index);
    records = docs.length;
    ms.push(performance.now() - t0);
  }
  return {
    name: 'baseline (gray-matter + MiniSearch defaults)',
    files,
    records,
    ms,
    rssMb: process.resourceUsage().maxRSS / 1024,
    outputs: { 'index.json': Buffer.byteLength(json) },
    ...{ gz: { 'index.json': gzipSync(json).length } },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

const variant = process.env.BENCH_VARIANT;
const roots = contentRoots();
if (variant) {
  const result = variant === 'talkscope' ? await runTalkscope(roots) : await runBaseline(roots);
  process.stdout.write(JSON.stringify(result));
} else {
  console.log(`bench:index — ${roots.length} content roots, median of ${RUNS} runs each, one process per variant\n`);
  const results = ['talkscope', 'baseline'].map(
    (v) =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, ...process.argv.slice(2)], {
          env: { ...process.env, BENCH_VARIANT: v },
          maxBuffer: 1 << 26,
        }).toString(),
      ) as Result & { gz: Record<string, number> },
  );
  for (const r of results) {
    const m = median(r.ms);
    console.log(`${r.name}`);
    console.log(
      `  ${r.files} files → ${r.records} records in ${m.toFixed(0)} ms (runs: ${r.ms.map((x) => x.toFixed(0)).join(', ')} ms) = ${((r.files / m) * 1000).toFixed(0)} files/s`,
    );
    if (r.stages)
      console.log(
        `  stages: ${Object.entries(r.stages)
          .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
          .join(', ')}`,
      );
    console.log(`  peak memory (RSS): ${r.rssMb.toFixed(0)} MB`);
    for (const [name, bytes] of Object.entries(r.outputs))
      console.log(`  ${name.padEnd(18)} ${kb(bytes).padStart(9)} raw  ${kb(r.gz[name]!).padStart(8)} gzip`);
    console.log('');
  }
}
