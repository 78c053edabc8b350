import {
  ACCENTS,
  ALPHABETS,
  FONT_SWITCHES,
  OPERATOR_NAMES,
  PLAIN_FONTS,
  SUBSCRIPTS,
  SUPERSCRIPTS,
  TEX_SYMBOLS,
  TEXT_FONTS,
} from './tex-symbols.ts';
import { texAccentsToText } from './tex-accents.ts';

/**
 * Inline TeX math in a text (a title, an abstract) made readable: each `$…$` becomes
 * Unicode text with its dollars gone. Greek letters and operators become their
 * symbols (`\nu` → ν, `\leq` → ≤), `\mathbb{R}` → ℝ, `\mathfrak{g}` → 𝔤,
 * `\mathcal{O}` → 𝒪, `\mathrm`, `\text`, `\operatorname` and the like → their
 * text, and a super- or subscript → Unicode super- or subscript characters when
 * every character has one (`x^2` → x², `_{n+1}` → ₙ₊₁), else `^(…)` / `_(…)`
 * (`^{1/p}` → ^(1/p)), or `^x` / `_x` for one character.
 *
 * Contract: never mangles. A segment holding anything it does not know (an
 * unknown command, `\\` or `&` outside an environment, an unbalanced brace) is left exactly as written,
 * dollars included. Only a `$` that can open math (a non-space after it) paired
 * with the next `$` that can close it (a non-space before it, no digit after
 * it) makes a segment, as in Pandoc; so "$100 and $200", a lone `$` and `\$`
 * are left alone, as is a segment that reads as prose (words and no command) or
 * spans a blank line. Display math (`$$…$$`) and `\(…\)` are read the same way, whole or
 * not at all (`\[…\]` is not: markdown escapes brackets so); so are environments standing on
 * their own (`\begin{equation}…`, as MathJax reads them). An alignment's rows, a matrix's
 * and cases' are laid out on one line: `a &= b \\ &= c` → "a = b; = c", a pmatrix →
 * "(a b; c d)". Outside math, accents on letters become the letters they spell
 * (tex-accents.ts: `B\"ocherer` → Böcherer), and in text with no math delimiter at all, a
 * bare Greek letter its letter (`\epsilon` → ϵ). Text without a dollar or a backslash comes
 * back unchanged.
 *
 * @example texToText('$L^p$-Asymptotics of $\\mathbb{R}^n$') === 'Lᵖ-Asymptotics of ℝⁿ'
 * @example texToText('Prizes of $100 and $200') === 'Prizes of $100 and $200'
 */
export function texToText(text: string): string {
  if (!text.includes('\\(')) return text.includes('$') ? dollarsToText(text) : proseToText(text);
  // LaTeX's own inline delimiters, `\(k\)-tori`: read like `$…$`, whole or left as written.
  let out = '';
  let i = 0;
  for (let open = text.indexOf('\\(', i); open >= 0; open = text.indexOf('\\(', i)) {
    const close = text.indexOf('\\)', open + 2);
    if (close < 0) break;
    const inner = text.slice(open + 2, close);
    const math = inner.includes('\\(') || isProse(inner) ? undefined : readMath(inner);
    out += dollarsToText(text.slice(i, open)) + (math ?? text.slice(open, close + 2));
    i = close + 2;
  }
  return out + dollarsToText(text.slice(i));
}

function dollarsToText(text: string): string {
  if (!text.includes('$')) return prose(text);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('$', i);
    if (open < 0) break;
    if (text[open + 1] === '$') {
      // Display math: read as text when all of it is known, else left as written, up to its
      // closing `$$`; a `$$` with no end is two dollars.
      const close = text.indexOf('$$', open + 2);
      const inner = close < 0 ? '' : text.slice(open + 2, close);
      const formula = close >= 0 && !inner.includes('\n\n');
      const math = formula ? readMath(inner) : undefined;
      out += prose(text.slice(i, open)) + (math ?? (formula ? text.slice(open, close + 2) : '$$'));
      i = formula ? close + 2 : open + 2;
      continue;
    }
    if (text[open - 1] === '\\') {
      // `\$` is a dollar.
      out += prose(text.slice(i, open + 1));
      i = open + 1;
      continue;
    }
    const close = nextDollar(text, open + 1);
    const inner = close < 0 ? '' : text.slice(open + 1, close);
    const isMath = close >= 0 && opensMath(text, open) && closesMath(text, close) && !isProse(inner);
    const math = isMath ? readMath(inner) : undefined;
    if (isMath && math === undefined) {
      // Math we do not know: left as written, accents and all.
      out += prose(text.slice(i, open)) + text.slice(open, close + 1);
      i = close + 1;
      continue;
    }
    if (math === undefined) {
      // Not math: this `$` is text; the next one may still open math.
      out += prose(text.slice(i, open + 1));
      i = open + 1;
      continue;
    }
    out += prose(text.slice(i, open)) + math;
    i = close + 1;
  }
  return out + prose(text.slice(i));
}

