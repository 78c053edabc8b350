/**
 * What the page-names browser tests share: a local web server for the test pages, the
 * extension built from this folder's fixture archive (with the server's origin as a speaker's
 * homepage), and Chromium with it loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { makeArchive } from '../../support/make-archive.ts';
import { launchExtension, type ExtensionBrowser } from '../support/launch-extension.ts';

/** The few extension APIs the tests call inside the browser (evaluated there, typed here). */
export interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
  storage: {
    sync: {
      get(k: string): Promise<Record<string, { highlight?: { pausedSites?: string[] } } | undefined>>;
      set(v: object): Promise<void>;
    };
  };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}
declare const chrome: ChromeApi;

const HERE = import.meta.dirname;
const ROOT = join(HERE, '../../..');

export interface PageNamesWorld {
  origin: string;
  browser: ExtensionBrowser;
  /** Opens a test page (`names.html`, `ingrid/`) in a new tab. */
  openPage(path: string): Promise<Page>;
  /** The badge text of the tab showing `page`. */
  badge(page: Page): Promise<string>;
  /** Does what "Allow on this site" does once the person accepted the browser's prompt. */
  allowTestSite(): Promise<void>;
  /** Calls one of the background's page-names functions (see entrypoints/background/page-names.ts). */
  hooks(name: 'pauseSite' | 'setNamesEnabled', ...args: unknown[]): Promise<void>;
  close(): Promise<void>;
}

/** Serves pages/ (and `/ingrid/` as the homepage of a speaker of the fixture archive). */
function servePages(): Promise<{ server: Server; origin: string }> {
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

/** The fixture archive with `{{ORIGIN}}` replaced by the test server's origin. */
async function writeArchive(origin: string): Promise<string> {
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

/**
 * WXT writes its generated types into .wxt/ on every build: the browser tests' builds (these
 * and tests/e2e/support/build-extension.ts, which takes the same lock) run one at a time.
 */
async function withBuildLock<T>(build: () => T): Promise<T> {
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
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function startPageNamesWorld(): Promise<PageNamesWorld> {
  const { server, origin } = await servePages();
  const content = await writeArchive(origin);
  const out = mkdtempSync(join(tmpdir(), 'talkscope-page-names-'));
  await withBuildLock(() =>
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-c', 'tests/e2e/support/wxt-host.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, TALKSCOPE_CONTENT: content, TALKSCOPE_OUT_DIR: out },
      stdio: 'pipe',
    }),
  );
  const browser = await launchExtension(join(out, 'chrome-mv3'));
  const tabIdOf = (page: Page) =>
    browser.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
  return {
    origin,
    browser,
    async openPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async badge(page) {
      const tabId = await tabIdOf(page);
      return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async allowTestSite() {
      await browser.worker.evaluate(async () => {
        const hooks = (
          globalThis as unknown as {
            talkscopePageNames: { allowGranted(p: string): Promise<void>; syncRegistration(): Promise<unknown> };
          }
        ).talkscopePageNames;
        await hooks.allowGranted('http://127.0.0.1/*');
        await hooks.syncRegistration();
      });
    },
    async hooks(name, ...args) {
      await browser.worker.evaluate(
        async ([n, a]) => {
          const hooks = (globalThis as unknown as { talkscopePageNames: Record<string, (...x: unknown[]) => Promise<unknown>> })
            .talkscopePageNames;
          await hooks[n as string]!(...(a as unknown[]));
          await hooks.syncRegistration!();
        },
        [name, args] as const,
      );
    },
    async close() {
      await browser.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
      rmSync(join(content, '..'), { recursive: true, force: true });
    },
  };
}

/** The text of every name marked on the page, read from the page's highlight registry. */
export function markedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('talkscope-name');
    const wrapped = [...document.querySelectorAll('talkscope-name')].map((e) => e.textContent ?? '');
    return [...(h ?? [])]
      .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset))
      .concat(wrapped)
      .sort();
  });
}

/** Viewport centre of the first marked name reading `text`. */
export function markCentre(page: Page, text: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((t) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('talkscope-name');
    const s = [...(h ?? [])].find((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === t);
    if (!s) return undefined;
    const range = document.createRange();
    range.setStart(s.startContainer, s.startOffset);
    range.setEnd(s.endContainer, s.endOffset);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);
}
