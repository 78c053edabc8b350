/**
 * Names on a page, start to finish: the first scan, marking, following changes, and what was
 * found. Pure DOM: no extension API; the content script's entry wires it to the extension.
 */
import type { NameMatcher } from '../../indexer/names/name-matcher.ts';
import { followMutations, outermost, type FollowOptions } from './follow-mutations.ts';
import { lineOf } from './inline-run.ts';
import type { NamePainter } from './name-painter.ts';
import { createNamePainter } from './paint-names.ts';
import { pageClock, scanNames, type NameFinder, type ScanClock } from './scan-names.ts';
import { isScannableElement } from './scannable-text.ts';

export interface HighlighterOptions {
  doc: Document;
  win: Window;
  /** Where names are looked for: the background (see start-page-names.ts), or a matcher here. */
  find: NameFinder | NameMatcher;
  /** After each scan: how many times each person is marked on the page (the painter's own count: read it, copy it to keep it). */
  onFound?: (counts: ReadonlyMap<string, number>) => void;
  clock?: ScanClock;
  follow?: FollowOptions;
}

export interface NameHighlighter {
  readonly painter: NamePainter;
  /** Resolves when the first scan is done. */
  readonly ready: Promise<void>;
  /** Resolves when every change seen so far is scanned. */
  settled(): Promise<void>;
  counts(): Map<string, number>;
  /** Removes every mark and stops following the page. */
  stop(): void;
}

/**
 * Scans `doc.body` now and again after each batch of changes; marks names with the best
 * painter the page supports.
 */
export function startNameHighlighter({
  doc,
  win,
  find,
  onFound,
  clock = pageClock(win),
  follow,
}: HighlighterOptions): NameHighlighter {
  const painter = createNamePainter(doc, win);
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const report = () => onFound?.(painter.counts());
  const scan = async (roots: Node[], edited: readonly Text[] = []) => {
    // Edited text loses its old marks, even when no name is left in it.
    for (const node of edited) painter.paint(node, []);
    await scanNames(
      doc,
      roots,
      find,
      clock,
      () => stopped,
      (node, ms) => painter.paint(node, ms),
    );
  };
  const root = doc.body ?? doc.documentElement;
  const ready = (queue = scan([root]).then(report));
  const unfollow = followMutations(
    win,
    root,
    (roots, removed, editability) => {
      queue = queue.then(async () => {
        if (stopped) return;
        if (removed) painter.prune();
        // `designMode` makes the whole page an editor and tells no observer: asked at each change.
        if (doc.designMode === 'on') roots = editability = [root];
        // Changes inside an editor or code block are never scanned. An area that became
        // editable loses its marks, or they would cover what is typed there (an element added
        // under one was never marked: nothing to clear).
        const cache = new Map<Element, boolean>();
        const scannable = roots.filter((n) => isScannableElement(n.nodeType === 1 ? (n as Element) : n.parentElement, cache));
        const closed = editability.filter((el) => !isScannableElement(el, cache));
        if (closed.length) painter.clearIn(closed);
        const edited = roots.filter((n): n is Text => n.nodeType === 3);
        // An edited text is read again with the rest of its line: "Hartvigsen" edited in
        // "<b>Tom</b> Hartvigsen" is still part of the name that starts in "Tom".
        await scan(outermost(scannable.map((n) => (n.nodeType === 3 ? (lineOf(n as Text, root) ?? n) : n))), edited);
        report();
      });
    },
    follow,
  );
  return {
    painter,
    ready,
    settled: () => queue,
    counts: () => new Map(painter.counts()),
    stop() {
      stopped = true;
      unfollow();
      painter.clearAll();
    },
  };
}
