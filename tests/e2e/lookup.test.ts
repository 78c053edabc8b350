/**
 * Looking things up from outside the popup, in real Chromium: the context menu's
 * click handler and the omnibox's handlers, called on the service worker (a
 * native menu cannot be clicked headless), each opening the archive page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt } from './support/build-extension.ts';
import { launchExtension, requestsLeaving, type ExtensionBrowser } from './support/launch-extension.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension(await ensureExtensionBuilt());
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

type Handlers = {
  handleContextMenuClick(info: { selectionText?: string }): Promise<string | undefined>;
  handleOmniboxEnter(text: string, disposition?: string): Promise<string>;
  omniboxSuggestions(text: string): Promise<{ content: string; description: string }[]>;
};

/** Calls a handler in the worker and returns its result and the archive tab it opened. */
async function openedBy<T>(call: () => Promise<T>): Promise<{ result: T; page: Page }> {
  const pageOpened = browser.context.waitForEvent('page');
  const result = await call();
  const page = await pageOpened;
  await page.waitForLoadState('domcontentloaded');
  return { result, page };
}

describe('manifest', () => {
  it('asks for the least: no host permission at install, the omnibox keyword, the popup command', async () => {
    type Manifest = {
      permissions?: string[];
      host_permissions?: string[];
      optional_host_permissions?: string[];
      content_scripts?: unknown[];
      omnibox?: { keyword: string };
      commands?: Record<string, { suggested_key?: object }>;
    };
    const manifest = await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest(),
    );
    expect([...manifest.permissions!].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.omnibox).toEqual({ keyword: 'talks' });
    expect(manifest.commands?._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+T' });
  });
});

describe('context menu lookup', () => {
  it('opens the archive on the results for the selected words', async () => {
    const { result, page } = await openedBy(() =>
      browser.worker.evaluate(
        (sel) => (globalThis as unknown as { talkscope: Handlers }).talkscope.handleContextMenuClick({ selectionText: sel }),
        '  causal   inference ',
      ),
    );
    expect(result).toBe('#/search?q=causal+inference');
    expect(page.url()).toBe(`chrome-extension://${browser.id}/archive.html#/search?q=causal+inference`);
    await page.locator('li[data-id="e2e-seminar/talks/2024-03-05-causal.md"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Results for “causal inference”');
    await page.close();
  });

  it('opens the person page when the selection is one person of the archive', async () => {
    const { result, page } = await openedBy(() =>
      browser.worker.evaluate(() =>
        (globalThis as unknown as { talkscope: Handlers }).talkscope.handleContextMenuClick({ selectionText: 'Lopez, Ana' }),
      ),
    );
    expect(result).toBe('#/person/ana%20lopez');
    await page.locator('article.person h1').waitFor();
    expect(await page.locator('article.person h1').textContent()).toBe('Ana Lopez');
    expect(await page.locator('article.person li[data-id]').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('omnibox', () => {
  it('suggests records and completions as you type', async () => {
    const suggestions = await browser.worker.evaluate(() =>
      (globalThis as unknown as { talkscope: Handlers }).talkscope.omniboxSuggestions('graph neu'),
    );
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]).toEqual({
      content: 'talkscope:record:e2e-seminar/talks/2023-10-10-graphs.md',
      description: expect.stringContaining('Graph Neural Networks Under Shift'),
    });
  });

  it('opens a chosen suggestion on the record page', async () => {
    const { result, page } = await openedBy(() =>
      browser.worker.evaluate(() =>
        (globalThis as unknown as { talkscope: Handlers }).talkscope.handleOmniboxEnter(
          'talkscope:record:e2e-seminar/talks/2023-10-10-graphs.md',
          'newForegroundTab',
        ),
      ),
    );
    expect(result).toBe('#/record/e2e-seminar%2Ftalks%2F2023-10-10-graphs.md');
    await page.locator('article.record-detail h1').waitFor();
    expect(await page.locator('article.record-detail h1').textContent()).toBe('Graph Neural Networks Under Shift');
    await page.close();
  });

  it('opens typed words on the search results', async () => {
    const { page } = await openedBy(() =>
      browser.worker.evaluate(() =>
        (globalThis as unknown as { talkscope: Handlers }).talkscope.handleOmniboxEnter('award', 'newForegroundTab'),
      ),
    );
    await page.locator('li[data-id="e2e-seminar/news/2024-01-02-award.md"]').waitFor();
    await page.close();
  });

  it('made no request outside the extension', () => {
    expect(browser.requests.some((u) => u.includes('/data/search-index-1.json'))).toBe(true);
    expect(requestsLeaving(browser.requests)).toEqual([]);
  });
});
