import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../indexer/parse/decode-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 with its byte-order mark, as Windows editors save "Unicode" text. */
const utf16 = (s: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
};

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
    ['UTF-16, little-endian', utf16('---\ntitle: Erdős\n---\n', true), '---\ntitle: Erdős\n---\n', false],
    ['UTF-16, big-endian', utf16('Schrödinger', false), 'Schrödinger', false],
  ])('%s', (_, bytes, text, legacy) => {
    expect(decodeText(bytes)).toEqual({ text, legacy });
  });

  it('says bytes with a NUL are no text (an image or a PDF under a text name)', () => {
    expect(decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x93]))).toEqual({ text: '', legacy: false, binary: true });
  });
});
