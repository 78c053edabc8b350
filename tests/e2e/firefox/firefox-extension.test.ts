/**
 * The Firefox build (`npm run build:firefox`, MV2) in Debian's Firefox ESR, as a person meets it:
 * it installs and its background answers from the archive; names on pages stay off until the
 * person allows sites on the options page, then the archive's people are marked on a local test
 * page (the one already open, and a new one) and counted on the toolbar badge, and a speaker's
 * homepage shows their number of talks; hovering a name shows its card, whose link opens the
 * person's archive page; the context menu's handler opens the archive on the results; the switch
 * on the options page and pausing a site stop the marking; the popup finds a talk as you type;
 * and nothing the extension runs reports an error along the way. The tests follow one another.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  ADDON_ID,
  buildFirefoxExtension,
  launchFirefoxWithExtension,
  markBackgrounds,
  markCentre,
  markedNames,
  shows,
  shownCard,
  type FirefoxWithExtension,
} from './firefox-setup.ts';
import { serveTestPages } from '../page-names/test-site.ts';
import { NAME_BACKGROUND } from '../../../entrypoints/page-names.content/paint-names.ts';
import { extensionProblems } from './extension-problems.ts';

/** The few extension APIs the tests call in the extension's own pages (evaluated there, typed here). */
interface FirefoxApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[]; excludeMatches?: string[] }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown>; getBackgroundPage(): Promise<unknown> };
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

/** The toolbar badge of the tab showing `url`, asked from the options page. */
function badge(url: string): Promise<string | undefined> {
  return options.evaluate(async (u) => {
    const tab = (await browser.tabs.query({})).find((t) => t.url === u);
    return tab?.id === undefined ? undefined : browser.browserAction.getBadgeText({ tabId: tab.id });
  }, url);
}

