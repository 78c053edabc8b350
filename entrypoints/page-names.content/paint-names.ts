/**
 * Marks found names on the page. With the CSS Custom Highlight API the page's DOM is never
 * touched: ranges are painted by the `::highlight(talkscope-name)` rule of the content
 * script's stylesheet. Without it (older browsers), each name is wrapped in a
 * `<talkscope-name>` element, the one change to the page the fallback cannot avoid, and
 * undone by `clearAll`.
 */
import type { NameMatch } from '../../indexer/names/name-matcher.ts';
import { OWN_UI_ATTRIBUTE } from './scannable-text.ts';

export const HIGHLIGHT_NAME = 'talkscope-name';
export const FALLBACK_TAG = 'talkscope-name';

/** A name where it stands on the page. */
export interface PaintedName {
  key: string;
  range: Range;
}

export interface NamePainter {
  readonly mode: 'highlight' | 'wrap';
  /** Marks `matches` in `node`, replacing what was marked there before. */
  paint(node: Text, matches: readonly NameMatch[]): void;
  /** Forgets nodes that left the page. */
  prune(): void;
  /** The marked name under a point of the viewport, if any. */
  nameAt(x: number, y: number): PaintedName | undefined;
  /** The marked names inside an element (a focused link). */
  namesIn(el: Element): PaintedName[];
  /** Every marked name's key, once per mark. */
  keys(): string[];
  clearAll(): void;
}

interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/** The painter the page supports: the highlight API where there is one. */
export function createNamePainter(doc: Document, win: Window): NamePainter {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new () => Set<AbstractRange> }).Highlight;
  return css?.highlights && Highlight ? highlightPainter(doc, css.highlights, new Highlight()) : wrapPainter(doc);
}

interface Mark {
  key: string;
  start: number;
  end: number;
  range: AbstractRange;
}

// Static ranges: a live Range is updated by the browser on every change to the page, and a
// page can hold thousands of names. Edited text is scanned and marked again anyway.
function highlightPainter(doc: Document, registry: HighlightRegistry, highlight: Set<AbstractRange>): NamePainter {
  const marks = new Map<Text, Mark[]>();
  const StaticRangeCtor = (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange;
  registry.set(HIGHLIGHT_NAME, highlight);
  const unpaint = (node: Text) => {
    for (const m of marks.get(node) ?? []) highlight.delete(m.range);
    marks.delete(node);
  };
  const live = (node: Text, m: Mark): PaintedName => {
    const range = doc.createRange();
    range.setStart(node, Math.min(m.start, node.length));
    range.setEnd(node, Math.min(m.end, node.length));
    return { key: m.key, range };
  };
  return {
    mode: 'highlight',
    paint(node, matches) {
      unpaint(node);
      if (!matches.length) return;
      const painted = matches.map((m): Mark => {
        let range: AbstractRange;
        if (StaticRangeCtor)
          range = new StaticRangeCtor({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end });
        else {
          const r = doc.createRange();
          r.setStart(node, m.start);
          r.setEnd(node, m.end);
          range = r;
        }
        highlight.add(range);
        return { key: m.key, start: m.start, end: m.end, range };
      });
      marks.set(node, painted);
    },
    prune() {
      for (const node of marks.keys()) if (!node.isConnected) unpaint(node);
    },
    nameAt(x, y) {
      const hit = caretAt(doc, x, y);
      if (!hit) return undefined;
      const node = hit.node as Text;
      for (const m of marks.get(node) ?? []) {
        if (m.start > hit.offset || hit.offset > m.end) continue;
        const p = live(node, m);
        if (contains(p.range, x, y)) return p;
      }
      return undefined;
    },
    namesIn(el) {
      const out: PaintedName[] = [];
      for (const [node, ms] of marks) if (el.contains(node)) out.push(...ms.map((m) => live(node, m)));
      return out;
    },
    keys: () => [...marks.values()].flat().map((m) => m.key),
    clearAll() {
      highlight.clear();
      marks.clear();
      // A newer run of the script may have registered its own already.
      if (registry.get(HIGHLIGHT_NAME) === highlight) registry.delete(HIGHLIGHT_NAME);
    },
  };
}

function wrapPainter(doc: Document): NamePainter {
  const wrapped = new Set<Element>();
  const painted = (el: Element): PaintedName => {
    const range = doc.createRange();
    range.selectNodeContents(el);
    return { key: el.getAttribute('data-key') ?? '', range };
  };
  return {
    mode: 'wrap',
    paint(node, matches) {
      // Right to left, so earlier offsets stay valid as the node is split.
      for (const m of [...matches].reverse()) {
        const name = node.splitText(m.start);
        name.splitText(m.end - m.start);
        const el = doc.createElement(FALLBACK_TAG);
        el.setAttribute('data-key', m.key);
        el.setAttribute(OWN_UI_ATTRIBUTE, '');
        el.setAttribute('tabindex', '0');
        name.replaceWith(el);
        el.append(name);
        wrapped.add(el);
      }
    },
    prune() {
      for (const el of wrapped) if (!el.isConnected) wrapped.delete(el);
    },
    nameAt(x, y) {
      const el = doc.elementFromPoint(x, y)?.closest(FALLBACK_TAG);
      return el && wrapped.has(el) ? painted(el) : undefined;
    },
    namesIn(el) {
      return [...wrapped].filter((w) => el === w || el.contains(w)).map(painted);
    },
    keys: () => [...wrapped].map((el) => el.getAttribute('data-key') ?? ''),
    clearAll() {
      for (const el of wrapped) {
        const parent = el.parentNode;
        el.replaceWith(...el.childNodes);
        parent?.normalize();
      }
      wrapped.clear();
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
