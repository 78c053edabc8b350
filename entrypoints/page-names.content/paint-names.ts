/**
 * Marks found names on the page. With the CSS Custom Highlight API the page's DOM is never
 * touched: ranges are painted by the `::highlight(talkscope-name)` rule of the content
 * script's stylesheet (highlight-painter.ts). Without it (older browsers), each name is wrapped
 * in a `<talkscope-name>` element, the one change to the page the fallback cannot avoid, and
 * undone by `clearAll` (wrap-painter.ts).
 */
import { highlightPainter, type HighlightRegistry } from './highlight-painter.ts';
import { HIGHLIGHT_NAME, type NamePainter } from './name-painter.ts';
import { wrapPainter } from './wrap-painter.ts';

/**
 * Whether the page has the rule that paints the marks: a script started in a page already
 * open (a site just allowed, or resumed) has no stylesheet yet, or has one from an earlier
 * run. Read without touching the page; where the browser cannot say, `false`.
 */
export function hasNameStyle(win: Window): boolean {
  try {
    const root = win.document.documentElement;
    return win.getComputedStyle(root, `::highlight(${HIGHLIGHT_NAME})`).backgroundColor === NAME_BACKGROUND;
  } catch {
    return false;
  }
}

/** The marks' background, as page-names.css sets it and the browser reports it. */
export const NAME_BACKGROUND = 'rgba(255, 200, 0, 0.28)';

/** The painter the page supports: the highlight API where there is one. */
export function createNamePainter(doc: Document, win: Window): NamePainter {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new () => Set<AbstractRange> }).Highlight;
  return css?.highlights && Highlight ? highlightPainter(doc, win, css.highlights, new Highlight()) : wrapPainter(doc);
}
