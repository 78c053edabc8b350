/**
 * Finds the archive's names in a page's text nodes, in slices short enough never to hold
 * the page up. Pure DOM: no extension API.
 */
import type { NameMatch, NameMatcher } from '../../indexer/names/name-matcher.ts';
import { isScannableElement, scannableTextWalk, type ScannableTextWalk } from './scannable-text.ts';

export interface ScanClock {
  /** Milliseconds, monotonic (`performance.now`). */
  now(): number;
  /** Lets the page run (input, rendering) before the next slice. */
  yieldToPage(): Promise<void>;
  /** Longest a slice may run, in ms. */
  sliceMs: number;
}

export interface ScanResult {
  /** Text nodes looked at. */
  nodes: number;
  /** Characters looked at. */
  chars: number;
  /** Text nodes with names, and their matches. */
  found: Map<Text, NameMatch[]>;
}

/**
 * Scans the scannable text under each of `roots` (see `walkScannableText`), slicing the work
 * with `clock`; `cancelled()` is checked between slices. A text node looked at is reported
 * (in `found`, and to `onFound` as soon as it is seen) only when it holds a name.
 */
export async function scanNames(
  doc: Document,
  roots: readonly Node[],
  matcher: NameMatcher,
  clock: ScanClock,
  cancelled: () => boolean = () => false,
  onFound?: (node: Text, matches: NameMatch[]) => void,
): Promise<ScanResult> {
  const result: ScanResult = { nodes: 0, chars: 0, found: new Map() };
  const cache = new Map<Element, boolean>();
  for (const root of roots) {
    let walk: ScannableTextWalk | undefined;
    let from: Text | undefined;
    do {
      if (cancelled()) return result;
      const sliceEnd = clock.now() + clock.sliceMs;
      let n = 0;
      // Made within the first slice: finding the skipped elements is part of the scan's work.
      walk ??= scannableTextWalk(doc, root, cache);
      from = walk((t) => {
        // Reading the clock costs more than a small text node: only every 32 nodes.
        if (++n >= 32) {
          n = 0;
          if (clock.now() > sliceEnd) return false;
        }
        const text = t.data;
        result.nodes++;
        result.chars += text.length;
        const ms = matcher.find(text);
        // The page may have made this text part of an editor since the walk began.
        if (ms.length && isScannableElement(t.parentElement, cache)) {
          // Marking costs more than reading: it counts towards the next look at the clock.
          n += 4 * ms.length;
          result.found.set(t, ms);
          // Marked within the same slice, so marking large pages is sliced too.
          onFound?.(t, ms);
        }
        return true;
      }, from);
      if (from) await clock.yieldToPage();
    } while (from);
  }
  return result;
}

/** The clock of a real page: slices of 8 ms, yielding to the page's own tasks between them. */
export function pageClock(win: Window, sliceMs = 8): ScanClock {
  const sched = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return {
    now: () => win.performance.now(),
    yieldToPage: sched?.yield ? () => sched.yield!() : () => new Promise((r) => win.setTimeout(r, 0)),
    sliceMs,
  };
}
