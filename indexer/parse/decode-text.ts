/**
 * Bytes of an archive file to text.
 *
 * Contract: UTF-8 first (a byte-order mark is dropped); bytes that are not valid
 * UTF-8 are read as Windows-1252, the legacy 8-bit encoding old web pages use,
 * and `legacy` is set so the caller can warn. Never throws.
 *
 * @example decodeText(new Uint8Array([0x93, 0x41, 0x94])) // { text: '“A”', legacy: true }
 */
export function decodeText(bytes: Uint8Array): { text: string; legacy: boolean } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: UTF8.decode(body), legacy: false };
  } catch {
    return { text: CP1252.decode(body), legacy: true };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const CP1252 = new TextDecoder('windows-1252');
