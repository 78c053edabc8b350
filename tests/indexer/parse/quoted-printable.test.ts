import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, looksQuotedPrintable } from '../../../indexer/parse/quoted-printable.ts';

describe('decodeQuotedPrintable', () => {
  // [what, text, decoded]: text that is not mail's stays exactly as it was.
  const cases: [string, string, string][] = [
    [
      'an announcement copied out of e-mail (Windows-1252 bytes)',
      'speaker: "Dr. Anna Zau=9Akov=E1"\nshear depen=\ndent=20\nflow',
      'speaker: "Dr. Anna Zaušková"\nshear dependent \nflow',
    ],
    ['UTF-8 bytes, two escapes a letter', 'Universit=C3=A9 de Montr=C3=A9al, ana=\nlysis', 'Université de Montréal, analysis'],
    ['an escaped "="', 'where a=3Db, for a=\nll b', 'where a=b, for all b'],
    [
      'code with numbers after "="',
      'knn = KNeighborsRegressor(n_neighbors=50)\nind=\nx',
      'knn = KNeighborsRegressor(n_neighbors=50)\nind=\nx',
    ],
    ['a formula cut after "=" with no escape', 'so that f(x) =\n g(x) and a=\nb', 'so that f(x) =\n g(x) and a=\nb'],
    ['escapes without a cut word', 'Zau=9Akov=E1', 'Zau=9Akov=E1'],
    ['a cut word without escapes', 'depen=\ndent', 'depen=\ndent'],
  ];
  it.each(cases)('%s', (_, text, decoded) => {
    expect(looksQuotedPrintable(text)).toBe(decoded !== text);
    expect(decodeQuotedPrintable(text)).toBe(decoded);
  });
});
