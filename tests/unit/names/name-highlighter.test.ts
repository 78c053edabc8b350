// @vitest-environment happy-dom
/**
 * The page side of names on pages, on a fake page: what is scanned, what is left alone,
 * marking (the wrapping fallback: happy-dom has no highlight API), following changes, stopping.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNameMatcher } from '../../../indexer/names/name-matcher.ts';
import { startNameHighlighter } from '../../../entrypoints/page-names.content/name-highlighter.ts';
import { scanNames, type ScanClock } from '../../../entrypoints/page-names.content/scan-names.ts';
import { isScannableElement } from '../../../entrypoints/page-names.content/scannable-text.ts';
import { PEOPLE } from './name-entry-fixture.ts';

const matcher = buildNameMatcher(PEOPLE);

/** A clock whose slices end after `perSlice` clock reads, counting the yields. */
function countingClock(perSlice = 1_000_000): ScanClock & { yields: number } {
  let t = 0;
  const clock = {
    yields: 0,
    sliceMs: perSlice,
    now: () => t++,
    yieldToPage: async () => {
      clock.yields++;
    },
  };
  return clock;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isScannableElement', () => {
  it.each([
    ['<p id="t">x</p>', true],
    ['<div><span><b id="t">x</b></span></div>', true],
    ['<pre><span id="t">x</span></pre>', false],
    ['<code id="t">x</code>', false],
    ['<textarea id="t">x</textarea>', false],
    ['<select><option id="t">x</option></select>', false],
    ['<div contenteditable="true"><p id="t">x</p></div>', false],
    ['<div contenteditable=""><p id="t">x</p></div>', false],
    ['<div contenteditable="false"><p id="t">x</p></div>', true],
    ['<div role="textbox"><span id="t">x</span></div>', false],
    ['<div data-talkscope><span id="t">x</span></div>', false],
    ['<script id="t">x</script>', false],
    ['<style id="t">x</style>', false],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(isScannableElement(document.getElementById('t'), new Map())).toBe(expected);
  });
});

describe('scanNames', () => {
  it('finds names in text nodes and leaves inputs, editors and code alone', async () => {
    document.body.innerHTML = `
      <p>Talk by Tom Hartvigsen.</p><p>With <b>M. Ghassemi</b></p>
      <input value="Tom Hartvigsen"><textarea>Tom Hartvigsen</textarea>
      <div contenteditable="true">Tom Hartvigsen</div><pre>Tom Hartvigsen</pre><code>Paul Erdős</code>
      <script>var s = "Tom Hartvigsen";</script>`;
    const { found } = await scanNames(document, [document.body], matcher, countingClock());
    expect([...found.entries()].map(([n, ms]) => ms.map((m) => [n.data.slice(m.start, m.end), m.key])).flat()).toEqual([
      ['Tom Hartvigsen', 'tom hartvigsen'],
      ['M. Ghassemi', 'marzyeh ghassemi'],
    ]);
  });

  it('slices the work and yields between slices, finding the same names', async () => {
    document.body.innerHTML = Array.from(
      { length: 300 },
      (_, i) => `<p>Row ${i}: ${i % 50 ? 'nobody' : 'Tom Hartvigsen'}</p>`,
    ).join('');
    const whole = await scanNames(document, [document.body], matcher, countingClock());
    const clock = countingClock(1);
    const sliced = await scanNames(document, [document.body], matcher, clock);
    expect(clock.yields).toBeGreaterThan(2);
    expect(sliced.nodes).toBe(300);
    expect([...sliced.found.keys()]).toEqual([...whole.found.keys()]);
    expect(sliced.found.size).toBe(6);
  });

  // Skipped elements nested, side by side, empty, last, with whitespace between: the walk
  // reads exactly the text `isScannableElement` allows, whole or resumed slice by slice.
  it.each([
    ['<p>one</p><pre>two<code>three</code></pre><p>four</p>'],
    ['<code>one</code><code>two</code> <kbd>three</kbd>four<p>five</p>'],
    ['<p>one<textarea></textarea></p><div role="textbox"><i>two</i></div><b>three</b>'],
    ['<div contenteditable="true"><p>one</p><div contenteditable="false">two</div></div><p>three</p>'],
    ['<div><span>one</span><script>two</script></div><style>three</style>'],
    ['<p>one</p><div data-talkscope><p>two</p></div>   <p>three<select><option>four</option></select></p>'],
  ])('reads only scannable text: %s', async (html) => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<section>${i}: ${html}</section>`).join('');
    const walker = document.createTreeWalker(document.body, 4);
    const expected: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (t.data.length >= 3 && isScannableElement(t.parentElement, new Map())) expected.push(t.data);
    }
    for (const perSlice of [1_000_000, 1]) {
      const seen: string[] = [];
      const reader = { find: (text: string) => (seen.push(text), []) };
      await scanNames(document, [document.body], reader, countingClock(perSlice));
      expect(seen).toEqual(expected);
    }
    expect(expected.length).toBeGreaterThan(40);
  });

  it('stops between slices when cancelled', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, () => '<p>Tom Hartvigsen</p>').join('');
    const clock = countingClock(2);
    const r = await scanNames(document, [document.body], matcher, clock, () => clock.yields > 0);
    expect(r.nodes).toBeLessThan(300);
  });

  it('never throws on any page text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string(), { maxLength: 8 }), async (texts) => {
        document.body.replaceChildren(...texts.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
        await scanNames(document, [document.body], matcher, countingClock(3));
      }),
      { numRuns: 50 },
    );
  });
});

describe('startNameHighlighter (wrapping fallback)', () => {
  it('marks names, counts them, follows added and edited text, and undoes everything on stop', async () => {
    document.body.innerHTML = '<p id="a">Talk by Tom Hartvigsen and T. Hartvigsen.</p><p id="b">Nobody.</p>';
    const reports: Map<string, number>[] = [];
    const h = startNameHighlighter({
      doc: document,
      win: window,
      matcher,
      clock: countingClock(),
      onFound: (c) => reports.push(c),
      follow: { debounceMs: 0 },
    });
    await h.ready;
    expect(h.painter.mode).toBe('wrap');
    expect([...document.querySelectorAll('talkscope-name')].map((e) => e.textContent)).toEqual([
      'Tom Hartvigsen',
      'T. Hartvigsen',
    ]);
    expect(document.getElementById('a')!.textContent).toBe('Talk by Tom Hartvigsen and T. Hartvigsen.');
    expect(reports.at(-1)).toEqual(new Map([['tom hartvigsen', 2]]));

    const added = document.createElement('p');
    added.textContent = 'Then Marzyeh Ghassemi.';
    document.body.append(added);
    await new Promise((r) => setTimeout(r, 20));
    await h.settled();
    expect(h.counts()).toEqual(
      new Map([
        ['tom hartvigsen', 2],
        ['marzyeh ghassemi', 1],
      ]),
    );

    // Names inside the page's own editor are never marked, however they arrive.
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    editor.append(document.createTextNode('Paul Erdős typed here'));
    await new Promise((r) => setTimeout(r, 20));
    await h.settled();
    expect(h.counts().has('paul erdos')).toBe(false);

    h.stop();
    expect(document.querySelectorAll('talkscope-name')).toHaveLength(0);
    expect(document.getElementById('a')!.innerHTML).toBe('Talk by Tom Hartvigsen and T. Hartvigsen.');
  });
});
