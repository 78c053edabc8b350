/**
 * The TeX that `texToText` knows: symbol commands, letter alphabets and the
 * Unicode super- and subscript characters. What is not here is not converted.
 */

import { GREEK_LETTERS } from '../greek-letters.ts';

/** `\alpha` → α, `\leq` → ≤: commands that stand for one symbol. */
export const TEX_SYMBOLS: Readonly<Record<string, string>> = {
  // Greek, as TeX draws them: \epsilon is ϵ and \phi ϕ, their `var` forms ε and φ.
  ...GREEK_LETTERS,
  epsilon: 'ϵ',
  varepsilon: 'ε',
  vartheta: 'ϑ',
  varkappa: 'ϰ',
  varpi: 'ϖ',
  varrho: 'ϱ',
  varsigma: 'ς',
  phi: 'ϕ',
  varphi: 'φ',
  // Hebrew and other letters.
  aleph: 'ℵ',
  beth: 'ℶ',
  ell: 'ℓ',
  hbar: 'ℏ',
  wp: '℘',
  Re: 'ℜ',
  Im: 'ℑ',
  imath: 'ı',
  jmath: 'ȷ',
  // Relations.
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  lt: '<',
  gt: '>',
  ne: '≠',
  neq: '≠',
  ll: '≪',
  gg: '≫',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  cong: '≅',
  equiv: '≡',
  propto: '∝',
  in: '∈',
  notin: '∉',
  ni: '∋',
  subset: '⊂',
  subseteq: '⊆',
  supset: '⊃',
  supseteq: '⊇',
  perp: '⊥',
  parallel: '∥',
  mid: '|',
  models: '⊨',
  vdash: '⊢',
  prec: '≺',
  succ: '≻',
  preceq: '⪯',
  succeq: '⪰',
  // Operators.
  times: '×',
  cdot: '·',
  circ: '∘',
  pm: '±',
  mp: '∓',
  div: '÷',
  ast: '∗',
  star: '⋆',
  otimes: '⊗',
  oplus: '⊕',
  cup: '∪',
  cap: '∩',
  setminus: '∖',
  wedge: '∧',
  land: '∧',
  vee: '∨',
  lor: '∨',
  neg: '¬',
  lnot: '¬',
  sum: '∑',
  prod: '∏',
  coprod: '∐',
  int: '∫',
  oint: '∮',
  bigcup: '⋃',
  bigcap: '⋂',
  bigoplus: '⨁',
  bigotimes: '⨂',
  partial: '∂',
  nabla: '∇',
  infty: '∞',
  emptyset: '∅',
  varnothing: '∅',
  forall: '∀',
  exists: '∃',
  top: '⊤',
  bot: '⊥',
  dagger: '†',
  prime: '′',
  // More relations and operators, as the archives' abstracts use them.
  subsetneq: '⊊',
  varsubsetneq: '⊊',
  supsetneq: '⊋',
  leqslant: '⩽',
  geqslant: '⩾',
  lesssim: '≲',
  gtrsim: '≳',
  asymp: '≍',
  nmid: '∤',
  vDash: '⊨',
  Vdash: '⊩',
  dashv: '⊣',
  rtimes: '⋊',
  ltimes: '⋉',
  wr: '≀',
  ominus: '⊖',
  odot: '⊙',
  sqcup: '⊔',
  sqcap: '⊓',
  uplus: '⊎',
  bullet: '•',
  diamond: '⋄',
  square: '□',
  Box: '□',
  triangle: '△',
  diamondsuit: '♢',
  sharp: '♯',
  flat: '♭',
  angle: '∠',
  nexists: '∄',
  // Blackboard letters as papers define them: \R for \mathbb{R}.
  R: 'ℝ',
  N: 'ℕ',
  Z: 'ℤ',
  Q: 'ℚ',
  C: 'ℂ',
  // Arrows.
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  gets: '←',
  leftrightarrow: '↔',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  implies: '⇒',
  iff: '⇔',
  mapsto: '↦',
  hookrightarrow: '↪',
  longrightarrow: '⟶',
  uparrow: '↑',
  downarrow: '↓',
  upharpoonright: '↾',
  restriction: '↾',
  longmapsto: '⟼',
  Longrightarrow: '⟹',
  twoheadrightarrow: '↠',
  nearrow: '↗',
  searrow: '↘',
  // Delimiters and punctuation.
  langle: '⟨',
  rangle: '⟩',
  lbrace: '{',
  rbrace: '}',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  vert: '|',
  Vert: '‖',
  backslash: '\\',
  colon: ':',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  // Spacing: a space, or nothing.
  quad: ' ',
  qquad: ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  ' ': ' ',
  '!': '',
  // Escaped characters.
  '{': '{',
  '}': '}',
  '|': '‖',
  '%': '%',
  '&': '&',
  '#': '#',
  _: '_',
  $: '$',
  // Sizes that only make the next delimiter bigger.
  left: '',
  right: '',
  big: '',
  Big: '',
  bigg: '',
  Bigg: '',
  bigl: '',
  bigr: '',
  Bigl: '',
  Bigr: '',
};

