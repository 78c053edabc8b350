/**
 * `npm run bench:page`: how much of a page's main thread marking names costs, on large pages,
 * with the real extension in Chromium. The extension is built from the archives (all of
 * ../shared/corpus by default, read by path, never copied), and pages of about 1 MB of text
 * and tens of thousands of nodes are built from the same archives' records and served from
 * 127.0.0.1.
 *
 * Main-thread time is the page's own accounting (the DevTools protocol's `ThreadTime`, the
 * CPU time of the page's main thread, content script and rendering included), read before
 * and after: the page is loaded with names switched off, then names are switched on,
 * as a person does; the extension starts its script in the tab, scans and marks, and tells
 * the background what it found. The names' stylesheet is added to the page first and timed
 * apart: a page loaded on an allowed site gets it before its first paint, and a page open
 * when its site is switched on pays for it once. Printed beside it, in the same run:
 * - the baseline: a plain walk reading every text node once, in an isolated world as content
 *   scripts run, the least any extension that reads a page pays, measured the same way;
 * - the design before this one, which loaded every name into the page and matched there
 *   (tests/bench/page-scan-entry.ts), measured the same way on an origin the extension
 *   does not run on.
 * Budgets: under 30 ms per MB for the first scan, no task over 50 ms, no layout shift.
 *
 *   npm run bench:page [-- --content DIR ...] [--mb 1] [--runs 5] [--pages article,table,short-article] [--profile] [--trace]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { buildArchive } from '../../indexer/node/build-archive.ts';
import { namesForLookup } from '../../indexer/names/page-names-protocol.ts';
import { nameFormRows } from '../../indexer/names/name-matcher.ts';
import { CHROMIUM, launchExtension, type ExtensionBrowser } from '../e2e/support/launch-extension.ts';
import { contentRoots } from './corpus-roots.ts';
import { articleHtml, pageHtml, tableHtml } from './page-scan-pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
// The machine is shared: each page is measured several times, fresh, and the median reported.
const RUNS = flag('--runs', 5);
const TARGET_CHARS = Math.round(flag('--mb', 1) * 1_000_000);
/** `--profile`: an unminified build, and where the first scan of each page's first run spends its time. */
const PROFILE = argv.includes('--profile');
/** `--trace`: the page's main thread during each page's first scan, by what the browser was doing (script, style, layout, paint, GC…). */
const TRACE = argv.includes('--trace');
/** `--pages article,table`: only these pages (all three by default). */
const ONLY = argv.includes('--pages') ? argv[argv.indexOf('--pages') + 1]!.split(',') : undefined;
/** Quiet time after the work, so the rendering it caused is counted too. */
const SETTLE_MS = 400;

interface Run {
  textChars: number;
  textNodes: number;
  elements: number;
  idleMs: number;
  walkMs: number;
  styleMs: number;
  firstScanMs: number;
  wallMs: number;
  marks: number;
  people: number;
  updates: { addedChars: number; ms: number; appendOnlyMs: number }[];
  longTasks: number[];
  layoutShift: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

/**
 * Main-thread time the page has spent so far, in ms: the CPU time of its main thread
 * (`ThreadTime`), which a busy machine does not inflate as it does the tasks' wall time.
 */
async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** Main-thread time spent while `work` runs and the page then settles. */
async function mainThreadMs(cdp: CDPSession, work: () => Promise<unknown>): Promise<number> {
  const before = await taskMs(cdp);
  await work();
  await sleep(SETTLE_MS);
  return (await taskMs(cdp)) - before;
}

type Hooks = Record<string, (...args: unknown[]) => Promise<unknown>>;
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { insertCSS(o: { target: { tabId: number }; files: string[] }): Promise<void> };
};

/** Calls the background's page-names functions (entrypoints/background/page-names.ts). */
function hook(ext: ExtensionBrowser, name: string, ...args: unknown[]): Promise<unknown> {
  return ext.worker.evaluate(
    async ([n, a]) => {
      const hooks = (globalThis as unknown as { talkscopePageNames: Hooks }).talkscopePageNames;
      const out = await hooks[n as string]!(...(a as unknown[]));
      await hooks.syncRegistration!();
      return out;
    },
    [name, args] as const,
  );
}

