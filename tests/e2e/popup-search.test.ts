/**
 * The toolbar popup in real Chromium, as a person uses it: the box has focus,
 * typing shows grouped results with matches marked, arrows and Enter open a
 * record, Escape clears; nothing leaves the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt } from './support/build-extension.ts';
import { launchExtension, requestsLeaving, type ExtensionBrowser } from './support/launch-extension.ts';
import { seriousViolations } from './support/run-axe.ts';

let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  browser = await launchExtension(await ensureExtensionBuilt());
  // Offline, as on a train: everything the popup needs is inside the extension.
  await browser.context.setOffline(true);
  popup = await browser.open('popup.html');
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('popup', () => {
  it('opens with the labelled search box focused', async () => {
    const box = popup.getByRole('combobox', { name: 'Search the talk archive' });
    await box.waitFor();
    expect(await box.getAttribute('type')).toBe('search');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('q');
    // Every series can be chosen before typing.
    await popup.waitForFunction(() => [...document.querySelectorAll('option')].some((o) => o.value === 'e2e-seminar'));
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('shows grouped results with counts and marked matches as you type', async () => {
    await popup.keyboard.type('causal');
    const talk = popup.locator('[role="listbox"] [role="option"][data-id="e2e-seminar/talks/2024-03-05-causal.md"]');
    await talk.waitFor();
    expect(await talk.locator('mark').first().textContent()).toMatch(/causal/i);
    const groups = await popup
      .locator('[role="listbox"] [role="group"]')
      .evaluateAll((els) =>
        els.map(
          (e) => e.getAttribute('aria-labelledby') && document.getElementById(e.getAttribute('aria-labelledby')!)?.textContent,
        ),
      );
    expect(groups[0]).toMatch(/^Talks \(\d+\)$/);
    expect(groups.some((g) => /^News \(\d+\)$/.test(g ?? ''))).toBe(true);
  });

  it('moves with the arrow keys and opens the record with Enter', async () => {
    const box = popup.locator('#q');
    await popup.keyboard.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    const option = popup.locator(`#${activeId}`);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    // Page Down goes to the last of the few results and stays there.
    await popup.keyboard.press('PageDown');
    const count = await popup.locator('[role="option"]').count();
    expect(await box.getAttribute('aria-activedescendant')).toBe(`result-${count - 1}`);
    await popup.keyboard.press('PageUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(activeId);
    const id = await option.getAttribute('data-id');
    await popup.keyboard.press('Enter');
    const detail = popup.locator(`article.record-detail[data-id="${id}"]`);
    await detail.waitFor();
    expect(await detail.locator('h2').first().textContent()).toBeTruthy();
    expect(await popup.getByRole('button', { name: 'Open in archive' }).count()).toBe(1);
  });

  it('shows every field of a talk with a date and offers an .ics for it', async () => {
    await popup.getByRole('button', { name: /Back to results/ }).click();
    await popup.locator('[role="option"][data-id="e2e-seminar/talks/2024-03-05-causal.md"]').click();
    const detail = popup.locator('article.record-detail');
    await detail.waitFor();
    const text = await detail.textContent();
    expect(text).toContain('Ana Lopez');
    expect(text).toContain('5 Mar 2024');
    expect(text).toContain('Room 101');
    expect(text).toContain('latent confounders');
    const ics = popup.locator('[data-action="ics"]');
    expect(await ics.getAttribute('download')).toBe('2024-03-05-causal-inference-for-time-series.ics');
  });

  it('has no serious accessibility violation with results and with a record shown', async () => {
    expect(await seriousViolations(popup)).toEqual([]);
    // Escape goes back from a record to the results.
    await popup.keyboard.press('Escape');
    await popup.locator('[role="option"]').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('clears the box with Escape and lists the search among recent ones', async () => {
    await popup.locator('#q').focus();
    await popup.keyboard.press('Escape');
    expect(await popup.locator('#q').inputValue()).toBe('');
    expect(await popup.locator('[role="option"]').count()).toBe(0);
    await popup.getByRole('button', { name: 'causal', exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Clear recent searches' }).click();
    await popup.getByText('Searches you open a result from are listed here').waitFor();
  });

  it('offers the people whose names match, each opening their archive page', async () => {
    await popup.locator('#q').fill('okafor');
    const chip = popup.locator('button[data-person="ben okafor"]');
    await chip.waitFor();
    const opened = browser.context.waitForEvent('page');
    // Opening the archive closes the popup, as it does from the toolbar.
    const closed = popup.waitForEvent('close');
    await chip.click();
    const page = await opened;
    await page.locator('article.person h1').waitFor();
    expect(new URL(page.url()).hash).toBe('#/person/ben%20okafor');
    await page.close();
    await closed;
    popup = await browser.open('popup.html');
  });

  it('narrows the results by kind', async () => {
    await popup.locator('#q').fill('ana lopez');
    await popup.locator('[role="option"]').first().waitFor();
    await popup.getByLabel('Kind').selectOption('news');
    await popup.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="group"]').length === 1);
    expect(await popup.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([
      'e2e-seminar/news/2024-01-02-award.md',
    ]);
    // The archive opens on the same search, with the same filter.
    const opened = browser.context.waitForEvent('page');
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Open this search in the archive' }).click();
    const page = await opened;
    await page.locator('li[data-id="e2e-seminar/news/2024-01-02-award.md"]').waitFor();
    expect(new URL(page.url()).hash).toBe('#/search?q=ana+lopez&kind=news');
    await page.close();
    await closed;
    popup = await browser.open('popup.html');
  });

  it('keeps what was typed before its script ran, and searches it', async () => {
    const early = await browser.context.newPage();
    // Deferred module scripts run after the document is parsed: type just before that.
    await early.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        const box = document.getElementById('q') as HTMLInputElement | null;
        if (document.readyState === 'interactive' && box) box.value = 'graph';
      });
    });
    await early.goto(`chrome-extension://${browser.id}/popup.html`);
    await early.locator('[role="option"][data-id="e2e-seminar/talks/2023-10-10-graphs.md"]').waitFor();
    expect(await early.locator('#q').inputValue()).toBe('graph');
    expect(await early.evaluate(() => document.activeElement?.id)).toBe('q');
    await early.close();
  });

  it('after the browser stopped the idle background, finds results at once and fills in their excerpts', async () => {
    // Chrome stops an idle background after 30 s; the next popup starts it again.
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.id}/popup.html`);
    await again.locator('#q').waitFor();
    await again.keyboard.type('causal');
    const talk = again.locator('[role="option"][data-id="e2e-seminar/talks/2024-03-05-causal.md"]');
    await talk.waitFor();
    await expect.poll(() => talk.locator('.excerpt').textContent(), { timeout: 10_000 }).toMatch(/causal/i);
    await again.close();
  });

  it.each([['g', 'graph']])('types a letter pressed before the box has focus into the box (%s of %s)', async (first, word) => {
    const late = await browser.open('popup.html');
    await late.locator('#q').waitFor();
    // Right after the browser starts, the popup's autofocus can come after the first key.
    await late.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await late.keyboard.type(word);
    expect([await late.locator('#q').inputValue(), await late.evaluate(() => document.activeElement?.id)]).toEqual([word, 'q']);
    expect(word.startsWith(first)).toBe(true);
    await late.locator('[role="option"][data-id="e2e-seminar/talks/2023-10-10-graphs.md"]').waitFor();
    await late.close();
  });

  it('reflows at 200% zoom in the largest popup (400 CSS pixels wide)', async () => {
    await popup.setViewportSize({ width: 400, height: 300 });
    await popup.locator('#q').fill('causal inference for time series');
    await popup.locator('[role="option"]').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  });

  it('made no request outside the extension', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(requestsLeaving(browser.requests)).toEqual([]);
  });
});
