/**
 * `npm run bench:page`: how much main-thread time marking names costs on large pages, in
 * Chromium. Pages of about 1 MB of text and tens of thousands of nodes are built at run time
 * from the real archives in ../shared/corpus (read by path, never copied), with the name
 * dictionary built from the same archives. Prints the figures beside a baseline (a plain
 * walk over the page's text) and the budgets: under 30 ms per MB for the first scan, no task
 * over 50 ms, no layout shift.
 *
 *   npm run bench:page [-- --content DIR ...] [--mb 1]
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildArchive } from '../../indexer/node/build-archive.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { namesForLookup } from '../../indexer/names/page-names-protocol.ts';
import { nameFormRows } from '../../indexer/names/name-matcher.ts';
import { contentRoots } from './corpus-roots.ts';
import type { PageScanFigures } from './page-scan-entry.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const argMb = process.argv.indexOf('--mb');
const argRuns = process.argv.indexOf('--runs');
// The machine is shared: each page is measured several times, fresh, and the median reported.
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 5;
const TARGET_CHARS = Math.round((argMb > 0 ? Number(process.argv[argMb + 1]) : 1) * 1_000_000);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const sentences = (s: string | undefined) => (s ?? '').split(/(?<=[.!?])\s+/).filter((x) => x.trim());

/** An article page: a section per record, a node per sentence, names as links, some emphasis. */
function articleHtml(records: readonly TalkRecord[], targetChars: number, from = 0): { html: string; next: number } {
  const out: string[] = [];
  let chars = 0;
  let i = from;
  while (chars < targetChars && records.length) {
    const r = records[i++ % records.length]!;
    const people = r.people.map((p) => `<a href="#p">${esc(p.name)}</a>`).join(', ');
    const body = [r.abstract, r.bio, r.body].flatMap(sentences);
    const paras = body.map((s, k) => (k % 3 === 1 ? `<em>${esc(s)}</em> ` : `<span>${esc(s)}</span> `));
    const html = `<section><h2>${esc(r.title)}</h2><p class="meta">${people} · ${esc(r.date ?? '')} · ${esc(r.series)}</p><p>${paras.join('')}</p></section>`;
    out.push(html);
    chars += r.title.length + body.join(' ').length + r.people.reduce((n, p) => n + p.name.length, 0) + 20;
  }
  return { html: out.join('\n'), next: i };
}

/** A schedule as one very large table: a row per record and person, four cells each. */
function tableHtml(records: readonly TalkRecord[], targetChars: number): string {
  const rows: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars && records.length; i++) {
    const r = records[i % records.length]!;
    const who = r.people.map((p) => p.name).join(', ') || '—';
    const summary = (r.summary ?? '').slice(0, 160);
    rows.push(`<tr><td>${esc(r.date ?? '')}</td><td>${esc(who)}</td><td>${esc(r.title)}</td><td>${esc(summary)}</td></tr>`);
    chars += (r.date ?? '').length + who.length + r.title.length + summary.length;
  }
  return `<table><tbody>${rows.join('')}</tbody></table>`;
}

