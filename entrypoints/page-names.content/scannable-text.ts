/**
 * Which text on a page may be scanned for names. Pure DOM: give it the page's nodes.
 */

/** Elements whose text is never looked at: code, scripts, form fields, media, our own UI. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
  'OBJECT',
  'HEAD',
  'TITLE',
  'TALKSCOPE-CARD',
  'TALKSCOPE-NAME',
]);

/** Marks the extension's own elements, so nothing it adds is ever scanned. */
export const OWN_UI_ATTRIBUTE = 'data-talkscope';

/**
 * Whether the text directly inside `el` may be scanned: not in a skipped element, an
 * editable area (`contenteditable`, `role=textbox`) or the extension's own UI, at any depth.
 * Answers are remembered in `cache` per element; pass a fresh map after the page changes
 * an element's attributes.
 */
export function isScannableElement(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el) return false;
  const known = cache.get(el);
  if (known !== undefined) return known;
  let ok: boolean;
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute(OWN_UI_ATTRIBUTE) || isEditable(el)) ok = false;
  else ok = el.parentElement ? isScannableElement(el.parentElement, cache) : true;
  cache.set(el, ok);
  return ok;
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

const SHOW_TEXT = 4;

/**
 * Calls `visit` on every scannable text node under `root` (itself included when it is one),
 * in document order, until `visit` returns `false`; returns the node to resume from (the one
 * `visit` refused), or `undefined` when all were visited.
 */
export function walkScannableText(
  doc: Document,
  root: Node,
  cache: Map<Element, boolean>,
  visit: (node: Text) => boolean,
  from?: Text,
): Text | undefined {
  if (root.nodeType === 3) {
    const t = root as Text;
    if (t.isConnected && isScannableElement(t.parentElement, cache) && !visit(t)) return t;
    return undefined;
  }
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  if (from) walker.currentNode = from;
  for (let n = from ?? walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    // Whitespace between tags is most of a page's text nodes: skip it before anything else.
    if (t.data.length < 3) continue;
    if (!isScannableElement(t.parentElement, cache)) continue;
    if (!visit(t)) return t;
  }
  return undefined;
}
