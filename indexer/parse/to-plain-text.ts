import { decodeEntities } from './decode-entities.ts';
import { normalizeLine, normalizeText, repairAll } from './normalize-text.ts';

/** How `toPlainText` reads its input. */
export interface PlainTextOptions {
  /**
   * `markup` (default): markdown with inline HTML, Liquid and Hugo shortcodes; soft-wrapped
   * lines of a paragraph are joined. `plain`: a .txt file; when it has no blank
   * lines at all, every line is its own paragraph (news-article style).
   */
  mode?: 'markup' | 'plain';
  /** Values for Liquid `{{ page.key }}` (the file's own front matter); other tags are dropped. */
  vars?: Readonly<Record<string, unknown>>;
}

/**
 * Markdown, HTML (entities included), Liquid `{% %}`/`{{ }}`, Hugo shortcodes and
 * kramdown `{:.class}` attributes to clean plain text: paragraphs separated by one
 * blank line, list items as `• item` lines (`1. item` in a numbered list), table rows as `a | b` lines, images,
 * scripts, comments and embedded base64 dropped, link text kept (not the URL),
 * LaTeX left as written. Linear time (no nested quantifiers), so a 500 KB post is fine.
 *
 * Contract: the result is `normalizeText`-clean, and running it again on its own
 * output changes nothing for ordinary prose.
 *
 * @example toPlainText('**Bio**\n\nTom is <em>an</em> [ML](https://x.org) person.') === 'Bio\n\nTom is an ML person.'
 */
export function toPlainText(markup: string, options: PlainTextOptions = {}): string {
  // Mojibake first: later steps turn its no-break spaces into plain ones.
  let s = repairAll(markup.replace(/\r\n?/g, '\n'));
  s = stripEmbedded(s, options.vars);
  s = stripHtml(s);
  s = decodeEntities(s);
  s = options.mode === 'plain' ? plainParagraphs(s) : markdownParagraphs(s);
  return normalizeText(s);
}

/** One line of text (a title, a name, a room) cleaned of markup: `toPlainText` on one line. */
export function toPlainLine(markup: string, vars?: Readonly<Record<string, unknown>>): string {
  // Most values (names, rooms, dates) carry no markup at all.
  if (PLAIN_LINE.test(markup) && !MARKUP_CHARS.test(markup)) return markup.replace(/\s+/g, ' ').trim();
  if (!vars) {
    // Rooms, affiliations and times repeat across thousands of records.
    let line = LINES.get(markup);
    if (line === undefined) {
      line = normalizeLine(asBullets(toPlainText(markup)).replace(/^• /gm, ''));
      if (LINES.size < 20_000 && markup.length < 300) LINES.set(markup, line);
    }
    return line;
  }
  return normalizeLine(asBullets(toPlainText(markup, { vars })).replace(/^• /gm, ''));
}

