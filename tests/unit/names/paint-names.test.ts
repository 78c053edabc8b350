// @vitest-environment happy-dom
/**
 * Marking with the CSS Custom Highlight API, on a fake page whose highlight registry and
 * IntersectionObserver the test drives: only names near the viewport are given to the
 * browser, coming and going as their elements do; everything else the painter knows is
 * about every name on the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIGHLIGHT_NAME } from '../../../entrypoints/page-names.content/name-painter.ts';
import { createNamePainter, hasNameStyle, NAME_BACKGROUND } from '../../../entrypoints/page-names.content/paint-names.ts';

class FakeObserver {
  static last: FakeObserver;
  watched = new Set<Element>();
  constructor(readonly callback: (entries: object[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  /** The browser's report: `near` elements intersect, `far` ones have a box but do not, `boxless` have none. */
  report({ near = [], far = [], boxless = [] }: Record<string, Element[]>) {
    this.callback([
      ...near.map((target) => ({ target, isIntersecting: true, boundingClientRect: { width: 100 } })),
      ...far.map((target) => ({ target, isIntersecting: false, boundingClientRect: { width: 100 } })),
      ...boxless.map((target) => ({ target, isIntersecting: false, boundingClientRect: { width: 0 } })),
    ]);
  }
}

function fakePage(html: string) {
  document.body.innerHTML = html;
  const registry = new Map<string, Set<AbstractRange>>();
  const win = { CSS: { highlights: registry }, Highlight: class extends Set {}, IntersectionObserver: FakeObserver };
  const painter = createNamePainter(document, win as unknown as Window);
  const text = (id: string) => document.getElementById(id)!.firstChild as Text;
  /** The names the browser is asked to paint now, as text. */
  const painted = () =>
    [...(registry.get(HIGHLIGHT_NAME) ?? [])]
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
      .sort();
  const mark = (id: string, word: string) => {
    const t = text(id);
    const start = t.data.indexOf(word);
    painter.paint(t, start < 0 ? [] : [{ start, end: start + word.length, key: word.toLowerCase() }]);
  };
  return { painter, registry, painted, mark, el: (id: string) => document.getElementById(id)!, io: FakeObserver.last };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createNamePainter with the highlight API', () => {
  it('gives the browser only the names whose elements are near the viewport', () => {
    const p = fakePage('<p id="a">Talk by Ada</p><p id="b">Talk by Bo</p><p id="c">Talk by Cy</p>');
    expect(p.painter.mode).toBe('highlight');
    ['a', 'b', 'c'].forEach((id, i) => p.mark(id, ['Ada', 'Bo', 'Cy'][i]!));
    expect(p.io.watched.size).toBe(3);
    expect(p.painted()).toEqual([]);
    expect([...p.painter.counts()].sort()).toEqual([
      ['ada', 1],
      ['bo', 1],
      ['cy', 1],
    ]);

    p.io.report({ near: [p.el('a'), p.el('b')], far: [p.el('c')] });
    expect(p.painted()).toEqual(['Ada', 'Bo']);
    // Scrolling on: one leaves, another comes near.
    p.io.report({ near: [p.el('c')], far: [p.el('a')] });
    expect(p.painted()).toEqual(['Bo', 'Cy']);
  });

  it.each([
    ['marked again', (p: ReturnType<typeof fakePage>) => p.mark('b', 'Talk'), ['Ada', 'Talk'], 2],
    ['left without names', (p: ReturnType<typeof fakePage>) => p.mark('b', 'nobody'), ['Ada'], 1],
    ['removed from the page', (p: ReturnType<typeof fakePage>) => (p.el('b').remove(), p.painter.prune()), ['Ada'], 1],
  ])('a shown text %s updates what is painted and watched', (_, change, expected, watched) => {
    const p = fakePage('<p id="a">Talk by Ada</p><p id="b">Talk by Bo</p>');
    p.mark('a', 'Ada');
    p.mark('b', 'Bo');
    p.io.report({ near: [p.el('a'), p.el('b')] });
    change(p);
    expect(p.painted()).toEqual(expected);
    expect(p.io.watched.size).toBe(watched);
  });

  it('shows at once a text marked, or marked again, inside an element already near', () => {
    const p = fakePage('<p id="a">Talk by Ada <b>and</b> Bo</p>');
    p.mark('a', 'Ada');
    p.io.report({ near: [p.el('a')] });
    const later = p.el('a').lastChild as Text;
    p.painter.paint(later, [{ start: 1, end: 3, key: 'bo' }]);
    expect(p.painted()).toEqual(['Ada', 'Bo']);
    expect(p.io.watched.size).toBe(1);
    p.mark('a', 'Talk');
    expect(p.painted()).toEqual(['Bo', 'Talk']);
  });

  it('watches the parent of an element with no box of its own (display: contents)', () => {
    const p = fakePage('<div id="outer"><span id="inner">Talk by Ada</span></div>');
    p.mark('inner', 'Ada');
    p.el('inner').getClientRects = () => [] as unknown as DOMRectList;
    p.io.report({ boxless: [p.el('inner')] });
    expect([...p.io.watched]).toEqual([p.el('outer')]);
    expect(p.painted()).toEqual([]);
    p.io.report({ near: [p.el('outer')] });
    expect(p.painted()).toEqual(['Ada']);
  });

  it('takes out the names of an element that left the page, whatever the browser reports first', () => {
    const p = fakePage('<ul id="list"><li id="a">Talk by Ada</li></ul>');
    p.mark('a', 'Ada');
    p.io.report({ near: [p.el('a')] });
    const li = p.el('a');
    p.el('list').replaceChildren();
    li.getClientRects = () => [] as unknown as DOMRectList;
    p.io.report({ boxless: [li] });
    p.painter.prune();
    expect([p.painted(), p.io.watched.size]).toEqual([[], 0]);
  });

  it.each([
    ['its end is edited', (p: ReturnType<typeof fakePage>, end: Text) => p.painter.paint(end, [])],
    ['its end leaves the page', (p: ReturnType<typeof fakePage>, end: Text) => (end.remove(), p.painter.prune())],
  ])('paints a name split across elements whole, and drops it when %s', (_, change) => {
    const p = fakePage('<p id="a"><b id="first">Tom</b> Hartvigsen and <i id="b">Bo</i></p>');
    const first = p.el('first').firstChild as Text;
    const rest = first.parentNode!.nextSibling as Text;
    p.painter.paint(first, [{ start: 0, end: 3, key: 'tom hartvigsen', endNode: rest, endOffset: 11 }]);
    p.mark('b', 'Bo');
    p.io.report({ near: [p.el('first'), p.el('b')] });
    expect(p.painted()).toEqual(['Bo', 'Tom Hartvigsen']);
    change(p, rest);
    expect(p.painted()).toEqual(['Bo']);
    expect([...p.painter.counts()]).toEqual([['bo', 1]]);
  });

  it("counts each person's marks as they come and go", () => {
    const p = fakePage('<p id="a">Ada and Ada</p><p id="b">Bo</p>');
    const a = p.el('a').firstChild as Text;
    const counts = () => [...p.painter.counts()].sort();
    const ada = (start: number) => ({ start, end: start + 3, key: 'ada' });
    p.painter.paint(a, [ada(0), ada(8)]);
    p.mark('b', 'Bo');
    const seen = [counts()];
    p.painter.paint(a, [ada(0)]);
    seen.push(counts());
    p.painter.paint(a, []);
    seen.push(counts());
    p.el('b').remove();
    p.painter.prune();
    seen.push(counts());
    expect(seen).toEqual([
      [
        ['ada', 2],
        ['bo', 1],
      ],
      [
        ['ada', 1],
        ['bo', 1],
      ],
      [['bo', 1]],
      [],
    ]);
  });

  it.each([
    ['an area holding some of them', ['area'], ['Cy', 'Tom Hartvigsen']],
    ['a text itself', ['b'], ['Ada', 'Cy', 'Tom Hartvigsen']],
    ['the element a split name ends in', ['end'], ['Ada', 'Bo', 'Cy']],
    ['the element a split name starts in', ['first'], ['Ada', 'Bo', 'Cy']],
    ['an area with no names', ['empty'], ['Ada', 'Bo', 'Cy', 'Tom Hartvigsen']],
    ['several areas', ['a', 'c'], ['Bo', 'Tom Hartvigsen']],
  ])('clearIn takes out the names in %s, and only those', (_, ids, expected) => {
    const p = fakePage(
      '<div id="area"><p id="a">Talk by Ada</p><p id="b">Talk by Bo</p></div><p id="c">Talk by Cy</p>' +
        '<p><b id="first">Tom</b><i id="end"> Hartvigsen</i></p><p id="empty">Nobody</p>',
    );
    ['a', 'b', 'c'].forEach((id, i) => p.mark(id, ['Ada', 'Bo', 'Cy'][i]!));
    const first = p.el('first').firstChild as Text;
    p.painter.paint(first, [{ start: 0, end: 3, key: 'tom hartvigsen', endNode: p.el('end').firstChild as Text, endOffset: 11 }]);
    p.io.report({ near: ['a', 'b', 'c', 'first'].map(p.el) });
    p.painter.clearIn(ids.map((id) => (id === 'b' ? p.el('b').firstChild! : p.el(id))));
    expect(p.painted()).toEqual(expected);
    expect([...p.painter.counts().keys()].sort()).toEqual(expected.map((n) => n.toLowerCase()).sort());
  });

  it('forgets everything and lets go of the registry on clearAll', () => {
    const p = fakePage('<p id="a">Talk by Ada</p>');
    p.mark('a', 'Ada');
    p.io.report({ near: [p.el('a')] });
    p.painter.clearAll();
    expect([p.registry.has(HIGHLIGHT_NAME), p.io.watched.size, p.painter.counts().size]).toEqual([false, 0, 0]);
  });
});

describe('hasNameStyle', () => {
  it('looks for the background page-names.css gives marks', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../entrypoints/page-names.content/page-names.css'), 'utf8');
    expect(css).toMatch(
      new RegExp(`::highlight\\(${HIGHLIGHT_NAME}\\) \\{\\s*background-color: ${NAME_BACKGROUND.replace(/[()]/g, '\\$&')};`),
    );
  });

  it('says no, without throwing, where the browser cannot tell', () => {
    expect(hasNameStyle(window)).toBe(false);
    expect(hasNameStyle({} as Window)).toBe(false);
  });
});
