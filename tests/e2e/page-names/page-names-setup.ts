/**
 * What the page-names browser tests share: a local web server for the test pages, the
 * extension built from this folder's fixture archive (with the server's origin as a speaker's
 * homepage), and Chromium with it loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PageNamesState } from '../../../indexer/names/page-names-protocol.ts';
import { launchExtension, type ExtensionBrowser } from '../support/launch-extension.ts';
import { withBuildLock } from '../support/build-lock.ts';
import { markBackgroundsInPage, markCentreInPage, markedNamesInPage, serveTestPages, writeFixtureArchive } from './test-site.ts';

/** The few extension APIs the tests call inside the browser (evaluated there, typed here). */
export interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    onUpdated: {
      addListener(l: (tabId: number, change: { url?: string; status?: string }) => void): void;
      removeListener(l: (tabId: number, change: { url?: string; status?: string }) => void): void;
    };
  };
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
  /** The id of the tab showing `page` (-1 when the extension may not read its address). */
  tabIdOf(page: Page): Promise<number>;
  /** The badge text of the tab showing `page` (or of the tab of that id). */
  badge(page: Page | number): Promise<string>;
  /** What the background knows of the tab showing `page` (or of that id), as the popup asks for it. */
  state(page: Page | number): Promise<PageNamesState>;
  /**
   * Runs `navigate` (which changes the tab's address or starts a new page there) and resolves
   * once the background has heard of it: its own listener, added first, has run by then.
   */
  changeAddress(page: Page, navigate: () => Promise<unknown>): Promise<void>;
  /** Does what "Allow on this site" does once the person accepted the browser's prompt. */
  allowTestSite(): Promise<void>;
  /** Calls one of the background's page-names functions (see entrypoints/background/page-names.ts). */
  hooks(name: 'pauseSite' | 'setNamesEnabled', ...args: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export async function startPageNamesWorld(): Promise<PageNamesWorld> {
  const { server, origin } = await serveTestPages();
  const content = await writeFixtureArchive(origin);
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
    tabIdOf,
    async badge(page) {
      const tabId = typeof page === 'number' ? page : await tabIdOf(page);
      return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async state(page) {
      const tabId = typeof page === 'number' ? page : await tabIdOf(page);
      return browser.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as { talkscopePageNames: { stateOf(id: number): Promise<PageNamesState> } }
          ).talkscopePageNames.stateOf(id),
        tabId,
      );
    },
    async changeAddress(page, navigate) {
      const tabId = await tabIdOf(page);
      // Listening first, then navigating: the change cannot come before the listener.
      await browser.worker.evaluate((id) => {
        (globalThis as unknown as { addressChanged: Promise<void> }).addressChanged = new Promise<void>((resolve) => {
          // A site the extension may not read gives no URL, only the loading.
          const heard = (tab: number, change: { url?: string; status?: string }) => {
            if (tab !== id || (change.url === undefined && change.status !== 'loading')) return;
            chrome.tabs.onUpdated.removeListener(heard);
            resolve();
          };
          chrome.tabs.onUpdated.addListener(heard);
        });
      }, tabId);
      await navigate();
      await browser.worker.evaluate(() => (globalThis as unknown as { addressChanged: Promise<void> }).addressChanged);
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