/** Operators written as words: `\log n` → log n. */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set(
  'log ln lg exp sin cos tan cot sec csc arcsin arccos arctan sinh cosh tanh coth max min sup inf lim liminf limsup det dim ker deg gcd lcm arg hom Pr'.split(
    ' ',
  ),
);

/** Commands whose argument is shown as it is: `\mathrm{GL}` → GL. */
export const PLAIN_FONTS: ReadonlySet<string> = new Set([
  'mathrm',
  'mathit',
  'mathbf',
  'mathsf',
  'mathtt',
  'boldsymbol',
  'bm',
  'operatorname',
  'rm',
  'bf',
  'it',
  'sf',
  'tt',
]);

/** Commands whose argument is text, not math: `\text{ is measurable}` keeps its spaces and quotes. */
export const TEXT_FONTS: ReadonlySet<string> = new Set([
  'text',
  'textrm',
  'textit',
  'textbf',
  'textsf',
  'texttt',
  'mbox',
  'emph',
]);

/** Old-style switches (`{\rm ZF}`): they change the font of what follows, which stays as it is. */
export const FONT_SWITCHES: ReadonlySet<string> = new Set(['rm', 'bf', 'it', 'sf', 'tt', 'cal', 'displaystyle', 'textstyle']);

/** Accents over one character, as combining marks: `\hat{x}` → x̂. */
export const ACCENTS: Readonly<Record<string, string>> = {
  hat: '\u0302',
  widehat: '\u0302',
  bar: '\u0304',
  overline: '\u0305',
  tilde: '\u0303',
  widetilde: '\u0303',
  dot: '\u0307',
  ddot: '\u0308',
  vec: '\u20d7',
  check: '\u030c',
  breve: '\u0306',
  acute: '\u0301',
  grave: '\u0300',
};

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** An alphabet from Unicode's Mathematical Alphanumeric Symbols, with the letters that live elsewhere. */
function alphabet(upperStart: number, lowerStart: number | undefined, holes: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  [...UPPER].forEach((c, i) => map.set(c, holes[c] ?? String.fromCodePoint(upperStart + i)));
  if (lowerStart !== undefined) [...LOWER].forEach((c, i) => map.set(c, holes[c] ?? String.fromCodePoint(lowerStart + i)));
  return map;
}

/** `\mathbb`, `\mathfrak`, `\mathcal`/`\mathscr`: letter → letter of that alphabet. */
export const ALPHABETS: Readonly<Record<string, ReadonlyMap<string, string>>> = (() => {
  const bb = alphabet(0x1d538, 0x1d552, { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' });
  for (let d = 0; d <= 9; d++) bb.set(String(d), String.fromCodePoint(0x1d7d8 + d));
  const frak = alphabet(0x1d504, 0x1d51e, { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' });
  const cal = alphabet(0x1d49c, 0x1d4b6, {
    B: 'ℬ',
    E: 'ℰ',
    F: 'ℱ',
    H: 'ℋ',
    I: 'ℐ',
    L: 'ℒ',
    M: 'ℳ',
    R: 'ℛ',
    e: 'ℯ',
    g: 'ℊ',
    o: 'ℴ',
  });
  return { mathbb: bb, Bbb: bb, mathfrak: frak, mathcal: cal, mathscr: cal, cal };
})();

/** Characters with a superscript form. `*` and `′` are already raised. */
export const SUPERSCRIPTS: ReadonlyMap<string, string> = pairs(
  '0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWβγδθφχ*′',
  '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵝᵞᵟᶿᵠᵡ*′',
);

/** Characters with a subscript form. */
export const SUBSCRIPTS: ReadonlyMap<string, string> = pairs(
  '0123456789+-=()aehijklmnoprstuvxβγρφχ',
  '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ',
);

function pairs(from: string, to: string): Map<string, string> {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error(`tex-symbols: ${a.length} characters mapped to ${b.length}`);
  return new Map(a.map((c, i) => [c, b[i]!]));
}
