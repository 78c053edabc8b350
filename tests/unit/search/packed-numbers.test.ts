import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packNumbers, unpackNumbers } from '../../../indexer/search/packed-numbers.ts';

const INT32 = fc.integer({ min: -0x80000000, max: 0x7fffffff });

describe('packNumbers', () => {
  it.each([
    ['nothing', [], ''],
    ['the smallest one-character number', [0], '#'],
    ['the largest one-character number', [44], 'Q'],
    ['the first two-character number', [45], 'S#'],
    ['the largest two-character number', [2024], '!Q'],
    ['the first three-character number', [2025], 'SR#'],
    ['a negative number: a minus, then its magnitude', [-3], '-&'],
    ['several, with no separator', [0, 44, 45, -3], '#QS#-&'],
  ] as const)('%s', (_, values, packed) => {
    expect(packNumbers(values)).toBe(packed);
    expect([...unpackNumbers(packed)]).toEqual(values);
  });

  it.each([
    ['a fraction', 1.5],
    ['beyond 32 bits', 0x80000000],
    ['below 32 bits', -0x80000001],
    ['not a number', NaN],
  ])('refuses %s', (_, value) => {
    expect(() => packNumbers([value])).toThrow(/is not a 32-bit whole number/);
  });

  it('gives back every list of 32-bit numbers it packed', () => {
    fc.assert(
      fc.property(fc.array(INT32), (values) => {
        expect([...unpackNumbers(packNumbers(values))]).toEqual(values);
      }),
    );
  });

  it('writes only characters a JSON string holds as they are, and no separator the index uses', () => {
    fc.assert(
      fc.property(fc.array(INT32), (values) => {
        const packed = packNumbers(values);
        expect(JSON.stringify(packed)).toBe(`"${packed}"`);
        expect(packed).not.toMatch(/[\s"\\]/);
      }),
    );
  });

  it('reads one run of a longer string', () => {
    const text = `${packNumbers([7, -100])} ${packNumbers([2025, 0])}`;
    const second = text.indexOf(' ') + 1;
    expect([...unpackNumbers(text, 0, second - 1)]).toEqual([7, -100]);
    expect([...unpackNumbers(text, second, text.length)]).toEqual([2025, 0]);
  });
});

describe('unpackNumbers', () => {
  it.each([
    ['a character it never writes', '#"#', /unexpected "\\"" at character 1/],
    ['a character beyond ASCII', '#é', /unexpected "é" at character 1/],
    ['a minus after a leading digit', 'S-#', /unexpected "-" at character 1/],
    ['two minus signs', '--#', /unexpected "-" at character 1/],
    ['a number cut short after its leading digit', '#S', /cut short at character 2/],
    ['a lone minus', '-', /cut short at character 1/],
  ])('refuses %s, naming where', (_, text, message) => {
    expect(() => unpackNumbers(text)).toThrow(message);
  });
});
