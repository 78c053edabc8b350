import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, type ParsedQuery } from '../../../indexer/search/parse-query.ts';

const empty: ParsedQuery = { words: [], phrases: [], speaker: [], title: [], excluded: [], kinds: [], series: [] };

describe('parseQuery', () => {
  const cases: [string, Partial<ParsedQuery>][] = [
    ['model editing', { words: ['model', 'editing'] }],
    ['Hartvigsen, Tom', { words: ['Hartvigsen', 'Tom'] }],
    ['T. Hartvigsen', { words: ['T', 'Hartvigsen'] }],
    ['Erdős', { words: ['Erdős'] }],
    ['speaker:Hartvigsen', { speaker: ['Hartvigsen'] }],
    ['speaker:"Tom Hartvigsen" health', { speaker: ['Tom', 'Hartvigsen'], words: ['health'] }],
    ['author:kuo by:smith', { speaker: ['kuo', 'smith'] }],
    ['title:graphs', { title: ['graphs'] }],
    ['year:2023', { years: { from: 2023, to: 2023 } }],
    ['year:2020..2023', { years: { from: 2020, to: 2023 } }],
    ['year:2020-2023', { years: { from: 2020, to: 2023 } }],
    ['year:2023..2020', { years: { from: 2020, to: 2023 } }],
    ['year:2020..', { years: { from: 2020 } }],
    ['2019..2021 graphs', { years: { from: 2019, to: 2021 }, words: ['graphs'] }],
    ['2023', { words: ['2023'] }],
    ['kind:news', { kinds: ['news'] }],
    ['kind:people kind:talks', { kinds: ['profile', 'talk'] }],
    ['series:uva-ml-seminar', { series: ['uva-ml-seminar'] }],
    ['"model editing" bias', { phrases: ['model editing'], words: ['bias'] }],
    ['"single"', { words: ['single'] }],
    ['-survey graphs', { excluded: ['survey'], words: ['graphs'] }],
    ['-"large language" models', { excluded: ['large language'], words: ['models'] }],
    // Malformed: read as plain words.
    ['"unclosed quote here', { words: ['unclosed', 'quote', 'here'] }],
    ['speaker:', { words: ['speaker'] }],
    ['year:soon', { words: ['soon'] }],
    ['kind:podcast', { words: ['podcast'] }],
    ['re:invent', { words: ['re', 'invent'] }],
    ['- -- -1 x-ray', { words: ['1', 'x', 'ray'] }],
    ['', {}],
  ];
  it.each(cases)('%j', (query, expected) => {
    expect(parseQuery(query)).toEqual({ ...empty, ...expected });
  });

  it.each([
    ['a pasted abstract: its first 32 words', Array.from({ length: 600 }, (_, i) => `w${i}`).join(' '), 32, 'w31'],
    ['a pasted run of letters: its first 300 characters', 'a'.repeat(10_000), 1, 'a'.repeat(300)],
    ['a long question is cut between words', `${'abcdefghi '.repeat(29)}lastwordxyz`, 29, 'abcdefghi'],
  ])('reads no more than a question needs: %s', (_, query, count, last) => {
    const { words } = parseQuery(query);
    expect(words).toHaveLength(count);
    expect(words.at(-1)).toBe(last);
  });

  it('reads any string without throwing, and keeps only words from it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (q) => {
        const parsed = parseQuery(q);
        for (const w of [...parsed.words, ...parsed.speaker, ...parsed.title]) expect(w).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
      }),
      { numRuns: 500 },
    );
  });
});
