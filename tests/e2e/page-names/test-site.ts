/**
 * The local site the names-on-pages browser tests visit, in Chromium and in Firefox: the test
 * pages of pages/ on 127.0.0.1 (with `/ingrid/` as a speaker's homepage), the fixture archive
 * whose homepages point at that origin, and what the tests read of the marks on a page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { makeArchive } from '../../support/make-archive.ts';

const HERE = import.meta.dirname;

/** Serves pages/ on 127.0.0.1, and `/ingrid/` as the homepage of a speaker of the fixture archive. */
export function serveTestPages(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0]!;
    const file = path === '/ingrid/' ? 'homepage.html' : path.slice(1);
    try {
      if (!/^[\w-]+\.html$/.test(file)) throw new Error('not a test page');
      const body = readFileSync(join(HERE, 'pages', file));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

/** The fixture archive (fixtures/archive) with `{{ORIGIN}}` replaced by `origin`, in a temporary root. */
export async function writeFixtureArchive(origin: string): Promise<string> {
  const files: Record<string, string> = {};
  const dir = join(HERE, 'fixtures/archive');
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p, 'utf8').replaceAll('{{ORIGIN}}', origin);
    }
  };
  walk(dir);
  return makeArchive(files, 'field-seminar');
}

/*
 * Run inside a test page (passed to `page.evaluate` by Playwright and by puppeteer alike), so
 * they declare no functions of their own: what is marked, read as a person reads it.
 */

/** The text of every name marked on the page, in the highlight registry or wrapped in elements. */
export function markedNamesInPage(): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const wrapped = [...document.querySelectorAll('talkscope-name')].map((e) => e.textContent ?? '');
  return [...(registry?.get('talkscope-name') ?? [])]
    .map((r) => {
      // A name split across elements ends in another node than it starts in.
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    })
    .concat(wrapped)
    .sort();
}

/**
 * The background each highlighted name is painted with, as the element holding it computes
 * its `::highlight(talkscope-name)`: the page's own elements, not only the root, must get the
 * names' style (in Chromium by highlight inheritance from the root's rule, in Firefox by a
 * rule on every element; see page-names.css). One value per name, in the order of
 * `markedNamesInPage`'s names before sorting.
 */
export function markBackgroundsInPage(): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  return [...(registry?.get('talkscope-name') ?? [])].map((r) => {
    const el = r.startContainer.parentElement ?? document.documentElement;
    return getComputedStyle(el, '::highlight(talkscope-name)').backgroundColor;
  });
}

/** Viewport centre of the first highlighted name reading `text`. */
export function markCentreInPage(text: string): { x: number; y: number } | undefined {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  for (const s of registry?.get('talkscope-name') ?? []) {
    const range = document.createRange();
    range.setStart(s.startContainer, s.startOffset);
    range.setEnd(s.endContainer, s.endOffset);
    if (range.toString() !== text) continue;
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return undefined;
}
