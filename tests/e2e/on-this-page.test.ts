/**
 * "On this page" in the popup, in real Chromium: opened over a page that names
 * people of the archive, the popup lists them and the talks related to what the
 * page is about. Nothing leaves the extension but the page itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt } from './support/build-extension.ts';
import { launchExtension, requestsLeaving, type ExtensionBrowser } from './support/launch-extension.ts';

const PAGE = `<!doctype html><html lang="en"><head><title>Causal inference reading group</title>
<meta name="description" content="Time series and causal inference"></head>
<body><h1>Causal inference reading group</h1><p>This week Ana Lopez presents, with Ben Okafor.</p></body></html>`;

let server: Server;
let origin: string;
let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchExtension(await ensureExtensionBuilt('host'));
  const page = await browser.context.newPage();
  await page.goto(`${origin}/group.html`);
  // The popup opens over the page: a tab beside it that does not take its place as the active one.
  const opened = browser.context.waitForEvent('page');
  await browser.worker.evaluate(() => {
    const c = (
      globalThis as unknown as {
        chrome: { tabs: { create(o: object): Promise<unknown> }; runtime: { getURL(p: string): string } };
      }
    ).chrome;
    return c.tabs.create({ url: c.runtime.getURL('popup.html'), active: false });
  });
  popup = await opened;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

it('lists the archive people named on the page and the talks it relates to', async () => {
  const section = popup.locator('section[aria-labelledby="on-page"]');
  await section.waitFor();
  const people = await section.locator('ul.chips button').allTextContents();
  expect(people.map((p) => p.split(' · ')[0])).toEqual(['Ana Lopez', 'Ben Okafor']);
  expect(people[0]).toContain('2 talks');
  const related = await section.getByRole('list', { name: 'Related talks' }).getByRole('button').allTextContents();
  expect(related).toContain('Causal Inference for Time Series');
});

it('opens a related talk from there', async () => {
  await popup.getByRole('button', { name: 'Causal Inference for Time Series' }).click();
  await popup.locator('article.record-detail[data-id="e2e-seminar/talks/2024-03-05-causal.md"]').waitFor();
});

it('made no request outside the extension but the page itself', () => {
  expect(requestsLeaving(browser.requests, [origin])).toEqual([]);
});
