/**
 * The options page in real Chromium: a preference saved there (storage.sync)
 * is what the popup uses next time it opens.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureExtensionBuilt } from './support/build-extension.ts';
import { launchExtension, requestsLeaving, type ExtensionBrowser } from './support/launch-extension.ts';
import { seriousViolations } from './support/run-axe.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension(await ensureExtensionBuilt());
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

it('saves results per group and default filters, and the popup follows them', async () => {
  const options = await browser.open('options.html');
  await options.getByRole('heading', { name: 'Talkscope options' }).waitFor();
  expect(await seriousViolations(options)).toEqual([]);
  const perGroup = options.getByLabel('Results per group (talks, people, news)');
  await perGroup.fill('1');
  await perGroup.press('Tab');
  await options.getByText('Saved.').waitFor();
  // Emptied, the field keeps its number instead of saving the fewest.
  await perGroup.fill('');
  await perGroup.press('Tab');
  await options.getByText('Not changed: results per group stays 1.').waitFor();
  expect(await perGroup.inputValue()).toBe('1');
  await options.getByLabel('News', { exact: true }).check();
  await options.waitForFunction(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: string): Promise<Record<string, { defaultFilters?: { kinds?: string[] } }>> } } };
      }
    ).chrome;
    const stored = await c.storage.sync.get('settings');
    return stored.settings?.defaultFilters?.kinds?.includes('news');
  });

  const popup = await browser.open('popup.html');
  expect(await popup.getByLabel('Kind').inputValue()).toBe('news');
  await popup.locator('#q').fill('ana lopez');
  await popup.locator('[role="option"]').first().waitFor();
  expect(await popup.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([
    'e2e-seminar/news/2024-01-02-award.md',
  ]);
  await popup.getByLabel('Kind').selectOption('');
  await popup.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="group"]').length > 1);
  const perGroupShown = await popup
    .locator('[role="listbox"] [role="group"]')
    .evaluateAll((groups) => groups.map((g) => g.querySelectorAll('[role="option"]').length));
  expect(perGroupShown.every((n) => n === 1)).toBe(true);
  expect(await popup.getByRole('button', { name: /^All \d+ talks in the archive$/ }).count()).toBe(1);
});

it('made no request outside the extension', () => {
  expect(requestsLeaving(browser.requests)).toEqual([]);
});
