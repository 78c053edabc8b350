// @vitest-environment happy-dom
/**
 * Names split across elements: which neighbouring texts read as one line, and what a scan
 * finds in them.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildNameMatcher } from '../../../indexer/names/name-matcher.ts';
import { inlineGap, lineOf, mayContinueName } from '../../../entrypoints/page-names.content/inline-run.ts';
import { scanNames, type ScanClock } from '../../../entrypoints/page-names.content/scan-names.ts';
import { PEOPLE } from './name-entry-fixture.ts';

const matcher = buildNameMatcher(PEOPLE);
const clock: ScanClock = { now: () => 0, yieldToPage: async () => undefined, sliceMs: 1e9 };

afterEach(() => {
  document.body.innerHTML = '';
});

/** The text nodes of `#a` and `#b` (their first text, however deep). */
function texts(html: string): [Text, Text] {
  document.body.innerHTML = html;
  const first = (id: string) => {
    const w = document.createTreeWalker(document.getElementById(id)!, 4);
    return w.nextNode() as Text;
  };
  return [first('a'), first('b')];
}

describe('inlineGap', () => {
  it.each([
    ['<p><b id="a">Tom</b><span id="b"> Hartvigsen</span></p>', ''],
    ['<p><span id="a">Tom</span> <span id="b">Hartvigsen</span></p>', ' '],
    ['<p><a id="a">Tom</a>\n  <em><strong id="b">Hartvigsen</strong></em></p>', '\n  '],
    ['<p><i id="a">T.</i><span></span><!-- x --><b id="b">Hartvigsen</b></p>', ''],
    ['<p><span id="a">Tom</span><br><span id="b">Hartvigsen</span></p>', undefined],
    ['<table><tr><td id="a">Tom</td><td id="b">Hartvigsen</td></tr></table>', undefined],
    ['<div id="a">Tom</div><div id="b">Hartvigsen</div>', undefined],
    ['<p><span id="a">Tom</span><img alt=""><span id="b">Hartvigsen</span></p>', undefined],
    ['<p><span id="a">Tom</span> and <span id="b">Hartvigsen</span></p>', undefined],
    ['<p><span id="a">Tom</span>' + ' '.repeat(40) + '<span id="b">Hartvigsen</span></p>', undefined],
  ])('%s → %j', (html, expected) => {
    const [a, b] = texts(html);
    expect(inlineGap(a, b)).toBe(expected);
  });
});

describe('lineOf', () => {
  it.each([
    ['<p id="line"><b>Tom</b> <span id="a">Hartvigsen</span></p>', 'line'],
    ['<p id="line"><a><em id="a">Hartvigsen</em></a></p>', 'line'],
    ['<ul><li id="line"><span id="a">Hartvigsen</span></li></ul>', 'line'],
    ['<span id="a">Hartvigsen</span>', undefined],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    const text = document.getElementById('a')!.firstChild as Text;
    expect(lineOf(text, document.body)?.id).toBe(expected);
  });
});

