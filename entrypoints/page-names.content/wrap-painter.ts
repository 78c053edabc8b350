/**
 * Marks names where the browser has no highlight API: each name wrapped in a
 * `<talkscope-name>` element, taken out again by `clearAll`.
 */
import { FALLBACK_TAG, insideAny, type NamePainter, type PaintedName } from './name-painter.ts';
import { OWN_UI_ATTRIBUTE } from './scannable-text.ts';

export function wrapPainter(doc: Document): NamePainter {
  const wrapped = new Set<Element>();
  const painted = (el: Element): PaintedName => {
    const range = doc.createRange();
    range.selectNodeContents(el);
    return { key: el.getAttribute('data-key') ?? '', range };
  };
  return {
    mode: 'wrap',
    paint(node, matches) {
      // Right to left, so earlier offsets stay valid as the node is split. A name split
      // across elements is left unmarked: wrapping it would mean moving the page's elements.
      for (const m of matches.filter((x) => !x.endNode).reverse()) {
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
    clearIn(roots) {
      const inside = insideAny(roots);
      for (const el of wrapped)
        if (inside(el)) {
          // Unwrapped without `normalize()`: the text is the page's editor's now, and merging
          // its nodes would move the caret it keeps.
          el.replaceWith(...el.childNodes);
          wrapped.delete(el);
        }
    },
    nameAt(x, y) {
      const el = doc.elementFromPoint(x, y)?.closest(FALLBACK_TAG);
      return el && wrapped.has(el) ? painted(el) : undefined;
    },
    namesIn(el) {
      return [...wrapped].filter((w) => el === w || el.contains(w)).map(painted);
    },
    counts() {
      const counts = new Map<string, number>();
      for (const el of wrapped) {
        const key = el.getAttribute('data-key') ?? '';
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    },
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
