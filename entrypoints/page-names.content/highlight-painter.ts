/**
 * Marks names with the CSS Custom Highlight API: the page's DOM is never touched, and only the
 * names near the viewport are given to the browser.
 */
import type { PageName } from './scan-names.ts';
import { HIGHLIGHT_NAME, insideAny, type NamePainter, type PaintedName } from './name-painter.ts';

/** The page's `CSS.highlights`. */
export interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/** A marked text node: its names, and the element whose nearness to the viewport decides. */
interface MarkedText {
  node: Text;
  marks: readonly PageName[];
  /** The ranges given to the highlight, made the first time the names are shown. */
  ranges?: AbstractRange[];
  watched: Element;
}

/** How far beyond the viewport names are painted ahead of scrolling: a screen above and below. */
const NEAR_MARGIN = '100% 0px';

// Static ranges: a live Range is updated by the browser on every change to the page, and a
// page can hold thousands of names. Edited text is scanned and marked again anyway.
//
// Only the names near the viewport are in the highlight: the browser redoes all of a
// highlight's ranges on every change to it, so a page of thousands of names would pay for
// all of them at each step of marking and scrolling. An IntersectionObserver on each marked
// text's element adds its ranges as it comes near and takes them out as it leaves.
export function highlightPainter(
  doc: Document,
  win: Window,
  registry: HighlightRegistry,
  highlight: Set<AbstractRange>,
): NamePainter {
  const marked = new Map<Text, MarkedText>();
  const watchedTexts = new Map<Element, Set<Text>>();
  const near = new Set<Element>();
  const StaticRangeCtor = (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange;
  const counts = new Map<string, number>();
  const tally = (marks: readonly PageName[], by: 1 | -1) => {
    for (const { key } of marks) {
      const n = (counts.get(key) ?? 0) + by;
      if (n > 0) counts.set(key, n);
      else counts.delete(key);
    }
  };
  const Observer = (win as Window & typeof globalThis).IntersectionObserver as typeof IntersectionObserver | undefined;
  registry.set(HIGHLIGHT_NAME, highlight);

  // A live range, clamped to the text as it is now: for reading a name's place on screen.
  const liveRange = (node: Text, m: PageName): Range => {
    const r = doc.createRange();
    const end = m.endNode ?? node;
    r.setStart(node, Math.min(m.start, node.length));
    r.setEnd(end, Math.min(m.endNode ? (m.endOffset ?? 0) : m.end, end.length));
    return r;
  };
  const rangeOf = (node: Text, m: PageName): AbstractRange =>
    StaticRangeCtor
      ? new StaticRangeCtor({
          startContainer: node,
          startOffset: m.start,
          endContainer: m.endNode ?? node,
          endOffset: m.endNode ? (m.endOffset ?? 0) : m.end,
        })
      : liveRange(node, m);
  const show = (m: MarkedText) => (m.ranges ??= m.marks.map((x) => rangeOf(m.node, x))).forEach((r) => highlight.add(r));
  const hide = (m: MarkedText) => m.ranges?.forEach((r) => highlight.delete(r));
  // Without the observer (never in a browser with the highlight API), everything is shown.
  const isShown = (m: MarkedText) => !observer || near.has(m.watched);
  const watch = (node: Text, el: Element) => {
    let texts = watchedTexts.get(el);
    if (!texts) {
      watchedTexts.set(el, (texts = new Set()));
      observer?.observe(el);
    }
    texts.add(node);
  };
  const unwatch = (node: Text, el: Element) => {
    const texts = watchedTexts.get(el);
    if (!texts?.delete(node) || texts.size) return;
    watchedTexts.delete(el);
    near.delete(el);
    observer?.unobserve(el);
  };
  const observer = Observer
    ? new Observer(
        (entries) => {
          for (const e of entries) {
            const el = e.target;
            const texts = watchedTexts.get(el);
            if (!texts) continue;
            if (e.isIntersecting) {
              if (near.has(el)) continue;
              near.add(el);
              for (const t of texts) show(marked.get(t)!);
            } else if (
              !e.boundingClientRect.width &&
              el.isConnected &&
              !el.getClientRects().length &&
              el.parentElement &&
              el !== doc.body
            ) {
              // No box of its own (`display: contents`, or hidden): its parent stands for it.
              const wasNear = near.has(el);
              for (const t of [...texts]) {
                const m = marked.get(t)!;
                if (wasNear) hide(m);
                unwatch(t, el);
                m.watched = el.parentElement;
                watch(t, m.watched);
                if (near.has(m.watched)) show(m);
              }
            } else if (near.delete(el)) for (const t of texts) hide(marked.get(t)!);
          }
        },
        { rootMargin: NEAR_MARGIN },
      )
    : undefined;

  // Names split across elements, by the node they end in: edited or gone, it takes them along.
  const spanEnds = new Map<Text, Set<Text>>();
  const indexSpans = (m: MarkedText, add: boolean) => {
    for (const x of m.marks) {
      if (!x.endNode) continue;
      let starts = spanEnds.get(x.endNode);
      if (add) {
        if (!starts) spanEnds.set(x.endNode, (starts = new Set()));
        starts.add(m.node);
      } else if (starts?.delete(m.node) && !starts.size) spanEnds.delete(x.endNode);
    }
  };
  /** Gives a marked text other names, in the highlight at once if it is shown. */
  const replaceMarks = (m: MarkedText, marks: readonly PageName[]) => {
    const shown = isShown(m);
    if (shown) hide(m);
    indexSpans(m, false);
    tally(m.marks, -1);
    m.marks = marks;
    tally(marks, 1);
    delete m.ranges;
    indexSpans(m, true);
    if (shown) show(m);
  };
  const dropSpansEndingIn = (end: Text) => {
    for (const start of spanEnds.get(end) ?? []) {
      const m = marked.get(start);
      if (m)
        replaceMarks(
          m,
          m.marks.filter((x) => x.endNode !== end),
        );
    }
    spanEnds.delete(end);
  };
  const unpaint = (node: Text) => {
    const m = marked.get(node);
    if (!m) return;
    if (isShown(m)) hide(m);
    indexSpans(m, false);
    tally(m.marks, -1);
    unwatch(node, m.watched);
    marked.delete(node);
  };
  /** Takes the marks off every text `gone` says, and the names that end in one. */
  const dropWhere = (gone: (node: Text) => boolean) => {
    for (const node of [...marked.keys()]) if (gone(node)) unpaint(node);
    for (const end of [...spanEnds.keys()]) if (gone(end)) dropSpansEndingIn(end);
  };
  const live = (node: Text, m: PageName): PaintedName => ({ key: m.key, range: liveRange(node, m) });
  return {
    mode: 'highlight',
    paint(node, matches) {
      const el = node.parentElement;
      if (!matches.length || !el) {
        // Cleared (the text was edited): names that ended in it go too.
        dropSpansEndingIn(node);
        return unpaint(node);
      }
      const before = marked.get(node);
      // Text edited in place keeps its watch: its new names show as soon as the old go.
      if (before?.watched.contains(node)) return replaceMarks(before, matches);
      unpaint(node);
      const m: MarkedText = { node, marks: matches, watched: el };
      marked.set(node, m);
      tally(matches, 1);
      indexSpans(m, true);
      watch(node, el);
      if (isShown(m)) show(m);
    },
    prune: () => dropWhere((node) => !node.isConnected),
    clearIn: (roots) => dropWhere(insideAny(roots)),
    nameAt(x, y) {
      const hit = caretAt(doc, x, y);
      if (!hit) return undefined;
      const node = hit.node as Text;
      const candidates: [Text, PageName][] = (marked.get(node)?.marks ?? [])
        .filter((m) => m.start <= hit.offset && hit.offset <= m.end)
        .map((m) => [node, m]);
      // The second part of a name split across elements.
      for (const start of spanEnds.get(node) ?? [])
        for (const m of marked.get(start)?.marks ?? [])
          if (m.endNode === node && hit.offset <= (m.endOffset ?? 0)) candidates.push([start, m]);
      for (const [start, m] of candidates) {
        const p = live(start, m);
        if (contains(p.range, x, y)) return p;
      }
      return undefined;
    },
    namesIn(el) {
      const out: PaintedName[] = [];
      for (const [node, m] of marked) if (el.contains(node)) out.push(...m.marks.map((x) => live(node, x)));
      return out;
    },
    counts: () => counts,
    clearAll() {
      observer?.disconnect();
      highlight.clear();
      marked.clear();
      counts.clear();
      spanEnds.clear();
      watchedTexts.clear();
      near.clear();
      // A newer run of the script may have registered its own already.
      if (registry.get(HIGHLIGHT_NAME) === highlight) registry.delete(HIGHLIGHT_NAME);
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

// The caret lands on the nearest text even when the pointer is past a line's end.
function contains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}
