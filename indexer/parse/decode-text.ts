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
    return { text: decodeWindows1252(body), legacy: true };
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Spelled out: some runtimes decode the 'windows-1252' label as Latin-1, losing curly quotes and dashes.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
