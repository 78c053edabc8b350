/**
 * What marks names on a page, whichever way the browser allows: the interface both painters
 * (highlight-painter.ts, wrap-painter.ts) give, and the names they mark under.
 */
import type { PageName } from './scan-names.ts';

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
  paint(node: Text, matches: readonly PageName[]): void;
  /** Forgets nodes that left the page. */
  prune(): void;
  /**
   * Takes the marks off every text that is one of `roots` or inside one (an area that became
   * editable), names that only end there included. Costs a look at each marked text, not at
   * the roots' contents.
   */
  clearIn(roots: readonly Node[]): void;
  /** The marked name under a point of the viewport, if any. */
  nameAt(x: number, y: number): PaintedName | undefined;
  /** The marked names inside an element (a focused link). */
  namesIn(el: Element): PaintedName[];
  /**
   * How many times each person (by key) is marked. Kept up to date as marks come and go: a
   * page of thousands of names is counted again after every change to it.
   */
  counts(): ReadonlyMap<string, number>;
  clearAll(): void;
}

/**
 * Whether a node is one of `roots` or inside one: a walk up from each node asked about, so a
 * painter can ask it of its few marked texts instead of walking the roots' contents.
 */
export function insideAny(roots: readonly Node[]): (node: Node) => boolean {
  const set = new Set(roots);
  return (node) => {
    for (let p: Node | null = node; p; p = p.parentNode) if (set.has(p)) return true;
    return false;
  };
}
