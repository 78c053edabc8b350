/**
 * A whole web page saved as an archive file (`<!DOCTYPE html>…`, no front matter): what a
 * reader of the page sees as the talk, not its head, menus and footer. Pure.
 */
import { decodeEntities } from './decode-entities.ts';
import { dropElements, toPlainLine, toPlainText } from './to-plain-text.ts';

/** What a page wraps its content in, and what it runs: none of it is the talk. */
const PAGE_FRAME = ['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'form'];

/**
 * The page's text, its headline first as a `Title:` line (the `<h1>`, else the `<title>`
 * without the site's name after " | "), then the text of its `<main>` or `<article>` (else its
 * `<body>`) without navigation, header, footer, asides, scripts and styles; labelled lines
 * ("Speaker: …", "Date: …") are kept as lines for parse-plain-document.ts to read.
 * Undefined for anything that is not a whole page (a fragment of HTML is a body as any other).
 *
 * @example htmlDocumentText('<!DOCTYPE html><title>Talks | Lab</title><h1>Orbits</h1><p>Speaker: Ana Lima</p>')
 *   // 'Title: Orbits\n\nSpeaker: Ana Lima'
 */
export function htmlDocumentText(html: string): string | undefined {
  if (!/^\s*(?:<!doctype\s+html|<html[\s>])/i.test(html)) return undefined;
  const inner = (tag: string, from: string) => new RegExp(`<${tag}\\b[^<>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(from)?.[1];
  const body = inner('main', html) ?? inner('article', html) ?? inner('body', html) ?? html;
  const h1 = inner('h1', body);
  const pageTitle = inner('title', html);
  const title = h1 !== undefined ? toPlainLine(h1) : pageTitle ? siteless(decodeEntities(toPlainLine(pageTitle))) : '';
  const content = dropElements(body, PAGE_FRAME).replace(/<h1\b[^<>]*>[\s\S]*?<\/h1\s*>/i, '');
  const text = toPlainText(content);
  return title ? `Title: ${title}\n\n${text}` : text;
}

/** "Optimal transport | Math Dept" → "Optimal transport": the page's name without the site's. */
function siteless(title: string): string {
  const parts = title.split(/\s+[|–—·]\s+|\s+-\s+/);
  return parts.length > 1 ? parts.slice(0, -1).join(' - ') : title;
}
