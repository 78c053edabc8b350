import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { texAccentsToText } from '../../../indexer/parse/tex-accents.ts';

describe('texAccentsToText', () => {
  it.each([
    // From the corpus's abstracts (iisc-math, cmu-statml-reading-group).
    ['an umlaut', 'Iwasawa and B\\"ocherer', 'Iwasawa and Böcherer'],
    // Input that once took seconds: every backslash of a long run started a match.
    ['a long run of backslashes, then an accent', `${'\\'.repeat(5000)}"o and \\\\`, 'ö and \\\\'],
    ['an umlaut on a braced letter', 'the Schr\\"{o}dinger equation', 'the Schrödinger equation'],
    ['a braced accent', "a (tame) {\\'e}tale fundamental group", 'a (tame) étale fundamental group'],
    ['acute and braced acute', "Calder\\'on and Cerd\\'{a}", 'Calderón and Cerdá'],
    ['twice in one word', 'Sepp\\"{a}l\\"{a}inen', 'Seppäläinen'],
    ['a capital', '\\"Ozt\\"urk', 'Öztürk'],
    ['grave, circumflex, tilde', '\\`a la \\^ile, se\\~nor', 'à la île, señor'],
    ['a named accent with a braced letter', 'Erd\\H{o}s and \\v{C}ech', 'Erdős and Čech'],
    ['a named accent with a space', 'Fran\\c cois', 'François'],
    ['a dotless i', "Mart\\'{\\i}nez and Mart\\'\\i nez", 'Martínez and Martínez'],
    ['letters of their own', 'Gro\\ss, \\O stergaard, \\aa ngstr\\"om, \\L ukasz', 'Groß, Østergaard, ångström, Łukasz'],
    ['a letter with empty braces', 'Gro\\ss{}e', 'Große'],
    ['a brace closing something else', '{\\bf G\\"o}del', '{\\bf Gö}del'],
    // Left as written.
    ['no backslash', 'Gödel, Escher, Bach', 'Gödel, Escher, Bach'],
    ['other commands', '\\cite{ben} and \\textbf{x}', '\\cite{ben} and \\textbf{x}'],
    ['a command starting like a letter', '\\left( \\omega \\langle', '\\left( \\omega \\langle'],
    ['a named accent glued to its letter is a command', '\\vc and \\cdot', '\\vc and \\cdot'],
    ['backslashes doubled by escaping', "Carath\\\\\\\\'{e}odory and Fej\\\\'er", 'Carathéodory and Fejér'],
    ['an accent on nothing', 'say \\" and \\\'', 'say \\" and \\\''],
  ])('%s: %j', (_, input, expected) => {
    expect(texAccentsToText(input)).toBe(expected);
  });

  it('returns text without a backslash unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = s.replaceAll('\\', '');
        expect(texAccentsToText(text)).toBe(text);
      }),
    );
  });

  it('makes every accent on a letter the accented letter', () => {
    const word = fc.stringMatching(/^[a-z ]{0,6}$/);
    const accent = fc.constantFrom('\\"', "\\'", '\\`', '\\^', '\\~', '\\=', '\\.', '\\H', '\\c', '\\v', '\\u');
    const letter = fc.constantFrom(...'aeiouAEIOUnczsgrl');
    fc.assert(
      fc.property(word, accent, letter, fc.boolean(), word, (before, command, x, braced, after) => {
        const text = `${before}${command}${braced ? `{${x}}` : /[a-z]$/i.test(command) ? ` ${x}` : x}${after}`;
        const out = texAccentsToText(text);
        expect(out).not.toContain('\\');
        expect(out.normalize('NFD').replace(/\p{M}/gu, '')).toBe(`${before}${x}${after}`);
      }),
    );
  });
});
