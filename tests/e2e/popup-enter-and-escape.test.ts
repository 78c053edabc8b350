/**
 * The popup's keys in real Chromium, where answers come over a port and the app
 * takes over a static box: Enter opens a result of the text in the box even when
 * pressed before its answer came (or before the app took over), Escape leaves a
 * record wherever focus is, and a button that ends a search leaves focus in the box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureExtensionBuilt } from './support/build-extension.ts';
import { launchExtension, type ExtensionBrowser } from './support/launch-extension.ts';

const CAUSAL = 'e2e-seminar/talks/2024-03-05-causal.md';
const GRAPHS = 'e2e-seminar/talks/2023-10-10-graphs.md';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension(await ensureExtensionBuilt());
  await browser.context.setOffline(true);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const shownRecord = (page: Page) => page.locator('article.record-detail').getAttribute('data-id');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('popup keys', () => {
  it('Enter right after pasting over shown results opens the top result of the new text, not the old one', async () => {
    const popup = await browser.open('popup.html');
    await popup.locator('#q').fill('graph neural');
    await popup.locator(`[role="option"][data-id="${GRAPHS}"]`).waitFor();
    expect(await popup.locator('[role="option"]').first().getAttribute('data-id')).toBe(GRAPHS);
    // Paste and Enter in one task of the page, so the key surely comes before the answer.
    await popup.locator('#q').evaluate((box: HTMLInputElement) => {
      box.value = 'causal inference latent confounders';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    await popup.locator('article.record-detail').waitFor();
    expect(await shownRecord(popup)).toBe(CAUSAL);
    await popup.close();
  });

  it('Enter pressed with a pasted query as the popup opens opens its top result at once', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.id}/popup.html`);
    // The box controls a listbox only once there is one.
    expect(await popup.locator('#q').getAttribute('aria-controls')).toBeNull();
    await popup.locator('#q').fill('causal inference latent confounders');
    await popup.keyboard.press('Enter');
    await popup.locator('article.record-detail').waitFor();
    expect([await shownRecord(popup), await popup.locator('#q').count()]).toEqual([CAUSAL, 0]);
    await popup.close();
  });

  it.each([
    ['before the script runs: the text stays and is searched', 'readystatechange', false],
    ['while the script waits to take the box over: the top result opens', 'DOMContentLoaded', true],
  ])('Enter pressed in the static box %s', async (_, moment, opens) => {
    const popup = await browser.context.newPage();
    await popup.addInitScript((moment) => {
      const typeAndPressEnter = () => {
        const box = document.getElementById('q') as HTMLInputElement | null;
        if (!box || document.readyState !== 'interactive') return;
        box.value = 'causal inference latent confounders';
        // Whether the app had taken the box over (only it renders the footer).
        (window as { tookOver?: boolean }).tookOver = !!document.querySelector('.popup-footer');
        box.form?.requestSubmit();
      };
      // Deferred module scripts run after readyState becomes "interactive" and before DOMContentLoaded.
      document.addEventListener(moment, typeAndPressEnter, { once: moment === 'DOMContentLoaded' });
    }, moment);
    await popup.goto(`chrome-extension://${browser.id}/popup.html`);
    await popup.locator(`[role="option"][data-id="${CAUSAL}"], article.record-detail[data-id="${CAUSAL}"]`).waitFor();
    const tookOver = await popup.evaluate(() => (window as { tookOver?: boolean }).tookOver);
    const state = opens ? await shownRecord(popup) : await popup.locator('#q').inputValue();
    expect({ tookOver, state }).toEqual({ tookOver: false, state: opens ? CAUSAL : 'causal inference latent confounders' });
    await popup.close();
  });

  it('Escape goes back from a record to the results with focus on <body>, then Escape in the box clears it', async () => {
    const popup = await browser.open('popup.html');
    await popup.locator('#q').fill('causal');
    await popup.locator(`[role="option"][data-id="${CAUSAL}"]`).click();
    await popup.locator('article.record-detail').waitFor();
    // As after Tab past the last control, or a click on plain text.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await popup.evaluate(() => document.activeElement === document.body)).toBe(true);
    await popup.keyboard.press('Escape');
    await popup.locator('[role="option"]').first().waitFor();
    await expect.poll(() => focusedId(popup)).toBe('q');
    expect(await popup.locator('#q').inputValue()).toBe('causal');
    await popup.keyboard.press('Escape');
    expect(await popup.locator('#q').inputValue()).toBe('');
    await popup.close();
  });

  it('"Clear recent searches" leaves focus in the box: typing goes on there', async () => {
    const popup = await browser.open('popup.html');
    await popup.locator('#q').fill('graph');
    await popup.locator(`[role="option"][data-id="${GRAPHS}"]`).click();
    await popup.locator('article.record-detail').waitFor();
    await popup.keyboard.press('Escape');
    await popup.locator('#q').waitFor();
    await popup.locator('#q').fill('');
    await popup.getByRole('button', { name: 'Clear recent searches' }).click();
    await popup.getByText('Searches you open a result from are listed here').waitFor();
    expect(await focusedId(popup)).toBe('q');
    await popup.keyboard.type('causal');
    expect(await popup.locator('#q').inputValue()).toBe('causal');
    await popup.close();
  });
});
