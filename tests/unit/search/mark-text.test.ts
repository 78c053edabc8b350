import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms, findTermsByWord, makeExcerpt, markText } from '../../../indexer/search/mark-text.ts';
import { makeRecord } from './make-record.ts';

const show = (runs: { text: string; marked: boolean }[]) => runs.map((r) => (r.marked ? `[${r.text}]` : r.text)).join('');

describe('markText', () => {
  const cases: [string, string[], string][] = [
    ['Towards ML in Healthcare', ['healthcare'], 'Towards ML in [Healthcare]'],
    ['Random graphs after Erdős', ['erdos', 'graphs'], 'Random [graphs] after [Erdős]'],
    ['model editing, model-editing', ['model', 'editing'], '[model] [editing], [model]-[editing]'],
    // A word with a superscript, matched whole ("Lp") or in its parts ("L^p").
    ['Lᵖ-Asymptotics', ['lp'], '[Lᵖ]-Asymptotics'],
    ['Lᵖ-Asymptotics', ['l', 'p'], '[Lᵖ]-Asymptotics'],
    ['bounds on ℝⁿ for GLₙ', ['n'], 'bounds on ℝ[ⁿ] for GL[ₙ]'],
    ['nothing here', ['absent'], 'nothing here'],
    ['', ['x'], ''],
  ];
  it.each(cases)('%j with %j → %j', (text, terms, expected) => {
    expect(show(markText(text, new Set(terms)))).toBe(expected);
  });

  it('gives back the text exactly, in runs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.string({ maxLength: 4 })), (text, terms) => {
        expect(
          markText(text, new Set(terms))
            .map((r) => r.text)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('makeExcerpt', () => {
  const filler = 'Words that say nothing in particular go on here for a while. '.repeat(8);
  const record = makeRecord('r', {
    summary: 'A short summary.',
    abstract: `${filler}Then the abstract speaks of model editing in large language models. ${filler}`,
  });

  it('cuts around the matched words of the best field, marked, with … where cut', () => {
    const excerpt = show(makeExcerpt(record, new Set(['editing', 'language'])));
    expect(excerpt).toMatch(/^… .*\[editing\] in large \[language\] models.* …$/);
    expect(excerpt.length).toBeLessThan(260);
  });

  it('falls back to the start of the first text field when nothing matched there', () => {
    expect(show(makeExcerpt(record, new Set(['absent'])))).toBe('A short summary.');
  });

  it('starts and ends on whole words, whatever breaks the lines', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    const gap = fc.constantFrom(' ', '\n', '\n\n', ' \n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 120 }), fc.nat(), (parts, pick) => {
        const abstract = parts.map(([w, g]) => w + g).join('');
        const words = new Set(parts.map(([w]) => w));
        const term = parts[pick % parts.length]![0];
        const excerpt = show(makeExcerpt(makeRecord('r', { abstract }), new Set([term])));
        const shown = excerpt
          .replace(/^… |\s…$/g, '')
          .replace(/[[\]]/g, '')
          .split(' ')
          .filter(Boolean);
        for (const w of shown) expect(words).toContain(w);
      }),
      { numRuns: 400 },
    );
  });

  it('is empty for a record without text', () => {
    expect(makeExcerpt(makeRecord('bare'), new Set(['x']))).toEqual([]);
  });
});

describe('findTerms', () => {
  const cases: [string, string[], [number, string][]][] = [
    [
      'Machine learning for machines',
      ['machine', 'machines'],
      [
        [0, 'machine'],
        [21, 'machines'],
      ],
    ],
    [
      'MACHINE-learning, "machine"',
      ['machine', 'learning'],
      [
        [0, 'machine'],
        [8, 'learning'],
        [19, 'machine'],
      ],
    ],
    ['machinery and remachine', ['machine'], []],
    // "learning2024" is one word: neither of its parts is found in it.
    [
      'deep learning 2024 \u2014 learning2024',
      ['learning', '2024'],
      [
        [5, 'learning'],
        [14, '2024'],
      ],
    ],
    [
      'Erdős and erdos',
      ['erdos'],
      [
        [0, 'erdos'],
        [10, 'erdos'],
      ],
    ],
    ['c++ in use', ['c++'], []],
    ['', ['x'], []],
  ];
  it.each(cases)('%j for %j', (text, terms, expected) => {
    expect(findTerms(text, new Set(terms)).map((h) => [h.at, h.term])).toEqual(expected);
    expect(findTermsByWord(text, new Set(terms)).map((h) => [h.at, h.term])).toEqual(expected);
  });

  it('answers as reading word by word does, on any text', () => {
    // Accented Latin letters are searched folded in place, symbols part words; the words with ß,
    // ø, İ, a combining accent, ª, ², a subscript or a Greek letter are read one by one.
    const unit = fc.constantFrom(
      ...'abcAB01 .,-\u2014\u2019\u00a0\u00e9\u00c9\u0151\u00e7\u00df\u00f8\u0130\u0301\u00aa\u00b2\u00d7\u00f7\u2208\u2264\u2099\u03bb\u211d'.split(
        '',
      ),
      'ab',
      'Abc',
      'cab',
      'Erdős',
      'xₙ',
      'L^p',
    );
    const term = fc.constantFrom(
      'ab',
      'abc',
      'cab',
      'a',
      'b1',
      'ab0',
      'é',
      'abé',
      'c++',
      'e',
      'abe',
      'erdos',
      'o',
      'c',
      'ss',
      'x',
      'n',
      'lambda',
      'r',
    );
    fc.assert(
      fc.property(fc.string({ unit }), fc.uniqueArray(term, { maxLength: 4 }), (text, terms) => {
        expect(findTerms(text, new Set(terms))).toEqual(findTermsByWord(text, new Set(terms)));
      }),
      { numRuns: 2000 },
    );
  });
});