/** How many names the background knows are marked on the tab showing `url`, all told. */
async function foundOn(ext: ExtensionBrowser, url: string): Promise<number> {
  return (await peopleOn(ext, url)).reduce((n, x) => n + x.times, 0);
}

/** The people the background knows are marked on the tab showing `url`, with their times. */
async function peopleOn(ext: ExtensionBrowser, url: string): Promise<{ times: number }[]> {
  const state = await ext.worker.evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    const hooks = (globalThis as unknown as { talkscopePageNames: Hooks }).talkscopePageNames;
    return hooks.stateOf!(tab?.id ?? -1);
  }, url);
  return (state as { names: { times: number }[] }).names;
}

/** Waits until the background has heard of marks on the page other than `than`. */
async function foundChange(ext: ExtensionBrowser, url: string, than: number, timeoutMs = 60_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const n = await foundOn(ext, url);
    if (n !== than) return n;
    if (Date.now() > until) throw new Error(`no names reported on ${url} after ${timeoutMs} ms`);
    await sleep(10);
  }
}

const OBSERVE = `(() => {
  window.benchLongTasks = [];
  window.benchShift = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.benchLongTasks.push(e.duration))).observe({ type: 'longtask' });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.benchShift += e.value))).observe({ type: 'layout-shift' });
})()`;

const WALK = `(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0, nodes = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) { chars += n.data.length; nodes++; }
  return { chars, nodes, elements: document.body.getElementsByTagName('*').length };
})()`;

const APPEND = (html: string, cls: string) => `(() => {
  const s = document.createElement('section');
  s.className = ${JSON.stringify(cls)};
  s.innerHTML = ${JSON.stringify(html)};
  document.body.append(s);
  return s.textContent.length;
})()`;

async function measurePage(ext: ExtensionBrowser, context: BrowserContext, url: string, more: string[]): Promise<Run> {
  // Names off: the page loads as it would without the extension.
  await hook(ext, 'setNamesEnabled', false);
  const page: Page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await sleep(500);
  const idleMs = await mainThreadMs(cdp, async () => undefined);
  // The baseline runs where a content script runs: in a world of its own beside the page's.
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'bench-walk',
  })) as { executionContextId: number };
  let text = { chars: 0, nodes: 0, elements: 0 };
  const walkMs = await mainThreadMs(cdp, async () => {
    const r = (await cdp.send('Runtime.evaluate', { expression: WALK, contextId: executionContextId, returnByValue: true })) as {
      result: { value: typeof text };
    };
    text = r.result.value;
  });
  // The names' stylesheet, which a page loaded on an allowed site has before its first paint:
  // added here first, and timed apart, as a page open when its site is switched on pays it once.
  const styleMs = await mainThreadMs(cdp, () =>
    ext.worker.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
      await chrome.scripting.insertCSS({ target: { tabId: tab!.id! }, files: ['/content-scripts/page-names.css'] });
    }, url),
  );
  await page.evaluate(OBSERVE);

  // Names on: the background starts the script in this tab, which scans and reports.
  const t0 = Date.now();
  let wallMs = 0;
  let marks = 0;
  const profiling = PROFILE && !profiled.has(url);
  if (profiling) {
    profiled.add(url);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const tracing = TRACE && !traced.has(url);
  if (tracing) {
    traced.add(url);
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
  }
  const firstScanMs = await mainThreadMs(cdp, async () => {
    await hook(ext, 'setNamesEnabled', true);
    marks = await foundChange(ext, url, 0);
    wallMs = Date.now() - t0;
  });
  if (profiling) printProfile(url, ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile);
  if (tracing) printTrace(url, await readTrace(cdp));
  const people = (await peopleOn(ext, url)).length;

  const updates: Run['updates'] = [];
  for (const [i, html] of more.entries()) {
    let addedChars = 0;
    const ms = await mainThreadMs(cdp, async () => {
      const before = await foundOn(ext, url);
      addedChars = await page.evaluate(APPEND(html, `bench-added-${i}`));
      marks = await foundChange(ext, url, before, 10_000);
    });
    updates.push({ addedChars, ms, appendOnlyMs: NaN });
  }
  const { longTasks, shift } = await page.evaluate(() => ({
    longTasks: (window as unknown as { benchLongTasks: number[] }).benchLongTasks,
    shift: (window as unknown as { benchShift: number }).benchShift,
  }));
  // The same additions with names off: what the page itself pays for them.
  await hook(ext, 'setNamesEnabled', false);
  await sleep(SETTLE_MS);
  for (const [i, html] of more.entries())
    updates[i]!.appendOnlyMs = await mainThreadMs(cdp, () => page.evaluate(APPEND(html, `bench-again-${i}`)));
  await page.close();
  return {
    textChars: text.chars,
    textNodes: text.nodes,
    elements: text.elements,
    idleMs,
    walkMs,
    styleMs,
    firstScanMs,
    wallMs,
    marks,
    people,
    updates,
    longTasks,
    layoutShift: shift,
  };
}

