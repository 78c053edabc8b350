// @vitest-environment happy-dom
/**
 * Cards for focused names, on a fake page with names wrapped in elements (happy-dom has no
 * highlight API) and a card that records what it was asked to do: a focused name shows its
 * card, told it is for the keyboard; an editable area taking focus never does; a scroll takes
 * a pointer's card away at once, and a focused name's card follows its name until none of it
 * is in view. Tab into and out of the card needs a browser's own focus moves, and real
 * scrolling a browser's layout: tests/e2e/page-names.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HoverCard } from '../../../components/hover-card.ts';
import { followHover } from '../../../entrypoints/page-names.content/hover-names.ts';
import type { NamePainter } from '../../../entrypoints/page-names.content/name-painter.ts';
import { startNameHighlighter } from '../../../entrypoints/page-names.content/name-highlighter.ts';
import { buildNameMatcher } from '../../../indexer/names/name-matcher.ts';
import { PEOPLE } from './name-entry-fixture.ts';

const matcher = buildNameMatcher(PEOPLE);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** `followHover` on the document, every person described with no talks. */
function followWith(painter: NamePainter, card: HoverCard, delayMs?: number) {
  return followHover({
    doc: document,
    win: window,
    painter,
    card,
    describe: async (key) => ({ key, name: key, talks: [], moreTalks: 0, otherRecords: 0 }),
    ...(delayMs === undefined ? {} : { delayMs }),
  });
}

/**
 * A card that only records: the person's key and whether it was for focus when shown, the
 * anchor's top when placed again, `hide` when hidden.
 */
function recordingCard() {
  const log: string[] = [];
  let shown = false;
  const card = {
    host: document.createElement('div'),
    get shown() {
      return shown;
    },
    hasFocus: false as boolean,
    show(person: { key: string }, _: unknown, forFocus?: boolean) {
      shown = true;
      log.push(`${person.key}${forFocus ? ' (focus)' : ''}`);
    },
    move(anchor: { top: number }) {
      if (shown) log.push(`move ${anchor.top}`);
    },
    hide() {
      if (shown) log.push('hide');
      shown = false;
    },
    focusLink: () => false,
    contains: () => false,
    remove() {},
  } satisfies HoverCard;
  return { card, log };
}

describe('followHover and focus', () => {
  it.each([
    ['a link that is a name', '<a id="t" href="#">Tom Hartvigsen</a>', '', ['tom hartvigsen (focus)']],
    ['a link in an editable area', '<div id="area"><a id="t" href="#">Tom Hartvigsen</a></div>', 'contenteditable', []],
    ['an editable area', '<div id="t" tabindex="0">Talk by Tom Hartvigsen</div>', 'contenteditable', []],
    ['a text box', '<div id="t" tabindex="0">Talk by Tom Hartvigsen</div>', 'role', []],
  ])('focusing %s', async (_, html, madeEditableBy, expected) => {
    document.body.innerHTML = html;
    // Never scanned again: the mark is still there when focus comes, as in the moment
    // between a page turning editing on and the next batch of changes.
    const h = startNameHighlighter({ doc: document, win: window, find: matcher, follow: { debounceMs: 60_000 } });
    await h.ready;
    expect(document.querySelectorAll('talkscope-name')).toHaveLength(1);
    const area = document.getElementById('area') ?? document.getElementById('t')!;
    if (madeEditableBy) area.setAttribute(madeEditableBy, madeEditableBy === 'role' ? 'textbox' : 'true');
    const { card, log } = recordingCard();
    const stop = followWith(h.painter, card);
    document.getElementById('t')!.focus();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(expected);
    stop();
    h.stop();
  });
});

describe('followHover and scrolling', () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const vh = window.innerHeight;

  it.each([
    // [case, opened by, what happens first, the name's top at each scroll event of one frame,
    //  what the card was told as the page scrolled, and a frame later]
    ['a pointer', 'pointer', '', [60], ['hide'], ['hide']],
    ['focus, the name still in view', 'focus', '', [60], [], ['move 60']],
    ['focus, a sliver of the name in view', 'focus', '', [-15], [], ['move -15']],
    ['focus, a smooth scroll: placed once a frame', 'focus', '', [90, 70, 50], [], ['move 50']],
    ['focus, the name above the viewport', 'focus', '', [-25], [], ['hide']],
    ['focus, the name below the viewport', 'focus', '', [vh], [], ['hide']],
    ['focus, the name no longer laid out', 'focus', 'unlay', [60], [], ['hide']],
    ['focus, which went on into the card', 'focus', 'into card', [60], [], ['move 60']],
    ['focus, which then left the page', 'focus', 'blur', [60], ['hide'], ['hide']],
  ] as const)('a card opened by %s', async (_, by, first, tops, atScroll, afterFrame) => {
    document.body.innerHTML = '<p>Talk by <a id="t" href="#">Tom Hartvigsen</a> today.</p>';
    const h = startNameHighlighter({ doc: document, win: window, find: matcher, follow: { debounceMs: 60_000 } });
    await h.ready;
    // happy-dom lays nothing out: the name is a 100 × 20 box at `top`, which a scroll moves, or
    // no box at all once it is not laid out (hidden, or taken off the page).
    let top = 100;
    let laidOut = true;
    const box = () => ({ left: 10, right: 110, top, bottom: top + 20, x: 10, y: top, width: 100, height: 20 }) as DOMRect;
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(box);
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => (laidOut ? [box()] : []) as unknown as DOMRectList);
    vi.spyOn(document, 'elementFromPoint').mockImplementation(() => document.querySelector('talkscope-name'));
    const { card, log } = recordingCard();
    const stop = followWith(h.painter, card, 0);
    const link = document.getElementById('t')!;
    if (by === 'focus') link.focus();
    else document.dispatchEvent(new MouseEvent('mousemove', { clientX: 50, clientY: 110 }));
    await frame();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual([by === 'focus' ? 'tom hartvigsen (focus)' : 'tom hartvigsen']);

    if (first === 'unlay') laidOut = false;
    // Focus in the card leaves the page's own element, and no focusin says so.
    if (first === 'into card' || first === 'blur') link.blur();
    if (first === 'into card') card.hasFocus = true;
    for (const t of tops) {
      top = t;
      window.dispatchEvent(new Event('scroll'));
    }
    expect(log.slice(1)).toEqual(atScroll);
    await frame();
    expect(log.slice(1)).toEqual(afterFrame);
    stop();
    h.stop();
  });
});
