import { decodeWindows1252 } from './decode-text.ts';

/**
 * Announcements copied out of e-mail sometimes keep the mail's quoted-printable encoding:
 * "Dr. Anna Zau=9Akov=E1", lines cut with a trailing "=", "=20" for a space. Pure.
 *
 * Contract: text is taken for quoted-printable only when it shows both of the encoding's own
 * marks: a word cut by a soft line break ("depen=\ndent") and an escape no hand types (a byte
 * of 0x80 or more, "=3D" for "=", or "=20" ending a line). Code and formulas ("n=50",
 * "x =\n y") are left as they are. The decoded bytes are UTF-8 when they are valid UTF-8, else
 * Windows-1252, as mail from that time was.
 *
 * @example decodeQuotedPrintable('Zau=9Akov=E1 on shear depen=\ndent flow') // 'Zaušková on shear dependent flow'
 */
export function looksQuotedPrintable(text: string): boolean {
  return SOFT_BREAK.test(text) && TELLING_ESCAPE.test(text);
}

/** `text` decoded, if it `looksQuotedPrintable`; else `text` itself. */
export function decodeQuotedPrintable(text: string): string {
  if (!looksQuotedPrintable(text)) return text;
  const joined = text.replace(/=\r?\n/g, '');
  // Each run of escapes is one byte sequence: a UTF-8 letter takes two or three of them.
  return joined.replace(/(?:=[0-9A-F]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split('='), (h) => parseInt(h, 16));
    try {
      return UTF8.decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  });
}

/** A letter, "=", a line break, a letter: a word the mail cut to keep its lines short. */
const SOFT_BREAK = /\p{L}=\r?\n\p{L}/u;
/** A byte past ASCII, an escaped "=", or an escaped space before a line break. */
const TELLING_ESCAPE = /=[89A-F][0-9A-F]|=3D|=20\r?\n/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