/**
 * Text with no math delimiter in it: accents on letters, a Greek letter written as a bare
 * command ("the Huber's \epsilon contamination model") as its letter, and a command going on
 * into its arguments or scripts (math without its dollars: "the minimax \ell_2 error",
 * "\tilde{G}", "\mathbb{R}^n") read as math when all of it is known. Other bare commands
 * (`\in`, `\cite{…}`) are left as written, and so is text with a dollar, which may hold half
 * a formula.
 */
function proseToText(text: string): string {
  const accented = prose(text);
  if (!accented.includes('\\')) return accented;
  return accented.replace(BARE_COMMAND, (whole, name: string, rest: string) =>
    rest ? (readMath(whole) ?? whole) : (LETTERS.get(name) ?? whole),
  );
}

/**
 * Text outside math: environments standing on their own (`\begin{equation}…\end{equation}`,
 * as MathJax reads them without dollars) read as math, whole or left as written; accents on
 * letters as the letters they spell.
 */
function prose(text: string): string {
  const read = text.includes('\\begin{')
    ? text.replace(BARE_ENVIRONMENT, (block, name: string) =>
        ENVIRONMENTS.has(name) ? (readMath(block)?.trim() ?? block) : block,
      )
    : text;
  return texAccentsToText(read);
}

/**
 * Longer than any formula in a title or an abstract: read in nested calls, thousands of
 * `\frac{` would exhaust the stack. Left as written.
 */
const MAX_FORMULA = 2000;

// No longer than a formula read: an environment never closed costs each `\begin` a bounded
// look ahead, not the rest of a long text.
const BARE_ENVIRONMENT = new RegExp(String.raw`\\begin\{([a-zA-Z]+\*?)\}[^]{0,${MAX_FORMULA}}?\\end\{\1\}`, 'g');

