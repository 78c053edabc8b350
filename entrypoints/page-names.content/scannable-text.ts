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
 * editable area (`contenteditable`, `role=textbox`, a document in `designMode`) or the
 * extension's own UI, at any depth. Answers are remembered in `cache` per element; pass a
 * fresh map after the page changes an element's attributes.
 */
export function isScannableElement(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el) return false;
  const known = cache.get(el);
  if (known !== undefined) return known;
  let ok: boolean;
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute(OWN_UI_ATTRIBUTE) || isEditable(el)) ok = false;
  // Asked once per walk, at the top: `designMode` makes the whole document an editor.
  else ok = el.parentElement ? isScannableElement(el.parentElement, cache) : el.ownerDocument.designMode !== 'on';
  cache.set(el, ok);
  return ok;
}

/** The attributes that can make an element an editable area (see `makesEditable`). */
export const EDITABLE_ATTRIBUTES = ['contenteditable', 'role'];

/**
 * Whether attribute `name` with `value` (`null`: absent) makes its element an editable area,
 * as `isScannableElement` reads it: any `contenteditable` but `"false"` (so `""` and
 * `"plaintext-only"` too), or `role="textbox"`.
 *
 * @example makesEditable('contenteditable', '') // true
 * @example makesEditable('role', 'button') // false
 */
export function makesEditable(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (name === 'contenteditable') return value.toLowerCase() !== 'false';
  return name === 'role' && value === 'textbox';
}

function isEditable(el: Element): boolean {
  return makesEditable('contenteditable', el.getAttribute('contenteditable')) || makesEditable('role', el.getAttribute('role'));
}

const SHOW_TEXT = 4;

/**
 * The elements `isScannableElement` refuses for their tag, as one selector. The tags go in one
 * `:is()`: Chromium matched a table of 48,000 elements a fifth faster so than as a list of two
 * dozen selectors.
 */
const SKIPPED_TAGS_SELECTOR = `:is(${[...SKIPPED_TAGS].map((t) => t.toLowerCase()).join(',')})`;

/**
 * The elements that may be refused for an attribute, told apart by `isEditable` afterwards.
 * Kept out of the tags' selector: with them, and `:not([contenteditable="false" i])`, one
 * query over a table of 35,000 elements took half as long again as the two queries do.
 */
const ATTRIBUTES_SELECTOR = `[${OWN_UI_ATTRIBUTE}],[contenteditable],[role="textbox"]`;

/** The elements under `root` that `isScannableElement` refuses on their own account, in document order. */
function skippedElementsUnder(root: ParentNode): Element[] {
  const byTag = [...root.querySelectorAll(SKIPPED_TAGS_SELECTOR)];
  const byAttribute = [...root.querySelectorAll(ATTRIBUTES_SELECTOR)].filter(
    (el) => el.hasAttribute(OWN_UI_ATTRIBUTE) || isEditable(el),
  );
  if (!byAttribute.length) return byTag;
  // Both lists are in document order: merged so.
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < byTag.length && j < byAttribute.length) {
    const [a, b] = [byTag[i]!, byAttribute[j]!];
    if (a === b) j++;
    else if (a.compareDocumentPosition(b) & FOLLOWING) out.push(byTag[i++]!);
    else out.push(byAttribute[j++]!);
  }
  return out.concat(byTag.slice(i), byAttribute.slice(j));
}

const FOLLOWING = 4;

/** Walks a root's text a slice at a time: `visit` as for `walkScannableText`, `from` its answer. */
export type ScannableTextWalk = (visit: (node: Text, data: string) => boolean, from?: Text) => Text | undefined;

/**
 * Calls `visit` on every scannable text node under `root` (itself included when it is one)
 * with its text, in document order, until `visit` returns `false`; returns the node to resume
 * from (the one `visit` refused), or `undefined` when all were visited. Texts of one
 * character are not visited.
 */
export function walkScannableText(
  doc: Document,
  root: Node,
  cache: Map<Element, boolean>,
  visit: (node: Text, data: string) => boolean,
  from?: Text,
): Text | undefined {
  return scannableTextWalk(doc, root, cache)(visit, from);
}

/**
 * `walkScannableText` for one root, resumable: the skipped elements under `root` are found
 * once, by two queries (`skippedElementsUnder`), when the walk is made; the text walked between them is read with
 * no question asked of any element. An element that becomes skipped later (an editor the
 * page adds while the walk is under way) is not known to the walk: whoever marks what it
 * finds checks `isScannableElement` again.
 */
export function scannableTextWalk(doc: Document, root: Node, cache: Map<Element, boolean>): ScannableTextWalk {
  if (root.nodeType === 3) {
    const t = root as Text;
    return (visit) =>
      t.isConnected && t.length >= 2 && isScannableElement(t.parentElement, cache) && !visit(t, t.data) ? t : undefined;
  }
  // Below `root` the walk leaves skipped elements out; above it, the cache decides.
  const host = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if ((host && !isScannableElement(host, cache)) || !('querySelectorAll' in root)) return () => undefined;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  // Each outermost skipped element, as the text node the walk meets first at its start
  // (inside it, or after it when it holds none) and the first text node after it.
  const enters: (Node | null)[] = [];
  const exits: (Node | null)[] = [];
  let last: Element | undefined;
  for (const el of skippedElementsUnder(root as ParentNode)) {
    if (last?.contains(el)) continue;
    last = el;
    walker.currentNode = el;
    enters.push(walker.nextNode());
    let after: Node | null = el;
    while (after && after !== root && !after.nextSibling) after = after.parentNode;
    const sibling = after && after !== root ? after.nextSibling : null;
    if (!sibling || sibling.nodeType === 3) exits.push(sibling);
    else {
      walker.currentNode = sibling;
      exits.push(walker.nextNode());
    }
  }
  let skip = 0;
  return (visit, from) => {
    if (from) walker.currentNode = from;
    else walker.currentNode = root;
    for (let n = from ?? walker.nextNode(); n;) {
      while (skip < enters.length && n === enters[skip]) {
        n = exits[skip++]!;
        if (!n) return undefined;
        walker.currentNode = n;
      }
      const t = n as Text;
      // Read once: each read of a node's text is a call into the page.
      const data = t.data;
      // Single characters (and most whitespace between tags) cannot be part of a name.
      if (data.length >= 2 && !visit(t, data)) return t;
      n = walker.nextNode();
    }
    return undefined;
  };
}
