/**
 * The offline archive page in real Chromium: home, browsing with facets, record
 * and person pages, deep links, back and forward, accessibility in both themes,
 * and no request leaving the extension.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt } from './support/build-extension.ts';
import { launchExtension, requestsLeaving, type ExtensionBrowser } from './support/launch-extension.ts';
import { seriousViolations } from './support/run-axe.ts';

let browser: ExtensionBrowser;
let page: Page;
const hash = () => new URL(page.url()).hash;
/** The element with focus, as `TAG text` (or `#id` for the search box), where a screen reader is. */
const focused = (p = page) =>
  p.evaluate(() => {
    const at = document.activeElement;
    return at?.tagName === 'INPUT' ? `#${at.id}` : `${at?.tagName} ${at?.textContent}`;
  });
const announced = (p = page) => p.locator('p[role=status].visually-hidden').textContent();

beforeAll(async () => {
  browser = await launchExtension(await ensureExtensionBuilt());
  // Offline, as on a train: everything the archive needs is inside the extension.
  await browser.context.setOffline(true);
  page = await browser.open('archive.html');
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('archive page', () => {
  it('starts at home with upcoming talks, latest news, the archive size and its build date', async () => {
    await page.getByRole('heading', { name: 'Upcoming talks' }).waitFor();
    expect(await page.locator('li[data-id="e2e-seminar/talks/2099-05-01-future.md"]').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Latest news' }).count()).toBe(1);
    expect(await page.locator('.stats').textContent()).toMatch(
      /^\d+ talks, \d+ news posts and \d+ profiles about \d+ people, from 2 series\. Built \w+/,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("ships the home's records apart, short, for showing the home before the whole archive", async () => {
    const home = (await page.evaluate(() => fetch('/data/home.json').then((r) => r.json()))) as {
      day: string;
      records: { id: string; abstract?: string; body?: string }[];
    };
    expect(home.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(home.records.map((r) => r.id)).toContain('e2e-seminar/talks/2099-05-01-future.md');
    expect(home.records.filter((r) => r.abstract !== undefined || r.body !== undefined)).toEqual([]);
  });

  it('goes from home to a record, to a person, and back and forward again', async () => {
    await page.locator('li[data-id="e2e-seminar/talks/2099-05-01-future.md"] a').click();
    await page.locator('article.record-detail h1').waitFor();
    expect(hash()).toBe('#/record/e2e-seminar%2Ftalks%2F2099-05-01-future.md');
    // Set once the view is shown, a moment after its heading is in the page.
    await expect.poll(() => page.title()).toBe('Quantum Sensing for Ecology — Talkscope');
    await expect.poll(() => focused()).toBe('H1 Quantum Sensing for Ecology');
    expect(await page.locator('[data-action="ics"]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Zofia Kowalczyk' }).click();
    await page.locator('article.person h1').waitFor();
    expect(hash()).toBe('#/person/zofia%20kowalczyk');
    expect(await page.locator('article.person h1').textContent()).toBe('Zofia Kowalczyk');
    await expect.poll(() => focused()).toBe('H1 Zofia Kowalczyk');

    await page.goBack();
    await page.locator('article.record-detail h1').waitFor();
    expect(await page.locator('article.record-detail h1').textContent()).toBe('Quantum Sensing for Ecology');
    await expect.poll(() => focused()).toBe('H1 Quantum Sensing for Ecology');
    await page.goBack();
    await page.getByRole('heading', { name: 'Upcoming talks' }).waitFor();
    await expect.poll(() => focused()).toBe('H1 The talk archive');
    await page.goForward();
    await page.locator('article.record-detail h1').waitFor();
    expect(hash()).toBe('#/record/e2e-seminar%2Ftalks%2F2099-05-01-future.md');
  });

  // While the page reads the archive, it shows a person, a record or a search from the
  // background's answer (entrypoints/archive/main.tsx): the same as its own, first page only.
  it("is answered by the background for a view's first page, as the page works it out itself", async () => {
    const asked = (await page.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return c.runtime.sendMessage({ talkscope: 'browse', query: 'ana lopez', filters: {}, sort: 'date', limit: 1 });
    })) as { total: number; items: { record: { id: string } }[]; names: Record<string, string> };
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=ana%20lopez&sort=date`);
    await page.locator('main li[data-id]').first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('talkscope:archive-parsed').length > 0);
    const shown = await page.locator('main li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    expect(asked.total).toBe(shown.length);
    expect(asked.items.map((i) => i.record.id)).toEqual(shown.slice(0, 1));
    expect(asked.names['ana lopez']).toBe('Ana Lopez');
  });

  it('opens a person page by deep link, with their talks, news mentions and homepage', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/person/ana%20lopez`);
    await page.locator('article.person h1').waitFor();
    const text = await page.locator('article.person').textContent();
    expect(text).toContain('Talks (2)');
    expect(text).toContain('News mentions (1)');
    expect(await page.getByRole('link', { name: 'Homepage' }).getAttribute('href')).toBe('https://ana-lopez.example.org/');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a list in a talk's text one item a line", async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/record/e2e-seminar%2Ftalks%2F2099-05-01-future.md`);
    const list = page.locator('.record-text p', { hasText: 'Sensors on trees' });
    expect(await list.innerText()).toBe('1. Sensors on trees\n2. Sensors in soil');
  });

  it('downloads an .ics for a talk, made locally, in the time zone the source gives', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/record/e2e-seminar%2Ftalks%2F2024-03-05-causal.md`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2024-03-05-causal-inference-for-time-series.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20240305T150000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20240305T160000\r\n');
    expect(ics).toContain('SUMMARY:Causal Inference for Time Series\r\n');
  });

  it('searches by deep link and narrows by facets, each step a history entry', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=causal`);
    await page.locator('li[data-id="e2e-seminar/talks/2024-03-05-causal.md"]').waitFor();
    const all = await page.locator('ul.record-list > li').count();
    expect(all).toBeGreaterThanOrEqual(3);
    await page.locator('nav.facets section', { hasText: 'Kind' }).getByRole('link', { name: 'Talk', exact: true }).click();
    await page.waitForURL(/kind=talk/);
    await page.locator('.active-filters').waitFor();
    const kinds = await page.locator('ul.record-list > li .meta').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.startsWith('Talk'))).toBe(true);
    expect(kinds.length).toBeLessThan(all);
    await page.goBack();
    await page.waitForURL((u) => !u.hash.includes('kind='));
    await page.locator('.active-filters').waitFor({ state: 'detached' });
    expect(await page.locator('ul.record-list > li').count()).toBe(all);
  });

  it('returns, on Back, to where the reader was in a list, not to its top', async () => {
    await page.setViewportSize({ width: 480, height: 320 });
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=`);
    await page.locator('ul.record-list > li').nth(2).waitFor();
    const item = page.locator('ul.record-list > li').nth(2);
    await item.scrollIntoViewIfNeeded();
    const left = await page.evaluate(() => window.scrollY);
    expect(left).toBeGreaterThan(100);
    await item.locator('a').first().click();
    await page.waitForURL(/#\/record\//);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect.poll(() => focused()).toMatch(/^H1 /);
    await page.goBack();
    await page.waitForURL(/#\/search/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
    // Its heading, above, has focus, and did not scroll the page back to it.
    await expect.poll(() => focused()).toBe('H1 Browse the archive');
    const later = await page.evaluate(
      () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY)))),
    );
    expect(later).toBe(left);
    // A new visit to the same list starts at its top.
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=&sort=date`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('opens a link followed in the frame of a scroll at the top, not where the list was', async () => {
    await page.setViewportSize({ width: 480, height: 320 });
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=`);
    await page.locator('ul.record-list > li').nth(2).waitFor();
    // The address changes before the scroll is kept, and `hashchange` comes a task later.
    await page.evaluate(() => {
      window.scrollTo(0, 300);
      requestAnimationFrame(() => (location.hash = '#/search?q=&sort=date'));
    });
    await page.waitForURL(/sort=date/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('browses everything by date, and says so when a link points nowhere', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=&kind=talk`);
    await page.locator('ul.record-list > li').first().waitFor();
    const first = await page.locator('ul.record-list > li').first().getAttribute('data-id');
    expect(first).toBe('e2e-seminar/talks/2099-05-01-future.md');
    await page.goto(`chrome-extension://${browser.id}/archive.html#/record/no-such-record`);
    await page.getByRole('heading', { name: 'No such record in this archive' }).waitFor();
  });

  it('reflows at 200% zoom (half the CSS width) without scrolling sideways', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    for (const h of ['#/', '#/search?q=causal', '#/record/e2e-seminar%2Ftalks%2F2024-03-05-causal.md', '#/person/ana%20lopez']) {
      await page.goto(`chrome-extension://${browser.id}/archive.html${h}`);
      await page.locator('h1').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('folds the facets away in a narrow window, above the results, in reading order', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=causal`);
    await page.locator('ul.record-list > li').first().waitFor();
    const facets = page.locator('nav.facets details');
    expect(await facets.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const [summary, results] = await Promise.all([
      page.getByText('Narrow the results', { exact: true }).boundingBox(),
      page.locator('ul.record-list').boundingBox(),
    ]);
    expect(summary!.y).toBeLessThan(results!.y);
    await page.getByText('Narrow the results', { exact: true }).click();
    await page.locator('nav.facets section', { hasText: 'Kind' }).getByRole('link', { name: 'Talk', exact: true }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => facets.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByText('Narrow the results', { exact: true }).isVisible()).toBe(false);
  });

  it('keeps focus in the search box after Enter, and what is typed next goes there', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/`);
    await page.getByRole('heading', { name: 'Upcoming talks' }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    await box.fill('causal');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/search\?q=causal$/);
    await page.locator('li[data-id="e2e-seminar/talks/2024-03-05-causal.md"]').waitFor();
    expect(await focused()).toBe('#archive-q');
    // The count is read out, focus staying in the box.
    await expect.poll(() => announced()).toMatch(/^\d+ records?$/);
    await page.keyboard.type(' inference');
    expect(await box.inputValue()).toBe('causal inference');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=causal\+inference$/);
    await page.getByRole('heading', { name: 'Results for “causal inference”' }).waitFor();
    expect(await focused()).toBe('#archive-q');
    // Back shows the words of the search it returns to.
    await page.goBack();
    await page.getByRole('heading', { name: 'Results for “causal”' }).waitFor();
    expect(await box.inputValue()).toBe('causal');
  });

  it("focuses a view's heading when a facet or a filter's remove link is followed, and announces the count", async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=causal`);
    await page.locator('li[data-id="e2e-seminar/talks/2024-03-05-causal.md"]').waitFor();
    await expect.poll(() => announced()).toMatch(/^\d+ records?$/);
    const all = await announced();
    await page.locator('nav.facets section', { hasText: 'Kind' }).getByRole('link', { name: 'Talk', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/kind=talk/);
    await expect.poll(() => focused()).toBe('H1 Results for “causal”');
    await expect.poll(() => announced()).not.toBe(all);
    await page.getByRole('link', { name: /Kind: Talk/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.hash.includes('kind='));
    await expect.poll(() => focused()).toBe('H1 Results for “causal”');
    await expect.poll(() => announced()).toBe(all);
  });

  it('opens with a skip link, the first stop of Tab, seen when reached, to the results', async () => {
    const fresh = await browser.open('archive.html#/search?q=causal');
    try {
      await fresh.locator('ul.record-list > li').first().waitFor();
      const skip = fresh.getByRole('link', { name: 'Skip to results' });
      expect(await skip.isVisible()).toBe(true);
      expect((await skip.boundingBox())!.y).toBeLessThan(0);
      await fresh.keyboard.press('Tab');
      expect(await focused(fresh)).toBe('A Skip to results');
      const box = (await skip.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.height).toBeGreaterThan(10);
      expect(await seriousViolations(fresh)).toEqual([]);
      await fresh.keyboard.press('Enter');
      expect(new URL(fresh.url()).hash).toBe('#/search?q=causal');
      expect(await focused(fresh)).toMatch(/^H2 Results \(\d+\)$/);
      // On from there: the results, not the facets.
      await fresh.keyboard.press('Tab');
      expect(await focused(fresh)).toBe('A Relevance');
    } finally {
      await fresh.close();
    }
  });

  it('opens a person whatever the case of the link, and titles a missing one as a missing record', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/person/Ana%20Lopez`);
    await page.locator('article.person h1').waitFor();
    expect(await page.locator('article.person h1').textContent()).toBe('Ana Lopez');
    await expect.poll(() => page.title()).toBe('Ana Lopez — Talkscope');
    await page.goto(`chrome-extension://${browser.id}/archive.html#/person/No%20One`);
    await page.getByRole('heading', { name: 'No such person in this archive' }).waitFor();
    await expect.poll(() => page.title()).toBe('Not found — Talkscope');
    await page.goto(`chrome-extension://${browser.id}/archive.html#/record/no-such-record`);
    await page.getByRole('heading', { name: 'No such record in this archive' }).waitFor();
    await expect.poll(() => page.title()).toBe('Not found — Talkscope');
  });

  it('marks the sort in use, browsing by date even where relevance is asked for', async () => {
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=&sort=relevance`);
    await page.locator('ul.record-list > li').first().waitFor();
    expect(await page.locator('.sort [aria-current=true]').allTextContents()).toEqual(['Date (newest first)']);
    expect(await page.locator('ul.record-list > li').first().getAttribute('data-id')).toBe(
      'e2e-seminar/talks/2099-05-01-future.md',
    );
  });

  it('has no serious accessibility violation in the dark theme either', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`chrome-extension://${browser.id}/archive.html#/search?q=graph`);
    await page.locator('ul.record-list > li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`chrome-extension://${browser.id}/archive.html#/`);
    await page.getByRole('heading', { name: 'Upcoming talks' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('made no request outside the extension', () => {
    expect(requestsLeaving(browser.requests)).toEqual([]);
  });
});