const PLAIN_LINE = /^[\x20-\x7e]*$/;
const LINES = new Map<string, string>();
const MARKUP_CHARS = /[<>&*_`[\]{}#|\\~]|^\s*(?:[-+>]|\d+[.)])\s/;

function stripEmbedded(text: string, vars?: Readonly<Record<string, unknown>>): string {
  let s = text;
  if (s.includes('base64,')) s = s.replace(/data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/=]+/g, '');
  if (s.includes('<!--')) s = s.replace(/<!--[\s\S]*?-->/g, '');
  if (s.includes('<')) s = dropElements(s);
  if (s.includes('{{')) s = s.replace(/\{\{(?:[<%])[^}]*\}\}/g, '');
  if (s.includes('{%')) {
    s = s.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '');
    s = s.replace(/\{%-?[^%]*(?:%(?!\})[^%]*)*-?%\}/g, '');
  }
  if (s.includes('{{')) {
    s = s.replace(/\{\{-?\s*(?:page|include)\.([\w-]+)[^}]*\}\}/g, (_, key: string) => liquidValue(vars?.[key]));
    s = s.replace(/\{\{[^}]*\}\}/g, '');
  }
  if (s.includes('{:')) s = s.replace(/\{:[^}\n]*\}/g, '');
  // Pandoc and Quarto divs ("::: {.callout-note}" … ":::"), VitePress containers ("::: tip"):
  // the fences go, what they hold stays.
  if (s.includes(':::')) s = s.replace(/^[ \t]*:{3,}[ \t]*(?:\{[^}\n]*\}|[\w-]+(?=[ \t]*$))?[ \t]*$/gm, '');
  // WordPress maths, `[latex]x^2[/latex]`: keep it as TeX, not as a link label.
  if (s.includes('[latex]')) s = s.replace(/\[latex\]([\s\S]*?)\[\/latex\]/g, '$$$1$$');
  return s;
}

/** Script, style, media and maths elements: no text of theirs is read. */
const DROPPED_TAGS = ['script', 'style', 'svg', 'iframe', 'noscript', 'object', 'video', 'audio', 'math'];

/**
 * `text` without the elements named `tags`, each from its start tag to its end tag. One pass:
 * an element with no end tag is where dropping stops, not a scan to the end of the text
 * from every such start tag.
 */
export function dropElements(text: string, tags: readonly string[] = DROPPED_TAGS): string {
  const lower = text.toLowerCase();
  const open = new RegExp(`<(${tags.join('|')})\\b[^<>]*>`, 'gi');
  let out = '';
  let from = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const close = lower.indexOf(`</${m[1]!.toLowerCase()}`, open.lastIndex);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    if (end < 0) break;
    out += text.slice(from, m.index);
    from = open.lastIndex = end + 1;
  }
  return out + text.slice(from);
}

function liquidValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

const BLOCK_TAGS =
  'p|div|h[1-6]|ul|ol|dl|table|thead|tbody|blockquote|section|article|header|footer|pre|center|figure|figcaption|form|hr|main|nav|aside';

function stripHtml(text: string): string {
  if (!text.includes('<')) return text;
  let s = text;
  // A <br> ends a line; with the newline written after it, still just one line ("[Visit <br>\nhttps://…](…)").
  s = s.replace(/<br\s*\/?>[ \t]*\n?/gi, '\n');
  // `[^<>]*`, not `[^>]*`: a tag never holds a `<`, and a text of thousands of unclosed
  // `<div` would otherwise be scanned to its end from each (3.3 s for 150 kB).
  s = s.replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^<>]*>`, 'gi'), '\n\n');
  s = s.replace(/<li\b[^<>]*>/gi, '\n• ').replace(/<\/li\s*>/gi, '');
  s = s.replace(/<(?:dt|dd|tr)\b[^<>]*>/gi, '\n').replace(/<\/(?:dt|dd|tr)\s*>/gi, '\n');
  s = s.replace(/<\/t[dh]\s*>\s*<t[dh]\b[^<>]*>/gi, ' | ');
  // Any other tag: an element name right after "<" ("a < b" in maths stays).
  s = s.replace(/<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>/g, '');
  return s;
}

const LIST_ITEM = /^\s*([-*+•]|\d{1,3}[.)])\s+(.*)$/;

/**
 * `toPlainText`'s output with its numbered list items as bullet items (`1. one` → `• one`),
 * for readers that want any list item alike: a one-line value drops the marker, and a
 * summary's first sentence does not end at an item's "1.".
 * @example asBullets('Steps:\n1. one\n2. two') === 'Steps:\n• one\n• two'
 */
export function asBullets(text: string): string {
  return text.replace(/^\d{1,3}[.)] /gm, '• ');
}
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HEADING = /^\s{0,3}(?:#{1,6}\s+|#{2,6}(?=\p{L}))(.*?)(?:\s+#+)?\s*$/u;
/** A line that is only bold text ("**Abstract**", "__Bio:__"): a heading of its own. */
const BOLD_LINE = /^\s*(?:\*\*|__)([^*_\n]{1,80}?)(?:\*\*|__)\s*:?\s*$/;
const RULE = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)\s*$/;

