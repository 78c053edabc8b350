import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { texToText } from '../../../indexer/parse/tex-to-text.ts';
import { createSearchArchive, searchArchive } from '../../../indexer/search/search-archive.ts';
import { normalizeTerm, tokenizeIndexText, tokenizeText } from '../../../indexer/search-options.ts';
import { makeRecord } from './make-record.ts';

describe('tokenizeText and tokenizeIndexText', () => {
  it.each([
    ['plain words', "Erdős–Rényi, Tom's", ['Erdős', 'Rényi', 'Tom', 's'], ['Erdős', 'Rényi', 'Tom', 's']],
    ['a superscript letter', 'Lᵖ-Asymptotics', ['L', 'ᵖ', 'Asymptotics'], ['L', 'ᵖ', 'Lᵖ', 'Asymptotics']],
    ['superscript digits', 'x²+11y²', ['x', '²', '11y', '²'], ['x', '²', 'x²', '11y', '²', '11y²']],
    ['a subscript run', 'slₙ₊₁', ['sl', 'ₙ', '₁'], ['sl', 'ₙ', 'slₙ', '₁']],
    ['super- then subscript', 'Σ¹ₙ', ['Σ', '¹', 'ₙ'], ['Σ', '¹', 'ₙ', 'Σ¹ₙ']],
    ['ordinals are not superscripts', '1º lugar', ['1º', 'lugar'], ['1º', 'lugar']],
  ])('%s: %j', (_, text, query, index) => {
    expect(tokenizeText(text)).toEqual(query);
    expect(tokenizeIndexText(text)).toEqual(index);
  });

  it('splits no word without a superscript or subscript', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        if (/[\u00b2\u00b3\u00b9\u02b0-\u02e4\u1d2c-\u1dbf\u2070-\u209c\u2c7c\u2c7d]/u.test(s)) return;
        expect(tokenizeText(s)).toEqual(s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
        expect(tokenizeIndexText(s)).toEqual(tokenizeText(s));
      }),
    );
  });
});

describe('normalizeTerm', () => {
  it.each([
    ['a Greek letter by its name', 'ν', 'nu'],
    ['an upper-case one', 'Γ', 'gamma'],
    ['a variant form', 'ϵ', 'epsilon'],
    ['aleph', 'ℵ', 'aleph'],
    ['a superscript letter folds to the letter', 'ᵖ', 'p'],
    ['blackboard bold folds to the letter', 'ℝ', 'r'],
    ['a Greek word stays a word', 'λόγος', 'λογος'],
  ])('%s: %j → %j', (_, word, term) => {
    expect(normalizeTerm(word, 'title')).toBe(term);
  });
});

describe('searchArchive: titles that were TeX', () => {
  const archive = createSearchArchive(
    [
      ['lp', '$L^p$-Asymptotics of Fourier transform of fractal measures'],
      ['rn', 'Joint eigenfunctions on the Heisenberg group and support theorems on $\\mathbb{R}^n$'],
      ['nu', '$\\nu$-X symposium'],
      ['gamma', 'A complete unitary invariant of a $\\Gamma$-contraction'],
      ['form', 'On the Numbers of the Form $x^2+11y^2$'],
      ['sl', 'Demazure modules for affine $sl_{n+1}$'],
      ['other', 'Fourier transform of measures on groups'],
    ].map(([id, title]) => makeRecord(id!, { title: texToText(title!) })),
  );
  const first = (query: string) => searchArchive(archive, { query }).hits[0]?.record.id;

  it.each([
    ['Lp asymptotics', 'lp'],
    ['L^p asymptotics', 'lp'],
    ['Lᵖ asymptotics', 'lp'],
    ['R^n heisenberg', 'rn'],
    ['Rn heisenberg', 'rn'],
    ['nu-X', 'nu'],
    ['ν symposium', 'nu'],
    ['Gamma-contraction', 'gamma'],
    ['x^2+11y^2', 'form'],
    ['sl_n affine', 'sl'],
  ])('%j finds %j first', (query, id) => {
    expect(first(query)).toBe(id);
  });
});
