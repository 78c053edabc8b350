// @vitest-environment happy-dom
/**
 * Cards for focused names, on a fake page with names wrapped in elements (happy-dom has no
 * highlight API) and a card that records what it was asked to do: a focused name shows its
 * card, told it is for the keyboard; an editable area taking focus never does. Tab into and
 * out of the card needs a browser's own focus moves: tests/e2e/page-names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HoverCard } from '../../../components/hover-card.ts';
import { followHover } from '../../../entrypoints/page-names.content/hover-names.ts';
import { startNameHighlighter } from '../../../entrypoints/page-names.content/name-highlighter.ts';
import { buildNameMatcher } from '../../../indexer/names/name-matcher.ts';
import { PEOPLE } from './name-entry-fixture.ts';

const matcher = buildNameMatcher(PEOPLE);

afterEach(() => {
  document.body.innerHTML = '';
});

/** A card that only records: `shown` is the last person's key and whether it was for focus. */
function recordingCard() {
  const log: string[] = [];
  let shown = false;
  const card = {
    host: document.createElement('div'),
    get shown() {
      return shown;
    },
    hasFocus: false,
    show(person: { key: string }, _: unknown, forFocus?: boolean) {
      shown = true;
      log.push(`${person.key}${forFocus ? ' (focus)' : ''}`);
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
    const stop = followHover({
      doc: document,
      win: window,
      painter: h.painter,
      card,
      describe: async (key) => ({ key, name: key, talks: [], moreTalks: 0, otherRecords: 0 }),
    });
    document.getElementById('t')!.focus();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(expected);
    stop();
    h.stop();
  });
});
