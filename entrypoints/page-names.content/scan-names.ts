/**
 * Finds the archive's names in a page's text nodes, in slices short enough never to hold
 * the page up. The page's main thread only reads the text and marks what comes back: the
 * matching itself is the `NameFinder`'s (the background's, across a message). Pure DOM: no
 * extension API.
 */
import { mayHoldName } from '../../indexer/names/name-letters.ts';
import type { NameMatch, NameMatcher } from '../../indexer/names/name-matcher.ts';
import { inlineGap, isBlank, mayContinueName } from './inline-run.ts';
import { isScannableElement, OWN_UI_ATTRIBUTE, scannableTextWalk, type ScannableTextWalk } from './scannable-text.ts';

export interface ScanClock {
  /** Milliseconds, monotonic (`performance.now`). */
  now(): number;
  /** Lets the page run (input, rendering) before the next slice. */
  yieldToPage(): Promise<void>;
  /** Longest a slice may run, in ms. */
  sliceMs: number;
}

/**
 * A name where it stands: offsets in the text node it starts in, and, for a name split across
 * elements ("<b>Tom</b> Hartvigsen"), the node and offset where it ends.
 */
export interface PageName extends NameMatch {
  endNode?: Text;
  endOffset?: number;
}

export interface ScanResult {
  /** Text nodes looked at. */
  nodes: number;
  /** Characters looked at. */
  chars: number;
  /** Text nodes with names starting in them, and those names. */
  found: Map<Text, readonly PageName[]>;
}

/** Text nodes read as one text (see inline-run.ts): each node, its text, and where it starts. */
interface TextRun {
  nodes: Text[];
  texts: string[];
  starts: number[];
}

/**
 * The names in each of a batch of texts, in the same order. May answer later (a message to
 * the background) or at once (a matcher in the same thread, as tests and tools use).
 */
export type NameFinder = (texts: string[]) => FoundNames | Promise<FoundNames>;

/** The names in each text of a batch, by index; a text with none may be left `undefined`. */
export type FoundNames = readonly (readonly NameMatch[] | undefined)[];

/** A `NameFinder` that runs `matcher` right here. */
export function localFinder(matcher: NameMatcher): NameFinder {
  return (texts) => texts.map((t) => matcher.find(t));
}

/**
 * Text sent for matching in one batch, in characters. Large enough that a megabyte of page
 * is a few dozen messages, small enough that the first names come back while the walk goes on.
 */
const BATCH_CHARS = 64_000;

/**
 * Scans the scannable text under each of `roots` (see `walkScannableText`), slicing the work
 * with `clock`; `cancelled()` is checked between slices. Text is read in batches handed to
 * `find` without waiting for its answer; answers are marked in order, also in slices. A text
 * node is reported (in `found`, and to `onFound` as its batch is marked) only when it holds
 * a name and is, when the answer comes, still on the page, unchanged and scannable. A
 * `find` that fails finds nothing.
 */