const profiled = new Set<string>();
const traced = new Set<string>();
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing'].join(
  ',',
);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

/** Ends tracing and reads the whole trace back. */
async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream, size: 1 << 20 })) as { data: string; eof: boolean };
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
}

/**
 * The page's main thread during the first scan, by event: each event's time less the events
 * nested in it (self time), summed by name. Where the browser's own work goes (style, layout,
 * paint, intersection observers, messaging, GC), which a JavaScript profile cannot see.
 */
function printTrace(url: string, events: TraceEvent[]) {
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const pid = frames.find((f) => f.url === url)?.processId;
  const tid = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const e of spans) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    open.push(e);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 18);
  console.log(
    `\n  trace of the first scan of ${url} (the page's main thread, self time by event):`,
    ...top.map(([name, us]) => `\n    ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}`),
  );
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions the first scan spent most time in (self time), and the time by script. */
function printProfile(url: string, p: CpuProfile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [i, id] of p.samples.entries()) {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const f = byId.get(id)!.callFrame;
    const script = f.url.split('/').pop() || f.functionName;
    if (script === '(idle)') continue;
    const key = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log(
    `\n  profile of the first scan of ${url} (self time, sampled):`,
    ...['', ...top(byScript, 8), '', ...top(self, 25)].map((l) => `\n${l}`),
  );
}

/** The design before: every name loaded into a matcher on the page, and matched there. */
async function measureOnPageDesign(context: BrowserContext, url: string, script: string, rowsJson: string) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await sleep(500);
  let marks = 0;
  const ms = await mainThreadMs(cdp, async () => {
    marks = (await page.evaluate(
      ([rows]) => (window as unknown as { runOnPageDesign: (r: string) => Promise<number> }).runOnPageDesign(rows),
      [rowsJson] as const,
    )) as number;
  });
  await page.close();
  return { ms, marks };
}

