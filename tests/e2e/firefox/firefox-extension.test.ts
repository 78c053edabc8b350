/**
 * The Firefox build (`npm run build:firefox`, MV2) in Debian's Firefox ESR, as a person meets it:
 * it installs and its background answers from the archive; names on pages stay off until the
 * person allows sites on the options page, then the archive's people are marked on a local test
 * page (the one already open, and a new one) and counted on the toolbar badge; the popup finds a
 * talk as you type; and nothing the extension runs reports an error along the way.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  ADDON_ID,
  buildFirefoxExtension,
  launchFirefoxWithExtension,
  markedNames,
  serveTestPages,
  waitFor,
  type FirefoxWithExtension,
} from './firefox-setup.ts';
import { extensionProblems } from './extension-problems.ts';

/** The few extension APIs the tests call in the extension's own pages (evaluated there, typed here). */
interface FirefoxApi {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const browser: FirefoxApi;

/** Every name of names.html the archive knows, as the Chromium test expects them (tests/e2e/page-names/). */
const NAMES_ON_PAGE = [
  'I. Solberg',
  'Ingrid Solberg',
  'Ingrid Solberg',
  'Marek Novak',
  'Marek Novák',
  'Novák, Marek',
  'Solberg, Ingrid',
].sort();

let server: Server | undefined;
let origin: string;
let build: { dir: string; remove(): void } | undefined;
let firefox: FirefoxWithExtension | undefined;
/** An extension page kept open to ask the extension questions from inside (options.html). */
let options: Page;

beforeAll(async () => {
  ({ server, origin } = await serveTestPages());
  build = await buildFirefoxExtension(origin);
  firefox = await launchFirefoxWithExtension(build.dir);
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  server?.close();
  build?.remove();
});

describe.sequential('the Firefox build in Firefox ESR', { timeout: 30_000 }, () => {
  it('installs, and its background answers from the archive it loaded', async () => {
    const ff = firefox!;
    expect(ff.addonId).toBe(ADDON_ID);
    options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('::-p-text(Talkscope options)');
    // What a card on a page asks the background (entrypoints/background/page-names.ts).
    const person = await options.evaluate(() => browser.runtime.sendMessage({ pageNames: 'person', key: 'ingrid solberg' }));
    expect(person).toMatchObject({ name: 'Ingrid Solberg' });
    expect(JSON.stringify(person)).toContain('Sediment Cores and the Memory of Fjords');
    // What the popup asks it: both archives of the build answer, the seeds and the fixture.
    const ids = (query: string) =>
      options.evaluate(async (q) => {
        const res = (await browser.runtime.sendMessage({ talkscope: 'search', request: { query: q } })) as {
          groups: Record<string, { hits: { record: { id: string } }[] }>;
        };
        return Object.values(res.groups).flatMap((g) => g.hits.map((h) => h.record.id));
      }, query);
    expect(await ids('fjords')).toContain('field-seminar/talks/2024-05-02-solberg-fjords.md');
    expect(await ids('responsibly deploying machine learning healthcare')).toContain(
      'content/talks/2023-09-20-tom-hartvigsen.md',
    );
  });

  it('marks nothing on a site before the person allows it', async () => {
    const page = await firefox!.openPage(`${origin}/names.html`);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await markedNames(page)).toEqual([]);
    expect(await options.evaluate(() => browser.permissions.getAll().then((p) => p.origins ?? []))).toEqual([]);
    // Left open: allowing sites marks the pages already open.
  });

  it('once allowed on the options page, marks the names on the open page and on a new one, and counts them on the badge', async () => {
    const ff = firefox!;
    // The person's path: "Allow on every site" on the options page (the prompt is accepted by a preference).
    const allow = await options.waitForSelector('::-p-text(Allow on every site)');
    await allow!.click();
    await options.waitForSelector('::-p-text(Stop allowing every site)');
    expect(await options.evaluate(() => browser.permissions.getAll().then((p) => p.origins ?? []))).toEqual(['<all_urls>']);

    const open = (await ff.browser.pages()).find((p) => p.url() === `${origin}/names.html`)!;
    await waitFor('the names on the open page to be marked', async () => (await markedNames(open)).length > 0);
    expect(await markedNames(open)).toEqual(NAMES_ON_PAGE);

    const fresh = await ff.openPage(`${origin}/names.html`);
    await waitFor('the names on a new page to be marked', async () => (await markedNames(fresh)).length > 0);
    expect(await markedNames(fresh)).toEqual(NAMES_ON_PAGE);
    // Inputs and code stay untouched.
    expect(await fresh.evaluate(() => (document.querySelector('#input') as HTMLInputElement).value)).toBe('Ingrid Solberg');

    // Two people of the archive are on the page.
    const badge = () =>
      options.evaluate(async (url) => {
        const tab = (await browser.tabs.query({})).find((t) => t.url === url);
        return tab?.id === undefined ? undefined : browser.browserAction.getBadgeText({ tabId: tab.id });
      }, `${origin}/names.html`);
    await waitFor('the badge to count the people', async () => (await badge()) === '2');
    await fresh.close();
    await open.close();
  });

  it('finds a talk in the popup as you type', async () => {
    const popup = await firefox!.openExtensionPage('popup.html');
    await popup.waitForSelector('#q');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('q');
    await popup.keyboard.type('fjords');
    const talk = await popup.waitForSelector(
      '[role="listbox"] [role="option"][data-id="field-seminar/talks/2024-05-02-solberg-fjords.md"]',
    );
    expect(await talk!.evaluate((e) => e.querySelector('mark')?.textContent)).toMatch(/fjords/i);
    await popup.close();
  });

  it('reports no error from the extension during any of it', async () => {
    const ff = firefox!;
    // Closing Firefox flushes everything it printed.
    await ff.close();
    firefox = undefined;
    expect(extensionProblems(ff.output)).toEqual([]);
  });
});
