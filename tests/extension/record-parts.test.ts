import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinJsonArrays, partFiles, recordPartName, splitJsonArray } from '../../components/lib/record-parts.ts';

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

describe('partFiles', () => {
  const name = (i: number) => `p-${i}.json`;
  it.each<[string, number, [string, string][]]>([
    [
      '[1,2]',
      100,
      [
        ['p-1.json', '[1,2]'],
        ['list.json', '["p-1.json"]'],
      ],
    ],
    [
      '[1,2,3]',
      4,
      [
        ['p-1.json', '[1]'],
        ['p-2.json', '[2]'],
        ['p-3.json', '[3]'],
        ['list.json', '["p-1.json","p-2.json","p-3.json"]'],
      ],
    ],
  ])('%s in parts of %i bytes, then their list', (text, max, files) => {
    expect(partFiles(text, name, 'list.json', max).map((f) => [f.name, f.contents])).toEqual(files);
  });

  it('names the records parts as the extension fetches them', () => {
    expect(partFiles('[]', recordPartName, 'records-parts.json').map((f) => f.name)).toEqual([
      'records-1.json',
      'records-parts.json',
    ]);
  });
});