describe.sequential('the Firefox build in Firefox ESR', { timeout: 30_000 }, () => {
  it('installs, and its background answers from the archive it loaded', async () => {
    const ff = firefox!;
    expect(ff.addonId).toBe(ADDON_ID);
    options = await ff.openExtensionPage('options.html');
    await ff.waitFor('the options page', () => shows(options, 'h1', 'Talkscope options'));
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
    // The person's path: "Allow on every site" on the options page (the prompt is accepted by a
    // preference), with the tab in front as when a person clicks.
    await options.bringToFront();
    await ff.waitFor('the button to allow every site', () => shows(options, 'button', 'Allow on every site'));
    await (await options.$('::-p-text(Allow on every site)'))!.click();
    await ff.waitFor('the site access to show every site allowed', () => shows(options, 'button', 'Stop allowing every site'));
    expect(await options.evaluate(() => browser.permissions.getAll().then((p) => p.origins ?? []))).toEqual(['<all_urls>']);

    // Back to the page left open, which is marked without a reload.
    const open = (await ff.browser.pages()).find((p) => p.url() === `${origin}/names.html`)!;
    await open.bringToFront();
    await ff.waitFor(
      'the names on the open page to be marked',
      async () => (await markedNames(open)).length >= NAMES_ON_PAGE.length,
    );
    expect(await markedNames(open)).toEqual(NAMES_ON_PAGE);

    const fresh = await ff.openPage(`${origin}/names.html`);
    await ff.waitFor(
      'the names on a new page to be marked',
      async () => (await markedNames(fresh)).length >= NAMES_ON_PAGE.length,
    );
    expect(await markedNames(fresh)).toEqual(NAMES_ON_PAGE);
    // Painted where each stands, inside the page's own elements: Firefox needs the names' rule
    // on every element (it has no highlight inheritance; see page-names.css).
    expect(await markBackgrounds(fresh)).toEqual(NAMES_ON_PAGE.map(() => NAME_BACKGROUND));
    // Inputs and code stay untouched.
    expect(await fresh.evaluate(() => (document.querySelector('#input') as HTMLInputElement).value)).toBe('Ingrid Solberg');

    // Two people of the archive are on the page.
    await ff.waitFor('the badge to count the people', async () => (await badge(`${origin}/names.html`)) === '2');
    await fresh.close();
    await open.close();
  });

  it("recognises a speaker's homepage: the badge shows their number of talks", async () => {
    const ff = firefox!;
    const page = await ff.openPage(`${origin}/ingrid/`);
    await ff.waitFor("the badge to show Ingrid Solberg's talks", async () => (await badge(`${origin}/ingrid/`)) === '3');
    await page.close();
  });

  it("shows a card with the person's talks on hover, whose link opens their page in the archive", async () => {
    const ff = firefox!;
    const page = await ff.openPage(`${origin}/names.html`);
    await ff.waitFor('the names to be marked', async () => (await markedNames(page)).length >= NAMES_ON_PAGE.length);
    const at = await markCentre(page, 'I. Solberg');
    expect(at).toBeDefined();
    await page.mouse.move(at!.x, at!.y);
    await ff.waitFor('the card to show', async () => (await shownCard(page)) !== undefined);
    const personPage = `${ff.origin}/archive.html#/person/ingrid%20solberg`;
    expect(await shownCard(page)).toEqual({
      name: 'Ingrid Solberg',
      talks: [
        'Sediment Cores and the Memory of Fjords',
        'Reading Ice Sheets from the Sea Floor',
        'Dating Marine Cores without Carbon',
      ],
      link: personPage,
    });
    // A page cannot open an extension page itself: the link asks the background, which opens a tab.
    const at2 = await page.evaluate(() => {
      const a = document.querySelector('talkscope-card')!.shadowRoot!.querySelector('a')!.getBoundingClientRect();
      return { x: a.left + a.width / 2, y: a.top + a.height / 2 };
    });
    await page.mouse.click(at2.x, at2.y);
    const archive = await ff.pageAt(personPage);
    await ff.waitFor('the person page', () => shows(archive, 'article.person h1', 'Ingrid Solberg'));
    expect(await archive.evaluate(() => document.querySelectorAll('article.person li[data-id]').length)).toBe(3);
    await archive.close();
    await page.close();
  }, 45_000);

  it('the context menu entry on a selection opens the archive on the results', async () => {
    const ff = firefox!;
    // A native menu cannot be clicked headless: its click handler, called on the background page.
    const hash = await options.evaluate(async (selectionText) => {
      const bg = (await browser.runtime.getBackgroundPage()) as {
        talkscope: { handleContextMenuClick(info: { selectionText: string }): Promise<string | undefined> };
      };
      return bg.talkscope.handleContextMenuClick({ selectionText });
    }, '  sediment   fjords ');
    expect(hash).toBe('#/search?q=sediment+fjords');
    const results = await ff.pageAt(`${ff.origin}/archive.html${hash}`);
    await ff.waitFor('the results', () => shows(results, 'li[data-id="field-seminar/talks/2024-05-02-solberg-fjords.md"]'));
    expect(await results.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Results for “sediment fjords”');
    await results.close();
  }, 45_000);

  it('the switch on the options page clears the marks on open pages and keeps new pages unmarked, until it is on again', async () => {
    const ff = firefox!;
    const page = await ff.openPage(`${origin}/names.html`);
    await ff.waitFor('the names to be marked', async () => (await markedNames(page)).length >= NAMES_ON_PAGE.length);
    const onOff = () =>
      options.evaluate(() => document.querySelector<HTMLInputElement>('.site-access input[type=checkbox]')?.checked);
    await options.bringToFront();
    expect(await onOff()).toBe(true);
    await (await options.$('::-p-text(Mark names on pages)'))!.click();
    await ff.waitFor('the switch to be off', async () => (await onOff()) === false);
    await ff.waitFor('the marks on the open page to go', async () => (await markedNames(page)).length === 0);
    const other = await ff.openPage(`${origin}/names.html`);
    await other.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await markedNames(other)).toEqual([]);

    await options.bringToFront();
    await (await options.$('::-p-text(Mark names on pages)'))!.click();
    await ff.waitFor('the switch to be on', async () => (await onOff()) === true);
    await ff.waitFor('the names on both pages to be marked again', async () =>
      [await markedNames(page), await markedNames(other)].every((n) => n.length >= NAMES_ON_PAGE.length),
    );
    expect(await markedNames(page)).toEqual(NAMES_ON_PAGE);
    expect(await markedNames(other)).toEqual(NAMES_ON_PAGE);
    await other.close();
    await page.close();
  });

  it('pausing a site stops marking there at once and after a reload; resuming brings it back', async () => {
    const ff = firefox!;
    const page = await ff.openPage(`${origin}/names.html`);
    await ff.waitFor('the names to be marked', async () => (await markedNames(page)).length >= NAMES_ON_PAGE.length);
    // What the popup's "Pause on this site" does (entrypoints/shared/page-names-access.ts), called
    // on the background page: a popup opened in a tab has no site of its own to pause.
    const setPaused = (paused: boolean) =>
      options.evaluate(
        async (o, p) => {
          const bg = (await browser.runtime.getBackgroundPage()) as {
            talkscopePageNames: { pauseSite(o: string, p: boolean): Promise<void>; syncRegistration(): Promise<unknown> };
          };
          await bg.talkscopePageNames.pauseSite(o, p);
          await bg.talkscopePageNames.syncRegistration();
        },
        origin,
        paused,
      );
    await setPaused(true);
    await ff.waitFor('the marks to go', async () => (await markedNames(page)).length === 0);
    // Firefox itself keeps the script off the paused site, and nothing is marked after a reload.
    expect(await options.evaluate(() => browser.scripting.getRegisteredContentScripts())).toMatchObject([
      { matches: ['<all_urls>'], excludeMatches: ['http://127.0.0.1/*'] },
    ]);
    await page.reload();
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await markedNames(page)).toEqual([]);
    await setPaused(false);
    await ff.waitFor('the names to be marked again', async () => (await markedNames(page)).length >= NAMES_ON_PAGE.length);
    expect(await markedNames(page)).toEqual(NAMES_ON_PAGE);
    await page.close();
  });

  it('finds a talk in the popup as you type', async () => {
    const ff = firefox!;
    const popup = await ff.openExtensionPage('popup.html');
    await ff.waitFor('the search box', () => shows(popup, '#q'));
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('q');
    await popup.keyboard.type('fjords');
    const result = '[role="listbox"] [role="option"][data-id="field-seminar/talks/2024-05-02-solberg-fjords.md"]';
    await ff.waitFor('the talk among the results', () => shows(popup, result));
    const talk = await popup.$(result);
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