/** Markdown lines to paragraphs: hard lines (lists, table rows, headings) kept, soft-wrapped lines joined. */
function markdownParagraphs(text: string): string {
  const out: string[] = [];
  let para: string[] = [];
  let soft = '';
  // Soft-wrapped lines are joined before inline markup is read: links and bold
  // text often wrap across lines ("[Pia\nCaldera](mailto:...)").
  const flushSoft = () => {
    const text = soft ? inline(soft) : '';
    if (text) para.push(text);
    soft = '';
  };
  const flush = () => {
    flushSoft();
    if (para.length) out.push(para.join('\n'));
    para = [];
  };
  for (const raw of text.split('\n')) {
    // Most lines are prose starting with a letter: they skip the structural tests.
    const lead = /\S/.exec(raw)?.[0];
    if (lead === undefined) {
      flush();
      continue;
    }
    if (/[\p{L}("'“‘$\\]/u.test(lead) && !raw.includes('|') && !raw.includes('**') && !raw.includes('__')) {
      const line = raw.trim();
      soft = soft ? `${soft} ${line}` : line;
      continue;
    }
    if (/^\s*(?:```|~~~)/.test(raw)) continue;
    if (TABLE_RULE.test(raw) && para.length) continue;
    if (RULE.test(raw) || TABLE_RULE.test(raw) || /^\s{0,3}\[[^\]\n]+\]:\s*\S+/.test(raw)) {
      flush();
      continue;
    }
    let line = raw.replace(/^\s*(?:>\s?)+/, '');
    const heading = HEADING.exec(line) ?? BOLD_LINE.exec(line);
    if (heading) {
      flush();
      const h = heading[1]?.includes('|') ? tableRow(heading[1]) : inline(heading[1] ?? '');
      if (h) out.push(h);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushSoft();
      const text = inline(item[2] ?? '');
      // A numbered list keeps its numbers: steps are read in order.
      if (text) para.push(`${/\d/.test(item[1]!) ? item[1] : '•'} ${text}`);
      continue;
    }
    if (line.includes('|') && /\S\s*\|\s*\S/.test(line)) {
      flushSoft();
      const row = tableRow(line);
      if (row) para.push(row);
      continue;
    }
    line = line.trim();
    if (!line) continue;
    soft = soft ? `${soft} ${line}` : line;
  }
  flush();
  // A loose list (blank lines between items) is still one list.
  return out.join('\n\n').replace(/^((?:•|\d{1,3}[.)]) [^\n]*)\n\n(?=(?:•|\d{1,3}[.)]) )/gm, '$1\n');
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => inline(c))
    .filter(Boolean)
    .join(' | ');
}

function plainParagraphs(text: string): string {
  const lines = text.split('\n');
  if (!/\n[ \t]*\n/.test(text.trim()))
    return lines
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n\n');
  return text
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Inline markdown: images dropped, links to their text, emphasis and code marks removed. */
function inline(text: string): string {
  let s = text;
  if (s.includes('[')) {
    s = s.replace(/!\[[^\]\n]*\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])?/g, '');
    s = s.replace(/\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1');
    s = s.replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1');
  }
  if (s.includes('<')) s = s.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1').replace(/<([^<>\s@]+@[^<>\s]+\.[a-z]{2,})>/gi, '$1');
  if (s.includes('*')) {
    // Emphasis left empty by a removed Liquid tag ("**{{ x }}**"), or a row of stars.
    s = s.replace(/(?<!\S)\*{2,}\s*\*{2,}(?!\S)|(?<!\S)\*{3,}(?!\S)/g, '');
    s = s.replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1');
    s = s.replace(/(^|[^\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g, '$1$2');
    // Unmatched bold marks of malformed markdown never mean anything in plain text.
    s = s.replace(/\*{2,}/g, '');
  }
  if (s.includes('_')) {
    s = s.replace(/(^|[^\w\\])__(?=\S)([^_\n]*?\S)__(?!\w)/g, '$1$2');
    s = s.replace(/(^|[^\w_\\$])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![\w_])/g, '$1$2');
  }
  if (s.includes('`')) s = s.replace(/`+([^`\n]+?)`+/g, '$1');
  if (s.includes('~~')) s = s.replace(/~~(?=\S)([^~\n]*?\S)~~/g, '$1');
  if (s.includes('\\')) s = s.replace(/\\([`*_{}[\]()#+\-.!|>~])/g, '$1');
  return s.replace(/[ \t\u00a0]+/g, ' ').trim();
}