export async function scanNames(
  doc: Document,
  roots: readonly Node[],
  find: NameFinder | NameMatcher,
  clock: ScanClock,
  cancelled: () => boolean = () => false,
  onFound?: (node: Text, matches: readonly PageName[]) => void,
): Promise<ScanResult> {
  const finder = typeof find === 'function' ? find : localFinder(find);
  const result: ScanResult = { nodes: 0, chars: 0, found: new Map() };
  const cache = new Map<Element, boolean>();
  let nodes: (Text | TextRun)[] = [];
  let texts: string[] = [];
  let chars = 0;
  let marking: Promise<void> = Promise.resolve();
  // Changes to the page while the scan is under way: an answer for text the page has not
  // touched since it was read is marked without asking the page anything again.
  let changes = 0;
  const MutationObserverCtor = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  const watcher = MutationObserverCtor ? new MutationObserverCtor(() => void changes++) : undefined;
  watcher?.observe(doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable', 'role', OWN_UI_ATTRIBUTE],
  });
  const changesSince = (seen: number) => !watcher || changes !== seen;

  // The page may have changed a text, or made it part of an editor, since it was read.
  const stale = (t: Text, text: string) => t.data !== text || !t.isConnected || !isScannableElement(t.parentElement, cache);
  const report = (t: Text, ms: readonly PageName[]) => {
    result.found.set(t, ms);
    onFound?.(t, ms);
  };
  const mark = async (batchNodes: (Text | TextRun)[], batchTexts: string[], found: FoundNames, seen: number) => {
    const recheck = changesSince(seen);
    let sliceEnd = clock.now() + clock.sliceMs;
    let n = 0;
    for (let i = 0; i < batchNodes.length; i++) {
      const ms = found[i];
      if (!ms?.length) continue;
      if (cancelled()) return;
      const entry = batchNodes[i]!;
      if (!('nodes' in entry)) {
        if (recheck && stale(entry, batchTexts[i]!)) continue;
        report(entry, ms);
      } else {
        if (recheck && entry.nodes.some((t, k) => stale(t, entry.texts[k]!))) continue;
        for (const [t, names] of splitRun(entry, ms)) report(t, names);
      }
      // A page of thousands of names is marked a slice at a time too.
      if ((n += ms.length) >= 32) {
        n = 0;
        if (clock.now() > sliceEnd) {
          await clock.yieldToPage();
          sliceEnd = clock.now() + clock.sliceMs;
        }
      }
    }
  };
  // The text read last, not yet in a batch: the next may run on from it.
  let pendingNode: Text | undefined;
  let pendingRun: TextRun | undefined;
  let pendingText = '';
  const commit = () => {
    if (!pendingNode) return;
    // Most short texts (dates, numbers, lower-case prose) cannot hold a name: never sent.
    if (mayHoldName(pendingText)) {
      nodes.push(pendingRun ?? pendingNode);
      texts.push(pendingText);
      chars += pendingText.length;
    }
    pendingNode = pendingRun = undefined;
    if (chars >= BATCH_CHARS) send();
  };
  const send = () => {
    if (!nodes.length) return;
    const [batchNodes, batchTexts, seen] = [nodes, texts, changes];
    [nodes, texts, chars] = [[], [], 0];
    const answer = Promise.resolve()
      .then(() => finder(batchTexts))
      .catch((): FoundNames => []);
    marking = marking.then(() => answer).then((found) => (cancelled() ? undefined : mark(batchNodes, batchTexts, found, seen)));
  };

  for (const root of roots) {
    let walk: ScannableTextWalk | undefined;
    let from: Text | undefined;
    do {
      if (cancelled()) {
        watcher?.disconnect();
        return result;
      }
      const sliceEnd = clock.now() + clock.sliceMs;
      let n = 0;
      // Made within the first slice: finding the skipped elements is part of the scan's work.
      walk ??= scannableTextWalk(doc, root, cache);
      from = walk((t, text) => {
        // Reading the clock costs more than a small text node: only every 32 nodes.
        if (++n >= 32) {
          n = 0;
          if (clock.now() > sliceEnd) return false;
        }
        result.nodes++;
        result.chars += text.length;
        // Whitespace between inline elements is part of the line, not a text of its own.
        if (isBlank(text)) return true;
        // A text the last one runs on into, across inline elements only, is read with it.
        if (pendingNode && mayContinueName(pendingText, text)) {
          const last = pendingRun ? pendingRun.nodes[pendingRun.nodes.length - 1]! : pendingNode;
          const gap = inlineGap(last, t);
          if (gap !== undefined) {
            pendingRun ??= { nodes: [pendingNode], texts: [pendingText], starts: [0] };
            pendingText += gap;
            pendingRun.nodes.push(t);
            pendingRun.texts.push(text);
            pendingRun.starts.push(pendingText.length);
            pendingText += text;
            return true;
          }
        }
        commit();
        pendingNode = t;
        pendingText = text;
        return true;
      }, from);
      // What was read goes out before the page gets its turn: its answer may come meanwhile.
      commit();
      send();
      if (from) await clock.yieldToPage();
    } while (from);
  }
  await marking;
  watcher?.disconnect();
  return result;
}

/**
 * The names found in a run's text, by the node each starts in, in offsets of that node; a
 * name that ends in a later node of the run says where.
 */
function splitRun(run: TextRun, ms: readonly NameMatch[]): Map<Text, PageName[]> {
  const out = new Map<Text, PageName[]>();
  const nodeAt = (pos: number) => {
    let k = run.starts.length - 1;
    while (k > 0 && run.starts[k]! > pos) k--;
    return k;
  };
  for (const m of ms) {
    const a = nodeAt(m.start);
    const b = nodeAt(m.end - 1);
    const node = run.nodes[a]!;
    const start = m.start - run.starts[a]!;
    const name: PageName =
      a === b
        ? { start, end: m.end - run.starts[a]!, key: m.key }
        : { start, end: run.texts[a]!.length, key: m.key, endNode: run.nodes[b]!, endOffset: m.end - run.starts[b]! };
    const list = out.get(node);
    if (list) list.push(name);
    else out.set(node, [name]);
  }
  return out;
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
