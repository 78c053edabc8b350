import type { MarkedText as Runs } from '../indexer/search/search-archive.ts';

/** Text with the words that matched the search marked; rendered as text, never as HTML. */
export function MarkedText({ runs, fallback }: { runs: Runs | undefined; fallback?: string }) {
  if (!runs?.length || runs.every((r) => !r.text)) return <>{fallback ?? ''}</>;
  return <>{runs.map((r, i) => (r.marked ? <mark key={i}>{r.text}</mark> : r.text))}</>;
}