const LETTERS = new Map(Object.entries(TEX_SYMBOLS).filter(([, symbol]) => /^[\u0370-\u03ff]$/u.test(symbol)));
/** A command in prose, and what follows it without a space: braced arguments, scripts. */
const BARE_COMMAND = /(?<![\\\p{L}{])\\([a-zA-Z]+)((?:\{[^{}$\\]*\}|[_^](?:\{[^{}$]*\}|[\p{L}\p{N}]))*)/gu;

const DOUBLED = /\\{2,}(?=[A-Za-z])/g;

/**
 * A formula read as text, or undefined when any of it is unknown. Backslashes doubled by a
 * round of escaping ("\\\\mathbf C^2") are tried as one when it does not read as written.
 */
function readMath(tex: string): string | undefined {
  if (tex.length > MAX_FORMULA) return undefined;
  const undoubled = tex.replace(DOUBLED, '\\');
  return convertMath(tex) ?? (undoubled !== tex ? convertMath(undoubled) : undefined);
}

/** The next `$` that is not `\$`, or -1. */
function nextDollar(text: string, from: number): number {
  for (let at = text.indexOf('$', from); at >= 0; at = text.indexOf('$', at + 1)) if (text[at - 1] !== '\\') return at;
  return -1;
}

/**
 * Text between two dollars that is not math: it spans a paragraph break, or it is words
 * without a single command ("Pay $5 now and the rest later$"). Long texts (abstracts) have
 * prices and stray dollars that a title does not.
 */
function isProse(inner: string): boolean {
  return inner.includes('\n\n') || (!inner.includes('\\') && /[a-z]{3,}\s+[a-z]{3,}/i.test(inner));
}

function opensMath(text: string, at: number): boolean {
  return at + 1 < text.length && !/\s/.test(text[at + 1]!);
}

function closesMath(text: string, at: number): boolean {
  return !/\s/.test(text[at - 1]!) && !/\d/.test(text[at + 1] ?? '');
}

/** The readable text of one segment's math, or undefined when any of it is unknown. */
export function convertMath(tex: string): string | undefined {
  const reader = new TexReader(tex);
  const s = reader.sequence(false, false);
  if (s === undefined || reader.at < tex.length) return undefined;
  return s.replace(/\s+/g, ' ').trim() || undefined;
}

class TexReader {
  at = 0;
  constructor(readonly tex: string) {}

  /** How many environments are being read: `&` and `\\` mean something only inside one. */
  environments = 0;

  /** Text up to the end or, `inGroup`, up to its closing brace (consumed). `text`: text mode, not math. */
  sequence(inGroup: boolean, text: boolean): string | undefined {
    let out = '';
    while (this.at < this.tex.length) {
      const c = this.tex[this.at]!;
      if (c === '}') {
        if (!inGroup) return undefined;
        this.at++;
        return out;
      }
      const next = this.next(text);
      if (next === undefined) return undefined;
      out += next;
    }
    return inGroup ? undefined : out;
  }

  /** A super- or subscript, or else one piece (see `piece`). */
  next(text: boolean): string | undefined {
    const c = this.tex[this.at]!;
    if (c === '$') return undefined;
    if (!text && (c === '^' || c === '_')) {
      this.at++;
      const arg = this.argument();
      return arg === undefined ? undefined : script(arg, c === '^' ? SUPERSCRIPTS : SUBSCRIPTS, c);
    }
    return this.piece(text);
  }

  /**
   * The body of `\begin{name}` (read already) up to its `\end{name}` (consumed), laid out on
   * one line: rows apart with "; ", a matrix's cells with spaces, in its brackets.
   */
  environment(name: string): string | undefined {
    const end = `\\end{${name}}`;
    this.environments++;
    let out = '';
    while (this.at < this.tex.length && !this.tex.startsWith(end, this.at)) {
      if (this.tex[this.at] === '}') return undefined;
      const next = this.next(false);
      if (next === undefined) return undefined;
      out += next;
    }
    if (this.at >= this.tex.length) return undefined;
    this.at += end.length;
    this.environments--;
    return layOut(name, out);
  }

  /** One character, group or command at the reader, converted. */
  piece(text: boolean): string | undefined {
    const c = this.tex[this.at]!;
    if (c === '{') {
      this.at++;
      return this.sequence(true, text);
    }
    if (c === '\\') return this.command(text);
    this.at++;
    if (c === '~') return ' ';
    if (c === "'" && !text) return '′';
    if (c === '&' && this.environments > 0) return CELL;
    if (c === '&' || c === '#' || c === '%') return undefined;
    return c;
  }

  /** The argument of `^`, `_` or a command: a group, a command or one character; spaces before it skipped. */
  argument(text = false): string | undefined {
    while (this.tex[this.at] === ' ') this.at++;
    if (this.at >= this.tex.length || this.tex[this.at] === '}') return undefined;
    const c = this.tex[this.at]!;
    if (c === '^' || c === '_' || c === '&' || c === '#' || c === '%') return undefined;
    if (c !== '{' && c !== '\\') {
      // One character: a whole code point, so an astral letter is not split.
      const cp = String.fromCodePoint(this.tex.codePointAt(this.at)!);
      this.at += cp.length;
      return cp;
    }
    return this.piece(text);
  }

  command(text: boolean): string | undefined {
    const rest = this.tex.slice(this.at + 1);
    const name = /^[a-zA-Z]+/.exec(rest)?.[0] ?? rest[0];
    if (name === undefined) return undefined;
    this.at += 1 + name.length;
    const word = /^[a-zA-Z]/.test(name);
    if (word && text) return undefined;
    if (name === '\\') return this.environments > 0 ? ROW : undefined;
    if (name === 'begin') {
      const env = this.argument(true);
      if (env === undefined || !ENVIRONMENTS.has(env)) return undefined;
      // An array's column layout (`{cc}`) says nothing a reader needs.
      if (env === 'array' && this.argument(true) === undefined) return undefined;
      return this.environment(env);
    }
    // Equation numbers and their labels.
    if (name === 'label' || name === 'tag') return this.argument(true) === undefined ? undefined : '';
    if (name === 'nonumber' || name === 'notag') return '';
    if (Object.hasOwn(TEX_SYMBOLS, name)) {
      if (name === 'left' || name === 'right') {
        // `\left.` draws no delimiter.
        if (this.tex[this.at] === '.') this.at++;
      }
      return TEX_SYMBOLS[name];
    }
    if (OPERATOR_NAMES.has(name)) {
      // A word of its own: apart from a letter, a digit or a group on either side (`x\log x`,
      // `\sin\theta`, `\max{d(u,v)}`).
      const before = /[\p{L}\p{N})}]/u.test(this.tex[this.at - name.length - 2] ?? '') ? ' ' : '';
      const after = /^[\p{L}\p{N}\\{]/u.test(this.tex[this.at] ?? '') ? ' ' : '';
      return before + name + after;
    }
    if (FONT_SWITCHES.has(name) && this.nextNonSpace() !== '{') {
      while (this.tex[this.at] === ' ') this.at++;
      return '';
    }
    const letters = ALPHABETS[name];
    if (letters) {
      const arg = this.argument();
      if (arg === undefined) return undefined;
      let out = '';
      for (const ch of arg) {
        if (ch === ' ') continue;
        const mapped = letters.get(ch);
        if (mapped === undefined) return undefined;
        out += mapped;
      }
      return out;
    }
    if (PLAIN_FONTS.has(name)) return this.argument();
    if (TEXT_FONTS.has(name)) {
      while (this.tex[this.at] === ' ') this.at++;
      return this.tex[this.at] === '{' ? this.argument(true) : undefined;
    }
    if (Object.hasOwn(ACCENTS, name)) {
      const arg = this.argument();
      return arg !== undefined && [...arg].length === 1 ? arg + ACCENTS[name] : undefined;
    }
    if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
      const a = this.argument();
      const b = a === undefined ? undefined : this.argument();
      return a === undefined || b === undefined ? undefined : `${wrap(a)}/${wrap(b)}`;
    }
    if (name === 'sqrt') {
      if (this.nextNonSpace() === '[') return undefined;
      const a = this.argument();
      return a === undefined ? undefined : `√${wrap(a)}`;
    }
    return undefined;
  }

  nextNonSpace(): string | undefined {
    let k = this.at;
    while (this.tex[k] === ' ') k++;
    return this.tex[k];
  }
}

