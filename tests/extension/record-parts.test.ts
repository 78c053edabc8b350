import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinJsonArrays, splitJsonArray } from '../../components/lib/record-parts.ts';

describe('splitJsonArray', () => {
  it.each<[string, number, string[]]>([
    ['[]', 10, ['[]']],
    ['[1,2,3]', 4, ['[1]', '[2]', '[3]']],
    ['[1,2,3]', 6, ['[1,2]', '[3]']],
    ['[1, 2, 3]', 100, ['[1,2,3]']],
    ['["ééé","a"]', 9, ['["ééé"]', '["a"]']],
    ['[{"long":"xxxxxxxxxx"},1]', 5, ['[{"long":"xxxxxxxxxx"}]', '[1]']],
  ])('%s in parts of %i bytes', (text, max, parts) => {
    expect(splitJsonArray(text, max)).toEqual(parts);
  });

  it('keeps every part under the limit and gives the array back when joined', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), n: fc.integer() })), fc.integer({ min: 40, max: 400 }), (items, max) => {
        const parts = splitJsonArray(JSON.stringify(items), max);
        for (const p of parts) {
          const size = new TextEncoder().encode(p).length;
          if (JSON.parse(p).length > 1) expect(size).toBeLessThanOrEqual(max);
        }
        expect(JSON.parse(joinJsonArrays(parts))).toEqual(items);
      }),
    );
  });

  it('refuses what is not an array', () => {
    expect(() => splitJsonArray('{"a":1}')).toThrow('expected a JSON array of records');
  });
});
