/**
 * Follows a page that changes (single-page apps, infinite scroll): collects what was added,
 * edited, or made editable or not, waits for the page to settle, and hands over the changed
 * subtrees in one batch. Pure DOM: give it the window.
 */
import { EDITABLE_ATTRIBUTES, makesEditable, OWN_UI_ATTRIBUTE } from './scannable-text.ts';

export interface FollowOptions {
  /** Quiet time before a batch, ms. */
  debounceMs?: number;
  /** A page that never settles still gets a batch this often, ms. */
  maxWaitMs?: number;
  /** More changed subtrees than this in one batch: hand over the whole root instead. */
  maxRoots?: number;
}

/**
 * Calls `onBatch(roots, removed, editability)` with the outermost changed nodes (text nodes or
 * elements) still on the page, whether anything was removed since the last batch, and the
 * elements that became an editable area or stopped being one (see `makesEditable`), which are
 * changed nodes too; other attribute changes are not. Changes inside the extension's own elements are ignored.
 * Returns the function that stops following.
 */
export function followMutations(
  win: Window,
  root: Node,
  onBatch: (roots: Node[], removed: boolean, editability: Element[]) => void,
  { debounceMs = 250, maxWaitMs = 1500, maxRoots = 2000 }: FollowOptions = {},
): () => void {
  let pending = new Set<Node>();
  let editability = new Set<Element>();
  let removed = false;
  let whole = false;
  let timer: number | undefined;
  let firstAt = 0;
  const flush = () => {
    timer = undefined;
    firstAt = 0;
    const nodes = whole ? [root] : outermost([...pending]);
    const wasRemoved = removed;
    const flipped = [...editability].filter((el) => el.isConnected);
    pending = new Set();
    editability = new Set();
    removed = false;
    whole = false;
    if (nodes.length || wasRemoved) onBatch(nodes, wasRemoved, flipped);
  };
  const observer = new (win as Window & typeof globalThis).MutationObserver((records: MutationRecord[]) => {
    for (const r of records) {
      if (isOwn(r.target)) continue;
      if (r.type === 'characterData') pending.add(r.target);
      else if (r.type === 'attributes') {
        // Only a change of editability: pages set `role` on many things, and rescanning
        // an element whose text did not change would find the same names.
        const name = r.attributeName!;
        const el = r.target as Element;
        if (changesEditability(name, r.oldValue, el.getAttribute(name))) {
          pending.add(el);
          editability.add(el);
        }
      } else {
        for (const n of r.addedNodes) if (!isOwn(n)) pending.add(n);
        if (r.removedNodes.length) removed = true;
      }
    }
    if (pending.size > maxRoots) {
      whole = true;
      pending.clear();
    }
    if (!pending.size && !removed && !whole) return;
    const now = win.performance.now();
    firstAt ||= now;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(flush, now - firstAt > maxWaitMs ? 0 : debounceMs);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: EDITABLE_ATTRIBUTES,
    attributeOldValue: true,
  });
  return () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}

/**
 * Whether attribute `name` going from `oldValue` to `value` (`null`: absent) made its element
 * an editable area or stopped it being one (see `makesEditable`).
 *
 * @example changesEditability('contenteditable', null, 'true') // true
 * @example changesEditability('role', 'textbox', 'searchbox') // true
 * @example changesEditability('contenteditable', '', 'true') // false: editable before and after
 */
export function changesEditability(name: string, oldValue: string | null, value: string | null): boolean {
  return makesEditable(name, oldValue) !== makesEditable(name, value);
}

function isOwn(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}

/** Drops nodes that left the page or sit inside another node of the list. */
export function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes.filter((n) => n.isConnected));
  return [...set].filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