describe('mayContinueName', () => {
  it.each([
    ['Tom', ' Hartvigsen', true],
    ['Talk by T.', 'Hartvigsen', true],
    ['Hartvigsen, ', 'Tom', true],
    ['Tom  ', 'Hartvigsen', true],
    ['Tom', ' hartvigsen', false],
    ['2024:', 'Hartvigsen', false],
    ['Tom', '(2024)', false],
    ['', 'Hartvigsen', false],
    ['Tom', '', false],
    ['Hartvigsen', ', ', true],
    ['Hartvigsen', ', and', false],
    ['Della Corte', ', Alessandro.', true],
    ['Hartvigsen', ',Tom', false],
    ['Hartvigsen,', ', Tom', false],
    // Letters outside ASCII, and words longer than a name's.
    ['Zoë Åström', ' Öberg', true],
    ['Émile', ' Ünal', true],
    ['Pál Erdős', ' és', false],
    [`Mit ${'Ä'.repeat(39)}`, ' Berg', true],
    [`Mit ${'Ä'.repeat(40)}`, ' Berg', false],
    ['一个没有空格的段落'.repeat(20), ' Tom', false],
    ['Hartvigsen', '. Then', false],
    ['2024', ', ', false],
    ['a talk on graphs.', 'Then', false],
    ['spoke with', 'Tom Hartvigsen', false],
    ['Hartvigsen,', ', ', false],
    ['Ünal', ' Özgür', true],
    ['Émile', ' émile', false],
    ['Ζωή', ' Παππά', true],
    ['李', ' Wei', false],
  ])('%j then %j → %s', (before, next, expected) => expect(mayContinueName(before, next)).toBe(expected));

  // The same answer as asking each character's case of the string itself, as the test read
  // before it was made fast, on any text: ASCII, accents, other scripts, lone surrogates.
  it('answers as the case of each character says', () => {
    const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
    const isUpper = (ch: string) => ch !== ch.toLowerCase();
    const space = (ch: string | undefined) => ch !== undefined && ' \t\n\r\u00a0'.includes(ch);
    const reference = (before: string, next: string) => {
      let i = before.length - 1;
      while (i >= 0 && space(before[i])) i--;
      const punctuated = i >= 0 && (before[i] === ',' || before[i] === '.');
      if (punctuated) i--;
      let first = -1;
      while (i >= 0 && isLetter(before[i]!)) first = i--;
      if (first < 0 || !isUpper(before[first]!)) return false;
      let j = 0;
      while (j < next.length && space(next[j])) j++;
      const head = next[j];
      if (head === undefined) return false;
      if (isUpper(head)) return true;
      if (punctuated || (head !== ',' && head !== '.')) return false;
      let k = j + 1;
      while (k < next.length && space(next[k])) k++;
      return k === next.length || (head === ',' && k > j + 1 && isUpper(next[k]!));
    };
    const pieces = fc.constantFrom(
      'Tom',
      'hart',
      ' ',
      ',',
      '.',
      'Ü',
      'ß',
      'ǅ',
      'İ',
      'Ω',
      'ж',
      '李',
      '\ud800',
      '\u00a0',
      '\n',
      '2',
    );
    const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => mayContinueName(a, b) === reference(a, b)),
      { numRuns: 3000 },
    );
  });
});

describe('scanNames on names split across elements', () => {
  /** What each name covers on the page, read through a Range from its start to its end. */
  async function found(html: string) {
    document.body.innerHTML = html;
    const r = await scanNames(document, [document.body], matcher, clock);
    return [...r.found].flatMap(([node, ms]) =>
      ms.map((m) => {
        const range = document.createRange();
        range.setStart(node, m.start);
        range.setEnd(m.endNode ?? node, m.endNode ? m.endOffset! : m.end);
        return [range.toString(), m.key, !!m.endNode];
      }),
    );
  }

  it.each([
    ['<p>Talk by <b>Tom</b> Hartvigsen.</p>', [['Tom Hartvigsen', 'tom hartvigsen', true]]],
    [
      '<p><span>Tom</span> <span>Hartvigsen</span> and <i>M. Ghassemi</i></p>',
      [
        ['Tom Hartvigsen', 'tom hartvigsen', true],
        ['M. Ghassemi', 'marzyeh ghassemi', false],
      ],
    ],
    ['<p><a href="#">Hartvigsen</a>, <a href="#">Tom</a> (2024)</p>', [['Hartvigsen, Tom', 'tom hartvigsen', true]]],
    ['<p><b>T.</b><b>Hartvigsen</b> spoke</p>', [['T.Hartvigsen', 'tom hartvigsen', true]]],
    ['<p>Chair: <a href="#">Hartvigsen</a>, Tom.</p>', [['Hartvigsen, Tom', 'tom hartvigsen', true]]],
    ['<ul><li>Tom</li><li>Hartvigsen</li></ul>', []],
    ['<p><span>Tom</span><br><span>Hartvigsen</span></p>', []],
    ['<table><tr><td>Tom</td><td>Hartvigsen</td></tr></table>', []],
    ['<p><b>Tom</b> <code>Hartvigsen</code></p>', []],
  ])('%s', async (html, expected) => expect(await found(html)).toEqual(expected));
});
