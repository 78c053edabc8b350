/**
 * Bytes of an archive file to text.
 *
 * Contract: UTF-8 first (a byte-order mark is dropped); UTF-16 when a byte-order mark says so
 * (Windows editors save "Unicode" so); bytes that are not valid UTF-8 are read as
 * Windows-1252, the legacy 8-bit encoding old web pages use, and `legacy` is set so the
 * caller can warn. `binary` is set for bytes no text file holds (a NUL outside UTF-16): an
 * image or a PDF saved under a text file's name. Never throws.
 *
 * @example decodeText(new Uint8Array([0x93, 0x41, 0x94])) // { text: '“A”', legacy: true }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const utf16 = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { ignoreBOM: false });
    return { text: utf16.decode(bytes), legacy: false };
  }
  if (bytes.includes(0)) return { text: '', legacy: false, binary: true };
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { text: UTF8.decode(body), legacy: false };
  } catch {
    return { text: decodeWindows1252(body), legacy: true };
  }
}

/** A file's text, and what reading it found: a legacy encoding, or bytes that are no text. */
export interface DecodedText {
  text: string;
  legacy: boolean;
  binary?: true;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Spelled out: some runtimes decode the 'windows-1252' label as Latin-1, losing curly quotes and dashes.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
