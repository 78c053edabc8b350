import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeExcerpt, markText } from '../../../indexer/search/mark-text.ts';
import { makeRecord } from './make-record.ts';

const show = (runs: { text: string; marked: boolean }[]) => runs.map((r) => (r.marked ? `[${r.text}]` : r.text)).join('');

describe('markText', () => {
  const cases: [string, string[], string][] = [
    ['Towards ML in Healthcare', ['healthcare'], 'Towards ML in [Healthcare]'],
    ['Random graphs after Erdős', ['erdos', 'graphs'], 'Random [graphs] after [Erdős]'],
    ['model editing, model-editing', ['model', 'editing'], '[model] [editing], [model]-[editing]'],
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

  it('is empty for a record without text', () => {
    expect(makeExcerpt(makeRecord('bare'), new Set(['x']))).toEqual([]);
  });
});
