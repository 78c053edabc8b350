// @vitest-environment happy-dom
/**
 * The page side of names on pages, on a fake page: what is scanned, what is left alone,
 * marking (the wrapping fallback: happy-dom has no highlight API), following changes, stopping.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNameMatcher, mayHoldName } from '../../../indexer/names/name-matcher.ts';
import { startNameHighlighter } from '../../../entrypoints/page-names.content/name-highlighter.ts';
import { localFinder, scanNames, type NameFinder, type ScanClock } from '../../../entrypoints/page-names.content/scan-names.ts';
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
    // Skipped for a tag and for an attribute, each inside the other, and both at once.
    [
      '<pre contenteditable>one</pre><div role="textbox"><code>two</code></div><code><i contenteditable>three</i></code><p>four</p>',
    ],
  ])('reads only scannable text: %s', async (html) => {
    // In capitals: text that cannot hold a name (see mayHoldName) is never sent at all.
    const loud = html.replace(/>([^<]+)</g, (_, t: string) => `>${t.toUpperCase()}<`);
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<section>${i}: ${loud}</section>`).join('');
    const walker = document.createTreeWalker(document.body, 4);
    const expected: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (t.data.length >= 2 && mayHoldName(t.data) && isScannableElement(t.parentElement, new Map())) expected.push(t.data);
    }
    for (const perSlice of [1_000_000, 1]) {
      const seen: string[] = [];
      const reader = { find: (text: string) => (seen.push(text), []) };
      await scanNames(document, [document.body], reader, countingClock(perSlice));
      expect(seen).toEqual(expected);
    }
    expect(expected.length).toBeGreaterThanOrEqual(40);
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

describe('scanNames with a finder that answers later (the background, across a message)', () => {
  /** Answers each batch only when `release` is called, as a message answered later would. */
  function laterFinder() {
    const waiting: (() => void)[] = [];
    const batches: string[][] = [];
    const find: NameFinder = (texts) => {
      batches.push(texts);
      return new Promise((resolve) => waiting.push(() => resolve(localFinder(matcher)(texts))));
    };
    return { find, batches, release: () => waiting.splice(0).forEach((go) => go()) };
  }

  it.each([
    ['the text is unchanged', (_: Text) => undefined, ['Tom Hartvigsen']],
    ['the text was edited', (t: Text) => void (t.data = 'Nobody here, Tom'), []],
    ['the text left the page', (t: Text) => t.parentElement!.remove(), []],
    ['the text became part of an editor', (t: Text) => t.parentElement!.setAttribute('contenteditable', 'true'), []],
  ])('marks what comes back only where %s', async (_, change, expected) => {
    document.body.innerHTML = '<p>Talk by Tom Hartvigsen.</p>';
    const later = laterFinder();
    const scan = scanNames(document, [document.body], later.find, countingClock());
    await new Promise((r) => setTimeout(r, 0));
    expect(later.batches).toEqual([['Talk by Tom Hartvigsen.']]);
    change(document.body.querySelector('p')!.firstChild as Text);
    later.release();
    const { found } = await scan;
    expect([...found].flatMap(([n, ms]) => ms.map((m) => n.data.slice(m.start, m.end)))).toEqual(expected);
  });

  it('sends the text in batches as it reads, and marks every batch in page order', async () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `<p>Row ${i}: ${'Words '.repeat(5)}${i % 400 ? '' : 'Tom Hartvigsen'}</p>`,
    );
    document.body.innerHTML = rows.join('');
    const later = laterFinder();
    const painted: string[] = [];
    const scan = scanNames(document, [document.body], later.find, countingClock(20), undefined, (n) => painted.push(n.data));
    const timer = setInterval(later.release, 1);
    const { found, nodes } = await scan;
    clearInterval(timer);
    expect(nodes).toBe(4000);
    expect(later.batches.length).toBeGreaterThan(1);
    expect(later.batches.flat()).toHaveLength(4000);
    expect(found.size).toBe(10);
    expect(painted).toEqual([...found.keys()].map((n) => n.data));
    expect(painted.map((t) => Number(/Row (\d+)/.exec(t)![1]))).toEqual([0, 400, 800, 1200, 1600, 2000, 2400, 2800, 3200, 3600]);
  });

  it('finds nothing, and does not throw, when the finder fails', async () => {
    document.body.innerHTML = '<p>Talk by Tom Hartvigsen.</p>';
    for (const find of [
      () => Promise.reject(new Error('gone')),
      () => {
        throw new Error('gone');
      },
    ] as NameFinder[]) {
      const { found, nodes } = await scanNames(document, [document.body], find, countingClock());
      expect([nodes, found.size]).toEqual([1, 0]);
    }
  });
});

