import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  INDEX_PARTS,
  joinJsonArrays,
  joinTextParts,
  partedFile,
  partFiles,
  RECORD_PARTS,
  splitJsonArray,
  textPartFiles,
} from '../../components/lib/record-parts.ts';

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
  const file = partedFile('p');
  it.each<[string, number, [string, string][]]>([
    [
      '[1,2]',
      100,
      [
        ['p-1.json', '[1,2]'],
        ['p-parts.json', '["p-1.json"]'],
      ],
    ],
    [
      '[1,2,3]',
      4,
      [
        ['p-1.json', '[1]'],
        ['p-2.json', '[2]'],
        ['p-3.json', '[3]'],
        ['p-parts.json', '["p-1.json","p-2.json","p-3.json"]'],
      ],
    ],
  ])('%s in parts of %i bytes, then their list', (text, max, files) => {
    expect(partFiles(text, file, max).map((f) => [f.name, f.contents])).toEqual(files);
  });

  it('names the records parts as the extension fetches them', () => {
    expect(partFiles('[]', RECORD_PARTS).map((f) => f.name)).toEqual(['records-1.json', 'records-parts.json']);
  });
});

// The search index is one JSON object: a larger archive's is cut anywhere, into JSON strings.
describe('textPartFiles', () => {
  const contents = (text: string, max: number) => textPartFiles(text, INDEX_PARTS, max).map((f) => f.contents);
  it.each<[string, string, number, string[]]>([
    ['fits: the text itself', '{"a":12}', 8, ['{"a":12}', '["search-index-1.json"]']],
    [
      'too large: JSON strings',
      '{"a":12}',
      7,
      ['"{\\"a"', '"\\":12"', '"}"', '["search-index-1.json","search-index-2.json","search-index-3.json"]'],
    ],
    ['a JSON string itself is never whole', '"ab"', 100, ['"\\"ab\\""', '["search-index-1.json"]']],
    ['a character beyond U+FFFF is never cut', 'aaa😀b', 7, ['"aaa"', '"😀b"', '["search-index-1.json","search-index-2.json"]']],
  ])('%s', (_, text, max, files) => {
    expect(contents(text, max)).toEqual(files);
  });

  it('keeps every part valid JSON under the limit and gives the text back when joined', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().map((v) => JSON.stringify({ v, s: '😀"\\\n' })),
        fc.integer({ min: 12, max: 200 }),
        (text, max) => {
          const parts = contents(text, max).slice(0, -1);
          for (const p of parts) {
            expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(max);
            expect(() => JSON.parse(p)).not.toThrow();
          }
          expect(joinTextParts(parts)).toBe(text);
        },
      ),
    );
  });
});
