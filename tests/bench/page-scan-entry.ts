/**
 * Runs inside the benchmark's Chromium page (bundled by tests/bench/page-scan.ts): times a
 * plain text walk (the baseline), the first scan with marking, and updates after the page grows.
 */
import { nameMatcherLoader, type NameFormRow } from '../../indexer/names/name-matcher.ts';
import { startNameHighlighter } from '../../entrypoints/page-names.content/name-highlighter.ts';
import { pageClock, type ScanClock } from '../../entrypoints/page-names.content/scan-names.ts';

export interface PageScanFigures {
  textChars: number;
  textNodes: number;
  elements: number;
  matcherParseMs: number;
  matcherLoadMs: number;
  matcherLongestSliceMs: number;
  baselineWalkMs: number;
  baselineMatchOnlyMs: number;
  firstScanMs: number;
  firstScanLongestSliceMs: number;
  firstScanWallMs: number;
  marks: number;
  people: number;
  updates: { addedChars: number; ms: number; longestSliceMs: number }[];
  longTasksOver50ms: number[];
  layoutShift: number;
}

/** A clock that counts the main-thread time of the slices it paces. */
function meteredClock(win: Window) {
  const real = pageClock(win);
  let start: number | undefined;
  let busy = 0;
  let longest = 0;
  const endSlice = () => {
    if (start === undefined) return;
    const d = win.performance.now() - start;
    busy += d;
    longest = Math.max(longest, d);
    start = undefined;
  };
  const clock: ScanClock = {
    sliceMs: real.sliceMs,
    now: () => {
      const t = win.performance.now();
      start ??= t;
      return t;
    },
    yieldToPage: async () => {
      endSlice();
      await real.yieldToPage();
    },
  };
  return {
    clock,
    /** The scan reported: its work is done (what follows is idle time). */
    endSlice,
    /** Ends the current slice and returns busy time and longest slice since the last take. */
    take() {
      endSlice();
      const out = { ms: busy, longestSliceMs: longest };
      busy = 0;
      longest = 0;
      return out;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `rowsJson`: the names as the background sends them to a page (`nameFormRows`, as JSON). */
export async function runPageScan(rowsJson: string, moreHtml: string[]): Promise<PageScanFigures> {
  const longTasks: number[] = [];
  let layoutShift = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => (layoutShift += (e as unknown as { value: number }).value)),
  ).observe({ type: 'layout-shift', buffered: true });
  await sleep(200);
  longTasks.length = 0;
  layoutShift = 0;

  // What a page does with the names it gets: read the message, load the matcher in slices
  // (as entrypoints/page-names.content/start-page-names.ts does).
  let t = performance.now();
  const rows = JSON.parse(rowsJson) as NameFormRow[];
  const matcherParseMs = performance.now() - t;
  const loader = nameMatcherLoader();
  let matcherLoadMs = 0;
  let matcherLongestSliceMs = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    t = performance.now();
    loader.add(rows.slice(i, i + 2000));
    const d = performance.now() - t;
    matcherLoadMs += d;
    matcherLongestSliceMs = Math.max(matcherLongestSliceMs, d);
    await new Promise((r) => setTimeout(r, 0));
  }
  const matcher = loader.matcher();

  // The first scan comes first, cold, as on a page just opened.
  await sleep(100);
  const sinceSetup = longTasks.length;

  const metered = meteredClock(window);
  t = performance.now();
  const h = startNameHighlighter({
    doc: document,
    win: window,
    matcher,
    clock: metered.clock,
    onFound: () => metered.endSlice(),
  });
  await h.ready;
  const firstScanWallMs = performance.now() - t;
  const first = metered.take();
  const counts = h.counts();

  const updates: PageScanFigures['updates'] = [];
  for (const html of moreHtml) {
    await sleep(50);
    metered.take();
    const section = document.createElement('section');
    section.className = 'talkscope-bench-added';
    section.innerHTML = html;
    document.body.append(section);
    await sleep(400); // the follower's debounce, then its batch is queued
    await h.settled();
    const u = metered.take();
    updates.push({ addedChars: section.textContent?.length ?? 0, ...u });
  }
  await sleep(200);
  h.stop();
  const longTasksOfScan = longTasks.slice(sinceSetup);
  for (const added of document.querySelectorAll('body > section.talkscope-bench-added')) added.remove();

  await sleep(50);
  // Baseline: what any extension that reads a page's text pays, a plain walk over its text nodes.
  t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textChars = 0;
  let textNodes = 0;
  const texts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    textChars += (n as Text).data.length;
    textNodes++;
    texts.push((n as Text).data);
  }
  const baselineWalkMs = performance.now() - t;
  await sleep(50);
  t = performance.now();
  for (const s of texts) matcher.find(s);
  const baselineMatchOnlyMs = performance.now() - t;

  return {
    textChars,
    textNodes,
    elements: document.body.getElementsByTagName('*').length,
    matcherParseMs,
    matcherLoadMs,
    matcherLongestSliceMs,
    baselineWalkMs,
    baselineMatchOnlyMs,
    firstScanMs: first.ms,
    firstScanLongestSliceMs: first.longestSliceMs,
    firstScanWallMs,
    marks: [...counts.values()].reduce((a, b) => a + b, 0),
    people: counts.size,
    updates,
    // Long tasks of the scan and updates only (setting up the benchmark is not counted).
    longTasksOver50ms: longTasksOfScan,
    layoutShift,
  };
}

Object.assign(window, { runPageScan });
