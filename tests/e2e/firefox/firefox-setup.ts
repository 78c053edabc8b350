/**
 * What the Firefox end-to-end test needs: the Firefox (MV2) build of the extension with the seed
 * archive and the page-names fixture archive, the page-names test pages on a local server, and
 * Debian's Firefox ESR driven headless by puppeteer-core over WebDriver BiDi, with the build
 * installed as a person installs an unpacked add-on (a temporary add-on, from its folder).
 *
 * Two things differ from a person's Firefox, both to reach the extension's own pages by URL:
 * - `extensions.webextensions.uuids` fixes the add-on's moz-extension:// host, which Firefox
 *   otherwise picks at random on install;
 * - `--remote-allow-system-access`: without it Firefox's WebDriver BiDi refuses to navigate a tab
 *   to a moz-extension:// page ("Navigation … is not allowed in this context").
 * And one preference stands in for the permission prompt, which headless cannot click:
 * `extensions.webextOptionalPermissionPrompts: false` grants an optional permission asked for
 * during a click at once, as if the person had accepted.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { makeArchive } from '../../support/make-archive.ts';
import { extensionProblems } from './extension-problems.ts';

const ROOT = join(import.meta.dirname, '../../..');
const PAGE_NAMES = join(ROOT, 'tests/e2e/page-names');

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id in wxt.config.ts). */
export const ADDON_ID = 'talkscope@talkscope.example';

/**
 * Serves the page-names test pages (tests/e2e/page-names/pages/) on 127.0.0.1, and `/ingrid/` as
 * the homepage of a speaker of the fixture archive.
 */
export function serveTestPages(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0]!;
    const file = path === '/ingrid/' ? 'homepage.html' : path.slice(1);
    try {
      if (!/^[\w-]+\.html$/.test(file)) throw new Error('not a test page');
      const body = readFileSync(join(PAGE_NAMES, 'pages', file));
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

/** The page-names fixture archive (its speakers' homepages on `origin`), written to a temporary root. */
async function writeFixtureArchive(origin: string): Promise<string> {
  const dir = join(PAGE_NAMES, 'fixtures/archive');
  const files: Record<string, string> = {};
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

/**
 * `npm run build:firefox` with the seed archive (content/) and the fixture archive, into a
 * temporary folder. Returns the unpacked add-on folder and a function that removes it all.
 * WXT rewrites .wxt/ on every build: this takes the lock the other browser tests' builds take.
 */
export async function buildFirefoxExtension(origin: string): Promise<{ dir: string; remove(): void }> {
  const fixture = await writeFixtureArchive(origin);
  const out = mkdtempSync(join(tmpdir(), 'talkscope-firefox-'));
  const lock = join(ROOT, '.output/e2e.lock');
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed is not waited for forever.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: ROOT,
      env: { ...process.env, TALKSCOPE_CONTENT: ['content', fixture].join(delimiter), TALKSCOPE_OUT_DIR: out },
      stdio: 'pipe',
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return {
    dir: join(out, 'firefox-mv2'),
    remove() {
      rmSync(out, { recursive: true, force: true });
      rmSync(join(fixture, '..'), { recursive: true, force: true });
    },
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports for the installed build. */
  addonId: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** Everything Firefox printed since the add-on was installed, line by line. */
  output: string[];
  /** A new tab showing one of the extension's pages (`options.html`), once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** A new tab showing `url`, once it has loaded. */
  openPage(url: string): Promise<Page>;
  /** The tab that shows `url` (an extension page the extension opened itself), once it has loaded. */
  pageAt(url: string): Promise<Page>;
  /** `waitFor`, whose failure also quotes the extension's problems Firefox printed so far. */
  waitFor(what: string, check: () => Promise<boolean>): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(dir: string): Promise<FirefoxWithExtension> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'extensions.webextOptionalPermissionPrompts': false,
      // Console messages of web and extension pages (the background page too) go to the output.
      'devtools.console.stdout.content': true,
    },
  });
  const output: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    output.push(...lines);
  };
  const child = browser.process();
  child?.stdout?.on('data', collect);
  child?.stderr?.on('data', collect);
  try {
    const addonId = await browser.installExtension(dir);
    const origin = `moz-extension://${uuid}`;
    /** `waitFor`, whose failure also quotes the extension's problems Firefox printed so far. */
    const waitTelling = async (what: string, check: () => Promise<boolean>) => {
      try {
        await waitFor(what, check);
      } catch (error) {
        const problems = extensionProblems(output);
        throw new Error(`${(error as Error).message}${problems.length ? `; Firefox printed:\n${problems.join('\n')}` : ''}`, {
          cause: error,
        });
      }
    };
    return {
      browser,
      addonId,
      origin,
      output,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        const url = `${origin}/${path}`;
        // Firefox never reports the end of a navigation to an extension page over BiDi, so goto
        // would not return (puppeteer issue 14314): start it, and wait for the page ourselves.
        void page.goto(url, { timeout: 0 }).catch(() => undefined);
        await waitTelling(`${url} to load`, () =>
          page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        );
        return page;
      },
      async openPage(url) {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      async pageAt(url) {
        let found: Page | undefined;
        // Over BiDi, Firefox does not tell puppeteer the URL of an extension page: ask each tab.
        const at = (page: Page) =>
          page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
        await waitTelling(`a tab showing ${url}`, async () => {
          for (const page of await browser.pages()) if (await at(page)) found = page;
          return found !== undefined;
        });
        return found!;
      },
      waitFor: waitTelling,
      async close() {
        await browser.close();
        if (partial) output.push(partial);
        partial = '';
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Waits until `check` answers true (an evaluation in a page still loading may throw: it is tried again). */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`waited ${timeoutMs} ms for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** The text of every name marked on the page: highlight ranges, or wrapped in <talkscope-name>. */
export function markedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const ranges = [...(registry?.get('talkscope-name') ?? [])];
    const wrapped = [...document.querySelectorAll('talkscope-name')].map((e) => e.textContent ?? '');
    return ranges
      .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset))
      .concat(wrapped)
      .sort();
  });
}

/** Viewport centre of the first marked name reading `text` (highlight ranges only, as Firefox marks). */
export function markCentre(page: Page, text: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((t) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const s = [...(registry?.get('talkscope-name') ?? [])].find(
      (r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === t,
    );
    if (!s) return undefined;
    const range = document.createRange();
    range.setStart(s.startContainer, s.startOffset);
    range.setEnd(s.endContainer, s.endOffset);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);
}

/** What the hover card shows, read from its shadow root; undefined while it is hidden. */
export function shownCard(page: Page): Promise<{ name: string; talks: string[]; link: string } | undefined> {
  return page.evaluate(() => {
    const card = document.querySelector('talkscope-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card || card.hidden) return undefined;
    return {
      name: card.querySelector('h2')?.textContent ?? '',
      talks: [...card.querySelectorAll('li .title')].map((e) => e.textContent ?? ''),
      link: card.querySelector('a')?.getAttribute('href') ?? '',
    };
  });
}

/**
 * Whether `page` shows an element matching `selector` (whose text is `text`, when given). Polled
 * with `waitFor`: puppeteer's own waitForSelector at times never saw an extension page's change
 * in Firefox, though the element was there.
 */
export function shows(page: Page, selector: string, text?: string): Promise<boolean> {
  return page.evaluate(
    (sel, t) => [...document.querySelectorAll(sel)].some((e) => t === null || e.textContent?.trim() === t),
    selector,
    text ?? null,
  );
}