/** A script's text: raised or lowered characters when all have a form, else `^(…)`, or `^x` for one character. */
function script(arg: string, forms: ReadonlyMap<string, string>, mark: string): string {
  const chars = [...arg.replace(/\s+/g, '')];
  if (chars.length === 0) return '';
  if (chars.every((ch) => forms.has(ch))) return chars.map((ch) => forms.get(ch)).join('');
  return chars.length === 1 ? mark + chars[0] : `${mark}(${chars.join('')})`;
}

/** `a` → a, `n+1` → (n+1): what a fraction or a root needs to read unambiguously. */
function wrap(s: string): string {
  const t = s.trim();
  return [...t].length <= 1 || /^[\p{L}\p{N}]+$/u.test(t) ? t : `(${t})`;
}

/** Inside an environment: between two cells of a row (`&`), and between two rows (`\\\\`). */
const CELL = '\u0001';
const ROW = '\u0002';

const MATRIX_BRACKETS: Readonly<Record<string, readonly [string, string]>> = {
  matrix: ['', ''],
  smallmatrix: ['', ''],
  array: ['', ''],
  pmatrix: ['(', ')'],
  bmatrix: ['[', ']'],
  Bmatrix: ['{', '}'],
  vmatrix: ['|', '|'],
  Vmatrix: ['‖', '‖'],
};
const ALIGNMENTS = ['equation', 'align', 'aligned', 'gather', 'gathered', 'multline', 'split', 'eqnarray', 'displaymath'];
/** The environments read: alignments (and their starred forms), matrices and cases. */
const ENVIRONMENTS: ReadonlySet<string> = new Set([
  ...ALIGNMENTS,
  ...ALIGNMENTS.map((e) => `${e}*`),
  ...Object.keys(MATRIX_BRACKETS),
  'cases',
]);

/**
 * An environment's body on one line: `a &= b \\\\ &= c` → "a = b; = c"; a matrix's rows in its
 * brackets, cells apart (`(a b; c d)`); cases in braces, each value before its condition
 * (`{ 1, x > 0; 0, otherwise }`).
 */
function layOut(name: string, body: string): string {
  const rows = body
    .split(ROW)
    .map((row) => row.split(CELL).map((cell) => cell.replace(/\s+/g, ' ').trim()))
    .filter((cells) => cells.some(Boolean))
    // A row's own comma or semicolon before the next row's "; ".
    .map((cells, i, all) => (i < all.length - 1 ? [...cells.slice(0, -1), cells.at(-1)!.replace(/\s*[,;]$/, '')] : cells));
  const brackets = MATRIX_BRACKETS[name];
  if (brackets) return `${brackets[0]}${rows.map((cells) => cells.join(' ')).join('; ')}${brackets[1]}`;
  if (name === 'cases') {
    const row = (cells: string[]) =>
      cells
        .filter(Boolean)
        .map((cell) => cell.replace(/\s*,$/, ''))
        .join(', ');
    return `{ ${rows.map(row).join('; ')} }`;
  }
  // An alignment: its `&` marks where lines line up, nothing to read.
  return rows.map((cells) => cells.join(' ')).join('; ');
}
