/**
 * The background's answer to a page's texts, and the page reading it back: what goes across
 * the message is small and flat, and a damaged answer is never thrown on.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildNameMatcher } from '../../../indexer/names/name-matcher.ts';
import { matchTexts, readTextMatches } from '../../../indexer/names/match-texts.ts';
import { PEOPLE } from './name-entry-fixture.ts';

const matcher = buildNameMatcher(PEOPLE);

describe('matchTexts', () => {
  it.each([
    [['Nobody here'], { keys: [], marks: [] }],
    [['x', 'Talk by Tom Hartvigsen'], { keys: ['tom hartvigsen'], marks: [1, 8, 22, 0] }],
    [
      ['T. Hartvigsen', 'Marzyeh Ghassemi and Tom Hartvigsen'],
      { keys: ['tom hartvigsen', 'marzyeh ghassemi'], marks: [0, 0, 13, 0, 1, 0, 16, 1, 1, 21, 35, 0] },
    ],
    [['Tom Hartvigsen', 42, null, 'Tom Hartvigsen'], { keys: ['tom hartvigsen'], marks: [0, 0, 14, 0, 3, 0, 14, 0] }],
    ['Tom Hartvigsen', { keys: [], marks: [] }],
    [undefined, { keys: [], marks: [] }],
  ])('%j → %j', (texts, expected) => expect(matchTexts(matcher, texts)).toEqual(expected));
});

describe('readTextMatches', () => {
  it('gives back, text by text, what the matcher found', () => {
    const texts = ['Talk by Tom Hartvigsen', 'nothing', 'Marzyeh Ghassemi and T. Hartvigsen'];
    const back = readTextMatches(matchTexts(matcher, texts), texts.length);
    expect(Array.from(back, (ms) => ms ?? [])).toEqual(texts.map((t) => matcher.find(t)));
    // A text with no names costs nothing to read back.
    expect(1 in back).toBe(false);
  });

  it.each([
    ['no answer', undefined],
    ['not an answer', 'Tom Hartvigsen'],
    ['keys missing', { marks: [0, 0, 3, 0] }],
    ['a text out of range', { keys: ['a'], marks: [5, 0, 3, 0] }],
    ['a negative text', { keys: ['a'], marks: [-1, 0, 3, 0] }],
    ['a key out of range', { keys: ['a'], marks: [0, 0, 3, 1] }],
    ['an empty mark', { keys: ['a'], marks: [0, 3, 3, 0] }],
    ['a negative start', { keys: ['a'], marks: [0, -2, 3, 0] }],
    ['strings for numbers', { keys: ['a'], marks: ['0', '0', '3', '0'] }],
    ['a cut-off mark', { keys: ['a'], marks: [0, 0, 3] }],
    ['a fractional text', { keys: ['a'], marks: [0.5, 0, 3, 0] }],
  ])('drops what does not fit: %s', (_, answer) => expect(readTextMatches(answer, 2)).toEqual([undefined, undefined]));

  it('never throws, whatever comes back', () => {
    fc.assert(
      fc.property(fc.anything(), fc.nat(5), (answer, count) => {
        expect(readTextMatches(answer, count)).toHaveLength(count);
      }),
    );
  });
});
