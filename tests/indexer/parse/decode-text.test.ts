import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../indexer/parse/decode-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', utf8('Erdős'), 'Erdős', false],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: A')]), '---\ntitle: A', false],
    ['Windows-1252 curly quotes', new Uint8Array([0x93, 0x46, 0x72, 0x6f, 0x7a, 0x65, 0x6e, 0x94]), '“Frozen”', true],
    [
      'Latin-1 accented letter',
      new Uint8Array([0x53, 0x63, 0x68, 0x72, 0xf6, 0x64, 0x69, 0x6e, 0x67, 0x65, 0x72]),
      'Schrödinger',
      true,
    ],
    ['empty file', new Uint8Array([]), '', false],
  ])('%s', (_, bytes, text, legacy) => {
    expect(decodeText(bytes)).toEqual({ text, legacy });
  });
});