async function main() {
  const roots = contentRoots();
  if (!existsSync(CHROMIUM)) throw new Error(`bench:page needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  console.log(`Reading ${roots.length} archive(s)…`);
  const archive = await buildArchive({ roots });
  const records = archive.records.filter((r) => !r.placeholder);
  const rowsJson = JSON.stringify(nameFormRows(namesForLookup(archive.names)));

  const article = articleHtml(records, TARGET_CHARS);
  const growth = [articleHtml(records, 100_000, article.next), articleHtml(records, 100_000, article.next + 400)];
  const pages = [
    { name: 'article', html: pageHtml(article.html), more: growth.map((g) => g.html) },
    { name: 'table', html: pageHtml(tableHtml(records, TARGET_CHARS)), more: [] as string[] },
    // A page of the size most pages are, where what a page pays once matters most.
    { name: 'short-article', html: pageHtml(articleHtml(records, TARGET_CHARS / 10, 1000).html), more: [] as string[] },
  ].filter((p) => !ONLY || ONLY.includes(p.name));
  const server = createServer((req, res) => {
    const p = pages.find((x) => req.url === `/${x.name}.html`);
    if (p) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(p.html);
    else res.writeHead(404).end();
  });
  const port = await new Promise<number>((ok) =>
    server.listen(0, '127.0.0.1', () => ok((server.address() as { port: number }).port)),
  );

  const out = join(ROOT, '.output/bench-page');
  mkdirSync(out, { recursive: true });
  console.log(`Building the extension from ${roots.length} archive(s)…`);
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-c', 'tests/e2e/support/wxt-host.config.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      TALKSCOPE_CONTENT: roots.join(delimiter),
      TALKSCOPE_OUT_DIR: out,
      ...(PROFILE ? { TALKSCOPE_MINIFY: 'false' } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const before = await build({
    entryPoints: [resolve(import.meta.dirname, 'page-scan-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });

  console.log(`${records.length} records, ${namesForLookup(archive.names).length} people marked on pages`);
  // Timings on a shared machine are only as good as its load: say what it was.
  console.log(
    `machine load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const ext = await launchExtension(join(out, 'chrome-mv3'));
  try {
    await hook(ext, 'allowGranted', 'http://127.0.0.1/*');
    for (const p of pages) {
      const runs: Run[] = [];
      const old: { ms: number; marks: number }[] = [];
      const ours = async () =>
        void runs.push(await measurePage(ext, ext.context, `http://127.0.0.1:${port}/${p.name}.html`, p.more));
      // Another origin, where the extension does not run.
      const earlier = async () =>
        void old.push(
          await measureOnPageDesign(
            ext.context,
            `http://localhost:${port}/${p.name}.html`,
            before.outputFiles[0]!.text,
            rowsJson,
          ),
        );
      // The two take turns going first: the order of two measurements alone moved them by as
      // much as the differences we look for (see tests/bench/ab.ts).
      for (let i = 0; i < RUNS; i++) {
        if (i % 2 === 0) {
          await ours();
          await earlier();
        } else {
          await earlier();
          await ours();
        }
      }
      report(p.name, runs, old);
    }
  } finally {
    await ext.close();
    server.close();
  }
}

function report(name: string, runs: Run[], old: { ms: number; marks: number }[]) {
  const f = runs[0]!;
  const mb = f.textChars / 1_000_000;
  const m = (pick: (r: Run) => number) => median(runs.map(pick));
  const ms = (x: number) => `${x.toFixed(1)} ms`.padEnd(10);
  const perMb = (x: number) => `${(x / mb).toFixed(1)} ms/MB`;
  const longTasks = runs.flatMap((r) => r.longTasks);
  const first = m((r) => r.firstScanMs);
  const style = m((r) => r.styleMs);
  console.log(`\n== ${name} page (median of ${runs.length} runs; long tasks and layout shift from all runs)`);
  console.log(
    `  ${mb.toFixed(2)} MB of text, ${f.textNodes} text nodes, ${f.elements} elements; ${m((r) => r.marks)} names marked (${m((r) => r.people)} people)`,
  );
  console.log(`  page idle, ${SETTLE_MS} ms               ${ms(m((r) => r.idleMs))}`);
  console.log(
    `  baseline: reading every text node  ${ms(m((r) => r.walkMs))} ${perMb(m((r) => r.walkMs))}   (a plain walk, in a world of its own as content scripts run)`,
  );
  console.log(
    // A restyle is one task: over 50 ms of it is a long task, once.
    `  the names' stylesheet added to the open page ${ms(style)} (once, when a site is switched on in an open tab; one task: ${style > 50 ? 'over 50 ms' : 'under 50 ms'})`,
  );
  console.log(
    `  first scan, main thread            ${ms(first)} ${perMb(first)}   budget < 30 ms/MB: ${first / mb < 30 ? 'ok' : 'OVER'}`,
  );
  console.log(`    wall time from switching names on to the badge's count: ${m((r) => r.wallMs).toFixed(0)} ms`);
  const oldMs = median(old.map((o) => o.ms));
  console.log(
    `  design before, matching on the page ${ms(oldMs)} ${perMb(oldMs)}   (every name loaded into the page first; ${median(old.map((o) => o.marks))} names marked)`,
  );
  for (const [i, u] of f.updates.entries()) {
    const withNames = m((r) => r.updates[i]!.ms);
    const alone = m((r) => r.updates[i]!.appendOnlyMs);
    console.log(
      `  update: +${(u.addedChars / 1000).toFixed(0)} kB of text: ${ms(withNames)} with names, ${ms(alone)} the page alone → ${(withNames - alone).toFixed(1)} ms for names`,
    );
  }
  console.log(
    `  tasks over 50 ms while scanning and updating: ${longTasks.length ? `${longTasks.length} (longest ${Math.max(...longTasks).toFixed(0)} ms)` : 'none'}   budget: none`,
  );
  console.log(`  layout shift: ${Math.max(...runs.map((r) => r.layoutShift)).toFixed(4)}   budget: 0`);
}

await main();
