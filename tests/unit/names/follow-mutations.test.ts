// @vitest-environment happy-dom
/**
 * Following a page that changes: which attribute changes make an element an editable area
 * (or stop it being one), and that only those reach the highlighter as changed subtrees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { changesEditability, followMutations } from '../../../entrypoints/page-names.content/follow-mutations.ts';
import { isScannableElement } from '../../../entrypoints/page-names.content/scannable-text.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('changesEditability', () => {
  it.each([
    ['contenteditable', null, 'true', true],
    ['contenteditable', null, '', true],
    ['contenteditable', null, 'plaintext-only', true],
    ['contenteditable', 'true', null, true],
    ['contenteditable', 'true', 'false', true],
    ['contenteditable', 'FALSE', '', true],
    ['contenteditable', '', 'true', false],
    ['contenteditable', 'false', null, false],
    ['role', null, 'textbox', true],
    ['role', 'textbox', 'searchbox', true],
    ['role', 'textbox', null, true],
    ['role', null, 'button', false],
    ['role', 'button', 'link', false],
    ['title', null, 'textbox', false],
  ])('%s: %s → %s: %s', (name, oldValue, value, expected) => {
    expect(changesEditability(name, oldValue, value)).toBe(expected);
  });
});

describe('isScannableElement in a document in designMode', () => {
  it('refuses everything while designMode is on', () => {
    document.body.innerHTML = '<p id="t">x</p>';
    const el = document.getElementById('t');
    Object.defineProperty(document, 'designMode', { value: 'on', configurable: true });
    try {
      expect(isScannableElement(el, new Map())).toBe(false);
    } finally {
      delete (document as { designMode?: string }).designMode;
    }
    expect(isScannableElement(el, new Map())).toBe(true);
  });
});

// happy-dom reports no `oldValue` for attribute changes: what the page takes away or changes
// is left to changesEditability above, and to the browser tests (tests/e2e/page-names).
describe('followMutations and attributes', () => {
  /** The ids of the roots of each batch after `change`, once the page settled. */
  async function batchesAfter(html: string, change: (el: HTMLElement) => void): Promise<string[][]> {
    document.body.innerHTML = html;
    const batches: string[][] = [];
    const stop = followMutations(window, document.body, (roots) => batches.push(roots.map((n) => (n as Element).id)), {
      debounceMs: 0,
    });
    change(document.getElementById('t')!);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    return batches;
  }

  it.each([
    ['made contenteditable', '<div id="t">x</div>', (el: HTMLElement) => el.setAttribute('contenteditable', 'true'), [['t']]],
    ['given role=textbox', '<div id="t">x</div>', (el: HTMLElement) => el.setAttribute('role', 'textbox'), [['t']]],
    ['given a role that is no editor', '<div id="t">x</div>', (el: HTMLElement) => el.setAttribute('role', 'button'), []],
    [
      'given other attributes',
      '<div id="t">x</div>',
      (el: HTMLElement) => ((el.className = 'on'), el.setAttribute('title', 'x')),
      [],
    ],
    [
      'inside the extension UI',
      '<div data-talkscope><div id="t">x</div></div>',
      (el: HTMLElement) => el.setAttribute('contenteditable', 'true'),
      [],
    ],
  ])('an element %s: %j', async (_, html, change, expected) => {
    expect(await batchesAfter(html, change)).toEqual(expected);
  });
});