/** A highlighter on the document that follows changes at once, and every count it reported. */
function startFollowing() {
  const reports: ReadonlyMap<string, number>[] = [];
  const h = startNameHighlighter({
    doc: document,
    win: window,
    find: matcher,
    clock: countingClock(),
    onFound: (c) => reports.push(new Map(c)),
    follow: { debounceMs: 0 },
  });
  return { h, reports };
}

describe('startNameHighlighter (wrapping fallback)', () => {
  it('marks names, counts them, follows added and edited text, and undoes everything on stop', async () => {
    document.body.innerHTML = '<p id="a">Talk by Tom Hartvigsen and T. Hartvigsen.</p><p id="b">Nobody.</p>';
    const { h, reports } = startFollowing();
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

describe('startNameHighlighter when the page makes an area editable (wrapping fallback)', () => {
  const settle = async (h: { settled(): Promise<void> }) => {
    await new Promise((r) => setTimeout(r, 20));
    await h.settled();
  };
  const wrappedNames = () => [...document.querySelectorAll('talkscope-name')].map((e) => e.textContent);

  it.each([
    ['contenteditable', (el: HTMLElement) => el.setAttribute('contenteditable', 'true')],
    ['role=textbox', (el: HTMLElement) => el.setAttribute('role', 'textbox')],
  ])('takes the marks out of an area made editable (%s), and reports the new counts', async (_, makeEditable) => {
    document.body.innerHTML =
      '<div id="doc"><p>Talk by Tom Hartvigsen.</p><p>With <b>Marzyeh Ghassemi</b>.</p></div><p>Chair: T. Hartvigsen</p>';
    const { h, reports } = startFollowing();
    await h.ready;
    expect(wrappedNames()).toEqual(['Tom Hartvigsen', 'Marzyeh Ghassemi', 'T. Hartvigsen']);
    makeEditable(document.getElementById('doc')!);
    await settle(h);
    expect(wrappedNames()).toEqual(['T. Hartvigsen']);
    expect(document.getElementById('doc')!.textContent).toBe('Talk by Tom Hartvigsen.With Marzyeh Ghassemi.');
    expect(reports.at(-1)).toEqual(new Map([['tom hartvigsen', 1]]));
    h.stop();
  });

  it('leaves the marks of an area whose other attributes change, and does not read it again', async () => {
    document.body.innerHTML = '<div id="doc"><p>Talk by Tom Hartvigsen.</p></div>';
    const texts: string[] = [];
    const h = startNameHighlighter({
      doc: document,
      win: window,
      find: (batch) => (texts.push(...batch), localFinder(matcher)(batch)),
      clock: countingClock(),
      follow: { debounceMs: 0 },
    });
    await h.ready;
    const doc = document.getElementById('doc')!;
    doc.setAttribute('role', 'region');
    doc.setAttribute('title', 'Notes');
    await settle(h);
    expect([wrappedNames(), texts]).toEqual([['Tom Hartvigsen'], ['Talk by Tom Hartvigsen.']]);
    h.stop();
  });

  it('in a document switched to designMode, takes every mark out at the next change', async () => {
    document.body.innerHTML = '<p>Talk by Tom Hartvigsen.</p><p id="b">Nobody.</p>';
    const { h, reports } = startFollowing();
    await h.ready;
    Object.defineProperty(document, 'designMode', { value: 'on', configurable: true });
    try {
      document.getElementById('b')!.append(' Then Marzyeh Ghassemi.');
      await settle(h);
      expect(wrappedNames()).toEqual([]);
      expect(reports.at(-1)).toEqual(new Map());
    } finally {
      delete (document as { designMode?: string }).designMode;
      h.stop();
    }
  });
});
