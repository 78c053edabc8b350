/**
 * Runs inside the benchmark's Chromium page (bundled by tests/bench/page-scan.ts): names on
 * pages as they were done before the background found them, for comparison in the same run.
 * The page gets every name (as the background sent them), builds a matcher in slices, then
 * scans and marks with it on its own main thread.
 */
import { nameMatcherLoader, type NameFormRow } from '../../indexer/names/name-matcher.ts';
import { startNameHighlighter } from '../../entrypoints/page-names.content/name-highlighter.ts';

/** `rowsJson`: the names as `nameFormRows` makes them, as JSON. Resolves with the marks made. */
export async function runOnPageDesign(rowsJson: string): Promise<number> {
  const rows = JSON.parse(rowsJson) as NameFormRow[];
  const loader = nameMatcherLoader();
  for (let i = 0; i < rows.length; i += 2000) {
    loader.add(rows.slice(i, i + 2000));
    await new Promise((r) => setTimeout(r, 0));
  }
  const h = startNameHighlighter({ doc: document, win: window, find: loader.matcher() });
  await h.ready;
  return [...h.painter.counts().values()].reduce((a, b) => a + b, 0);
}

Object.assign(window, { runOnPageDesign });
