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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { markBackgroundsInPage, markCentreInPage, markedNamesInPage, writeFixtureArchive } from '../page-names/test-site.ts';
import { withBuildLock } from '../support/build-lock.ts';
import { extensionProblems } from './extension-problems.ts';

const ROOT = join(import.meta.dirname, '../../..');

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id in wxt.config.ts). */
export const ADDON_ID = 'talkscope@talkscope.example';

/**
 * `npm run build:firefox` with the seed archive (content/) and the fixture archive, into a
 * temporary folder. Returns the unpacked add-on folder and a function that removes it all.
 * WXT rewrites .wxt/ on every build: this takes the lock the other browser tests' builds take.
 */
export async function buildFirefoxExtension(origin: string): Promise<{ dir: string; remove(): void }> {
  const fixture = await writeFixtureArchive(origin);
  const out = mkdtempSync(join(tmpdir(), 'talkscope-firefox-'));
  await withBuildLock(() =>
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: ROOT,
      env: { ...process.env, TALKSCOPE_CONTENT: ['content', fixture].join(delimiter), TALKSCOPE_OUT_DIR: out },
      stdio: 'pipe',
    }),
  );
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
    const waitTelling = async (what: string, check: () => Promise<boolean>, timeoutMs?: number) => {
      try {
        await waitFor(what, check, timeoutMs);
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
        // A tab still between pages may not answer at all: it is asked again on the next round.
        const at = (page: Page) =>
          Promise.race([
            page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false),
            new Promise<false>((r) => setTimeout(() => r(false), 1_000)),
          ]);
        // A tab the extension opens can take a while on a loaded machine: longer than a page we open.
        await waitTelling(
          `a tab showing ${url}`,
          async () => {
            for (const page of await browser.pages()) if (await at(page)) found = page;
            return found !== undefined;
          },
          30_000,
        );
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

/** The text of every name marked on the page (see `markedNamesInPage`). */
export function markedNames(page: Page): Promise<string[]> {
  return page.evaluate(markedNamesInPage);
}

/** The background each marked name is painted with (see `markBackgroundsInPage`). */
export function markBackgrounds(page: Page): Promise<string[]> {
  return page.evaluate(markBackgroundsInPage);
}

/** Viewport centre of the first marked name reading `text`. */
export function markCentre(page: Page, text: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(markCentreInPage, text);
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
