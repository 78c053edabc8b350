/**
 * TeX's accents and special letters in running text, as abstracts written in TeX carry them in
 * names ("B\"ocherer", "Calder\'on", "Schr\"{o}dinger", "{\'e}tale", "Erd\H{o}s") made into
 * the letters they spell. Pure.
 */

/** The combining mark each accent command puts on its letter. */
const MARKS: Readonly<Record<string, string>> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
};

/** Letters with a command of their own: `\ss` → ß, `\o` → ø. */
const LETTERS: Readonly<Record<string, string>> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  l: 'ł',
  L: 'Ł',
};

// An accent on one letter, braced or not, the whole maybe braced: `\"o`, `\"{o}`, `{\"o}`,
// `\'{\i}`, `\'\i nez`. An accent named by a letter (`\c`, `\v`, `\H`) takes a braced letter or
// one after a space: `\vc` would be a command of its own.
// Backslashes doubled by a round of escaping (`Carath\\\\'{e}odory`, as some archives have
// them) still make one accent: a TeX line break before an accent means nothing in prose.
// The lookbehind starts a match only where a run of backslashes starts: from inside a run,
// `\\+` would take the rest of it and give it back one at a time, and a text of 100,000
// backslashes took 13 s.
const ACCENT =
  /(\{)?(?<!\\)\\+(?:(["'`^~=.])(?:\{(\\[ij]|[A-Za-z])\}|(\\[ij](?![A-Za-z])[ \t]*|[A-Za-z]))|([uvHckr])(?:\{(\\[ij]|[A-Za-z])\}|[ \t]+([A-Za-z])))(\})?/g;
// As in TeX, the spaces after a letter's command are part of it: `\O stergaard` is Østergaard.
const LETTER = /(?<!\\)\\(ss|aa|AA|ae|AE|oe|OE|[oOlL])(?![A-Za-z])(?:\{\}|[ \t]+)?/g;

/**
 * `text` with TeX's accents on single letters, and `\ss`, `\o`, `\aa`, `\ae`, `\oe`, `\l` and
 * their capitals, made into Unicode letters (composed, NFC). Anything else, other commands
 * included, is left as written; text without a backslash comes back unchanged.
 *
 * @example texAccentsToText('Schr\\"{o}dinger and Erd\\H{o}s') === 'Schrödinger and Erdős'
 */
export function texAccentsToText(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(
      ACCENT,
      (whole, open: string | undefined, sign, signArg, signBare, name, nameArg, nameBare, close: string | undefined) => {
        const mark = MARKS[(sign ?? name) as string]!;
        const raw = (signArg ?? signBare ?? nameArg ?? nameBare) as string;
        const letter = raw.startsWith('\\') ? raw[1]! : raw;
        // Braces around the whole are dropped only as a pair.
        const accented = `${letter}${mark}`.normalize('NFC');
        return open && close ? accented : `${open ?? ''}${accented}${close ?? ''}`;
      },
    )
    .replace(LETTER, (_, name: string) => LETTERS[name]!);
}