function pageHtml(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title><style>body{font:15px/1.5 sans-serif;margin:2em;max-width:60em}td{padding:2px 6px}</style></head><body>${body}</body></html>`;
}

async function main() {
  const roots = contentRoots();
  if (!existsSync(CHROMIUM)) throw new Error(`bench:page needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  console.log(`Reading ${roots.length} archive(s)…`);
  const archive = await buildArchive({ roots });
  const records = archive.records.filter((r) => !r.placeholder);
  const names = namesForLookup(archive.names);
  const rowsJson = JSON.stringify(nameFormRows(names));
  console.log(`${records.length} records, ${names.length} people marked on pages (speakers and profile subjects)`);
  // Timings on a shared machine are only as good as its load: say what it was.
  console.log(
    `machine load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'page-scan-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]!.text;

  const article = articleHtml(records, TARGET_CHARS);
  const growth = [articleHtml(records, 100_000, article.next), articleHtml(records, 100_000, article.next + 400)].map(
    (g) => g.html,
  );
  const pages = [
    { name: 'article', html: pageHtml(article.html), more: growth },
    { name: 'table', html: pageHtml(tableHtml(records, TARGET_CHARS)), more: [] as string[] },
  ];

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    for (const p of pages) {
      const runs: PageScanFigures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.setContent(p.html, { waitUntil: 'load' });
        await page.addScriptTag({ content: script });
        runs.push(
          (await page.evaluate(
            ([n, more]) =>
              (window as unknown as { runPageScan: (a: unknown, b: unknown) => Promise<unknown> }).runPageScan(n, more),
            [rowsJson, p.more] as const,
          )) as PageScanFigures,
        );
        await page.close();
      }
      report(p.name, medianFigures(runs), runs.length);
    }
  } finally {
    await browser.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
}

/** Medians of every timing; long tasks and layout shift as the worst run saw them. */
function medianFigures(runs: PageScanFigures[]): PageScanFigures {
  const m = (k: keyof PageScanFigures) => median(runs.map((r) => r[k] as number));
  const first = runs[0]!;
  return {
    ...first,
    matcherParseMs: m('matcherParseMs'),
    matcherLoadMs: m('matcherLoadMs'),
    matcherLongestSliceMs: Math.max(...runs.map((r) => r.matcherLongestSliceMs)),
    baselineWalkMs: m('baselineWalkMs'),
    baselineMatchOnlyMs: m('baselineMatchOnlyMs'),
    firstScanMs: m('firstScanMs'),
    firstScanLongestSliceMs: Math.max(...runs.map((r) => r.firstScanLongestSliceMs)),
    firstScanWallMs: m('firstScanWallMs'),
    updates: first.updates.map((u, i) => ({
      addedChars: u.addedChars,
      ms: median(runs.map((r) => r.updates[i]!.ms)),
      longestSliceMs: Math.max(...runs.map((r) => r.updates[i]!.longestSliceMs)),
    })),
    longTasksOver50ms: runs.flatMap((r) => r.longTasksOver50ms),
    layoutShift: Math.max(...runs.map((r) => r.layoutShift)),
  };
}

function report(name: string, f: PageScanFigures, runs: number) {
  const mb = f.textChars / 1_000_000;
  const perMb = (ms: number) => `${(ms / mb).toFixed(1)} ms/MB`;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const longest = f.longTasksOver50ms.length
    ? `${f.longTasksOver50ms.length} (longest ${ms(Math.max(...f.longTasksOver50ms))})`
    : 'none';
  console.log(`\n== ${name} page (median of ${runs} runs; longest slices, long tasks and layout shift from all runs):`);
  console.log(
    `  ${(f.textChars / 1e6).toFixed(2)} MB of text, ${f.textNodes} text nodes, ${f.elements} elements; ${f.marks} names marked (${f.people} people)`,
  );
  console.log(
    `  names message: parse ${ms(f.matcherParseMs)}, load ${ms(f.matcherLoadMs)} in slices (longest ${ms(f.matcherLongestSliceMs)}), once per page load`,
  );
  console.log(`  baseline: plain text walk           ${ms(f.baselineWalkMs).padEnd(10)} ${perMb(f.baselineWalkMs)}`);
  console.log(`  matching alone (no DOM, warm)       ${ms(f.baselineMatchOnlyMs).padEnd(10)} ${perMb(f.baselineMatchOnlyMs)}`);
  console.log(
    `  first scan, main thread             ${ms(f.firstScanMs).padEnd(10)} ${perMb(f.firstScanMs)}   budget < 30 ms/MB: ${f.firstScanMs / mb < 30 ? 'ok' : 'OVER'}`,
  );
  console.log(`    longest slice ${ms(f.firstScanLongestSliceMs)}, wall time to done ${ms(f.firstScanWallMs)}`);
  for (const u of f.updates)
    console.log(
      `  update: +${(u.addedChars / 1000).toFixed(0)} kB of text           ${ms(u.ms).padEnd(10)} longest slice ${ms(u.longestSliceMs)}`,
    );
  console.log(`  tasks over 50 ms during scan/updates: ${longest}   budget: none`);
  console.log(`  layout shift: ${f.layoutShift.toFixed(4)}   budget: 0`);
}

await main();
