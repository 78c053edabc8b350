import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText } from '../../../indexer/parse/normalize-text.ts';
import { repairMojibake } from '../../../indexer/parse/repair-mojibake.ts';

describe('repairMojibake', () => {
  it.each([
    ['double-encoded no-break space', 'hostedÂ\u00a0virtually', 'hosted\u00a0virtually'],
    ['double-encoded apostrophe', 'donâ€™t', 'don’t'],
    ['double-encoded accents', 'RamÃ­rez-LÃ³pez', 'Ramírez-López'],
    ['double-encoded dash and quotes', 'â€œAâ€\u009d â€“ B', '“A” – B'],
    ['correct accents stay', 'café — São Paulo, Zürich', 'café — São Paulo, Zürich'],
    ['a lone Â that is not mojibake stays', 'Âge', 'Âge'],
  ])('%s', (_, input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it.each([
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['the seed mojibake becomes a plain space', 'hostedÂ\u00a0virtually', 'hosted virtually'],
    ['NFC', 'Erde\u0301lyi', 'Erdélyi'],
    ['spaces of every kind', 'a\u00a0b\u2009c\td\u3000e', 'a b c d e'],
    ['zero-width and soft hyphen dropped', 'in\u00adter\u200bnal\ufeff', 'internal'],
    ['blank lines collapsed, lines trimmed', '  a  \n\n\n\n  b  ', 'a\n\nb'],
    ['twice-broken text repaired twice', 'SÃƒÂ£o', 'São'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('normalizeLine joins lines', () => {
    expect(normalizeLine('Rice\n 540 ')).toBe('Rice 540');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u00a0', 'Â', 'Ã', '©', '€', '™', 'é', 'e\u0301', '\u200b', 'x'),
        }),
        (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});
