/**
 * Names on pages in Chromium, as a person meets them: nothing before they allow the site,
 * then names marked, a card on hover and focus, the badge, a speaker's homepage, pausing, and
 * pages that fight back (an editor, an app that rewrites itself, a very large table).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NAME_BACKGROUND } from '../../../entrypoints/page-names.content/paint-names.ts';
import {
  markBackgrounds,
  markCentre,
  markedNames,
  startPageNamesWorld,
  type ChromeApi,
  type PageNamesWorld,
} from './page-names-setup.ts';

declare const chrome: ChromeApi;

let world: PageNamesWorld;

beforeAll(async () => {
  world = await startPageNamesWorld();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const poll = { timeout: 15_000, interval: 100 };

/** A test page on the test site, allowed (as in the test before; each test can also run alone). */
async function allowedPage(path: string) {
  await world.allowTestSite();
  return world.openPage(path);
}

/** The background the page gives marked names: set only once the names' stylesheet is there. */
function nameBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement, '::highlight(talkscope-name)').backgroundColor);
}

describe.sequential('names on pages', { timeout: 60_000 }, () => {
  it('does nothing on a site before the person allows it', async () => {
    const page = await world.openPage('names.html');
    // Give a content script every chance to have run: the page is fully loaded and idle.
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await world.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(await markedNames(page)).toEqual([]);
    expect(await page.locator('talkscope-card').count()).toBe(0);
    await expect.poll(() => world.badge(page), poll).toBe('');
    await page.close();
  });

  it('once allowed, marks full names, initials, "Last, First" and accents, and nothing else', async () => {
    const page = await world.openPage('names.html');
    await world.allowTestSite();
    // The page open while the site was allowed is marked at once, without a reload.
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    expect(await markedNames(page)).toEqual(
      ['I. Solberg', 'Ingrid Solberg', 'Ingrid Solberg', 'Marek Novak', 'Marek Novák', 'Novák, Marek', 'Solberg, Ingrid'].sort(),
    );
    // The marks are painted: the script asked for its stylesheet, which the open page lacked.
    await expect.poll(() => nameBackground(page), poll).toBe(NAME_BACKGROUND);
    // Each where it stands, inside the page's own elements (paragraphs, a link).
    expect(await markBackgrounds(page)).toEqual(Array(7).fill(NAME_BACKGROUND));
    // Inputs, editors and code stay untouched.
    expect(await page.inputValue('#input')).toBe('Ingrid Solberg');
    expect(await page.inputValue('#textarea')).toBe('Ingrid Solberg');
    expect(await page.locator('talkscope-name').count()).toBe(0);
    const marksIn = (sel: string) =>
      page.evaluate((s) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('talkscope-name');
        const el = document.querySelector(s)!;
        return [...(h ?? [])].filter((r) => el.contains(r.startContainer)).length;
      }, sel);
    for (const sel of ['#editable', '#pre', '#code', '#lone']) expect(await marksIn(sel)).toBe(0);
    await page.close();
  });

  it('counts the archive people on the page on the badge', async () => {
    const page = await allowedPage('names.html');
    await expect.poll(() => world.badge(page), poll).toBe('2');
    const plain = await allowedPage('plain.html');
    await expect.poll(() => plain.evaluate(() => document.readyState), poll).toBe('complete');
    // A page with nobody from the archive has no badge once its scan reported.
    await expect.poll(() => world.badge(plain), poll).toBe('');
    await plain.close();
    await page.close();
  });

  it('shows a card with the right talks on hover, and on keyboard focus', async () => {
    const page = await allowedPage('names.html');
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    const at = await markCentre(page, 'I. Solberg');
    expect(at).toBeDefined();
    await page.mouse.move(at!.x, at!.y);
    const card = page.locator('talkscope-card .card');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    expect(await card.locator('h2').textContent()).toBe('Ingrid Solberg');
    expect(await card.locator('li .title').allTextContents()).toEqual([
      'Sediment Cores and the Memory of Fjords',
      'Reading Ice Sheets from the Sea Floor',
      'Dating Marine Cores without Carbon',
    ]);
    expect(await card.locator('li').first().textContent()).toContain('2 May 2024 · field-seminar');
    expect(await card.locator('a').getAttribute('href')).toBe(
      `chrome-extension://${world.browser.id}/archive.html#/person/ingrid%20solberg`,
    );
    // For a person to look at: the card as it shows (not an assertion).
    await page.screenshot({ path: join(tmpdir(), 'talkscope-page-names-card.png') });

    // Away from the name and the card, it goes.
    await page.mouse.move(5, 5);
    await expect.poll(() => card.isVisible(), poll).toBe(false);

    // Keyboard: focusing a link that is a name shows the card; Escape hides it.
    await page.focus('#link');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    expect(await card.locator('h2').textContent()).toBe('Ingrid Solberg');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible(), poll).toBe(false);

    // The card's link opens the person's archive page.
    await page.focus('#input');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    const opened = world.browser.context.waitForEvent('page');
    await card.locator('a').click();
    expect((await opened).url()).toBe(`chrome-extension://${world.browser.id}/archive.html#/person/ingrid%20solberg`);
    await page.close();
  });

  it('marks a name split across elements, and shows its card from either part', async () => {
    const page = await allowedPage('split.html');
    // Names across inline elements are one name; list items are not one line.
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Marek Novák']);
    // Over "Solberg", the part after the bold "Ingrid".
    const at = await page.evaluate(() => {
      const text = document.querySelector('#split b')!.nextSibling as Text;
      const range = document.createRange();
      range.setStart(text, 1);
      range.setEnd(text, 8);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    const card = page.locator('talkscope-card .card');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    expect(await card.locator('h2').textContent()).toBe('Ingrid Solberg');
    // The page edits the second part alone: the name is read again with the rest of its line.
    await page.evaluate(() => {
      (document.querySelector('#split b')!.nextSibling as Text).data = ' Solberg, and then ';
      document.querySelector('#split .family')!.textContent = 'Nováková';
    });
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg']);
    await page.evaluate(() => (document.querySelector('#split .family')!.textContent = 'Novák'));
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Marek Novák']);
    await page.close();
  });

  it("recognises a speaker's homepage: the badge shows their number of talks", async () => {
    const page = await allowedPage('ingrid/');
    await expect.poll(() => world.badge(page), poll).toBe('3');
    // What the popup asks for this tab.
    const state = await world.browser.worker.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      return (
        globalThis as unknown as { talkscopePageNames: { stateOf(id: number): Promise<unknown> } }
      ).talkscopePageNames.stateOf(tab.id!);
    }, page.url());
    expect(state).toMatchObject({ homepage: { key: 'ingrid solberg', name: 'Ingrid Solberg', talks: 3 } });
    // Paused, the badge goes quiet in the open tab too; resumed, the count is back.
    await world.hooks('pauseSite', world.origin, true);
    await expect.poll(() => world.badge(page), poll).toBe('');
    await world.hooks('pauseSite', world.origin, false);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await page.close();
    // A link shared with tracking parameters is the same homepage.
    const shared = await allowedPage('ingrid/?utm_source=twitter&utm_medium=social&fbclid=IwAR0x');
    await expect.poll(() => world.badge(shared), poll).toBe('3');
    await shared.close();
  });

  it('keeps the people of a page that changes its own address, and sees the homepages it goes to', async () => {
    const page = await allowedPage('names.html');
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    await expect.poll(() => world.badge(page), poll).toBe('2');
    const people = async () => (await world.state(page)).names.map((n) => n.name);
    const both = ['Ingrid Solberg', 'Marek Novák'];
    expect(await people()).toEqual(both);
    // A single-page app's own navigation: the page, its script and its marks stay.
    await world.changeAddress(page, () => page.evaluate(() => history.pushState({}, '', '/spa-2')));
    await expect.poll(people, poll).toEqual(both);
    await world.changeAddress(page, () => page.evaluate(() => (location.hash = '#x')));
    await expect.poll(people, poll).toEqual(both);
    expect(await markedNames(page)).toHaveLength(7);
    await expect.poll(() => world.badge(page), poll).toBe('2');
    // The app goes to a speaker's homepage: her talks on the badge; and away: the people again.
    await world.changeAddress(page, () => page.evaluate(() => history.pushState({}, '', '/ingrid/')));
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await expect
      .poll(() => world.state(page), poll)
      .toMatchObject({ names: [{ name: 'Ingrid Solberg' }, { name: 'Marek Novák' }], homepage: { talks: 3 } });
    await world.changeAddress(page, () => page.evaluate(() => history.replaceState({}, '', '/spa-3')));
    await expect.poll(() => world.badge(page), poll).toBe('2');
    expect(await world.state(page)).toEqual(expect.not.objectContaining({ homepage: expect.anything() }));
    // A new page in the tab, on a site the extension may not read: what the last one found goes.
    const tabId = await world.tabIdOf(page);
    await world.changeAddress(page, () => page.goto(world.origin.replace('127.0.0.1', 'localhost') + '/names.html'));
    await expect.poll(async () => (await world.state(tabId)).names, poll).toEqual([]);
    await expect.poll(() => world.badge(tabId), poll).toBe('');
    await page.close();
  });

  it('keeps an editor working: typing is untouched and names typed into it are not marked', async () => {
    const page = await allowedPage('editor.html');
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg']);
    await page.click('#editor p');
    await page.keyboard.press('End');
    const typed = 'met Marek Novák and Ingrid Solberg.';
    await page.keyboard.type(typed);
    await page.click('#plain');
    await page.keyboard.type('Ingrid Solberg');
    expect(await page.locator('#editor').textContent()).toContain(typed);
    expect(await page.inputValue('#plain')).toBe('Ingrid Solberg');
    // Every keystroke reached the page's own editor logic.
    expect(await page.evaluate(() => (window as unknown as { edits: number }).edits)).toBe(typed.length);
    // A name added outside the editor after the typing: once it is marked, the extension has
    // looked at every change before it, and nothing typed in the editor is marked.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="later">Lena Hartmann joined.</p>'));
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Lena Hartmann']);
    await page.close();
  });

  it('follows an app that rewrites itself, without breaking it', async () => {
    const page = await allowedPage('app.html');
    await expect.poll(() => page.evaluate(() => (window as unknown as { renders: number }).renders), poll).toBeGreaterThan(30);
    const ticks = await page.evaluate(() => (window as unknown as { stopApp(): number }).stopApp());
    const expected = ['Ingrid Solberg', 'Marek Novák', 'Lena Hartmann'].slice(0, 1 + (ticks % 3)).sort();
    // Once the app settles, exactly what it shows is marked.
    await expect.poll(() => markedNames(page), poll).toEqual(expected);
    expect(await page.locator('#app h2').textContent()).toBe(`Render ${ticks}`);
    await page.close();
  });

  it('marks names in a very large table and the page stays usable', async () => {
    const page = await allowedPage('table.html');
    expect(await page.locator('#big tr').count()).toBe(20_000);
    await expect.poll(() => world.badge(page), poll).toBe('1');
    // Every name is found, and those near the viewport are painted: scrolling brings the rest.
    const paintedRows = () =>
      page.evaluate(() =>
        [...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('talkscope-name') ?? [])]
          .map((r) => (r.startContainer.parentElement!.closest('tr') as HTMLTableRowElement).rowIndex)
          .sort((a, b) => a - b),
      );
    await expect.poll(paintedRows, poll).toEqual([0]);
    await page.locator('#big tr:nth-child(19001) td:nth-child(2)').scrollIntoViewIfNeeded();
    await expect.poll(paintedRows, poll).toEqual([19000]);
    const found = await world.browser.worker.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      const hooks = (
        globalThis as unknown as { talkscopePageNames: { stateOf(id: number): Promise<{ names: { times: number }[] }> } }
      ).talkscopePageNames;
      return (await hooks.stateOf(tab?.id ?? -1)).names.map((n) => n.times);
    }, page.url());
    expect(found).toEqual([20]);
    // The page still answers: a click on a cell reaches the page's own handler.
    await page.evaluate(() =>
      document
        .querySelector('#big')!
        .addEventListener('click', () => ((window as unknown as { clicked: boolean }).clicked = true)),
    );
    await page.click('#big tr:nth-child(3) td');
    expect(await page.evaluate(() => (window as unknown as { clicked: boolean }).clicked)).toBe(true);
    await page.close();
  });

  it('pausing a site stops marking there at once and after a reload; resuming brings it back', async () => {
    const page = await allowedPage('names.html');
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    // What the popup's "Pause on this site" does (entrypoints/shared/page-names-access.ts).
    const setPaused = (paused: boolean) => world.hooks('pauseSite', world.origin, paused);
    await setPaused(true);
    await expect.poll(() => markedNames(page), poll).toEqual([]);
    await expect.poll(() => world.badge(page), poll).toBe('');
    // The browser itself keeps the script off the paused site, and nothing is marked after a reload.
    const [script] = (await world.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())) as {
      excludeMatches?: string[];
    }[];
    expect(script?.excludeMatches).toEqual(['http://127.0.0.1/*']);
    await page.reload();
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await markedNames(page)).toEqual([]);
    await setPaused(false);
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    await expect.poll(() => nameBackground(page), poll).toBe(NAME_BACKGROUND);
    await page.close();
  });

  it('marks names inside a frame of an allowed site, counts them on the badge until the frame leaves, and pausing clears them', async () => {
    const page = await allowedPage('frame.html');
    const frame = () => page.frames().find((f) => f.url().endsWith('/names.html'))!;
    const frameMarks = () =>
      frame().evaluate(
        () =>
          [...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('talkscope-name') ?? [])]
            .length,
      );
    await expect.poll(frameMarks, poll).toBe(7);
    await expect.poll(() => markedNames(page), poll).toEqual(['Lena Hartmann']);
    // Two people in the frame, one around it.
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await world.hooks('pauseSite', world.origin, true);
    await expect.poll(frameMarks, poll).toBe(0);
    await world.hooks('pauseSite', world.origin, false);
    // Resumed in the open tab: the script is started in its frames again.
    await expect.poll(frameMarks, poll).toBe(7);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    // The frame goes to a page the script does not run on: its people leave the badge.
    await page.evaluate(() => ((document.getElementById('notes') as HTMLIFrameElement).src = 'about:blank'));
    await expect.poll(() => world.badge(page), poll).toBe('1');
    // The page's own person is still what the popup lists: the frame loading was not the tab leaving.
    const state = (await world.browser.worker.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      return (
        globalThis as unknown as { talkscopePageNames: { stateOf(id: number): Promise<unknown> } }
      ).talkscopePageNames.stateOf(tab.id!);
    }, page.url())) as { names: { name: string }[] };
    expect(state.names.map((n) => n.name)).toEqual(['Lena Hartmann']);
    await page.close();
  });

  it("keeps the people of a page's frames when the page changes its own address", async () => {
    const page = await allowedPage('frame.html');
    const people = async () => (await world.state(page)).names.map((n) => n.name).sort();
    const all = ['Ingrid Solberg', 'Lena Hartmann', 'Marek Novák'];
    await expect.poll(people, poll).toEqual(all);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await world.changeAddress(page, () => page.evaluate(() => history.pushState({}, '', '/spa-2')));
    // The frame did not change: its two people still count, with the page's own.
    await expect.poll(people, poll).toEqual(all);
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="more">More: Marek Novák</p>'));
    await expect.poll(() => markedNames(page), poll).toEqual(['Lena Hartmann', 'Marek Novák']);
    await expect.poll(people, poll).toEqual(all);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await world.changeAddress(page, () => page.evaluate(() => (location.hash = '#notes')));
    await expect.poll(people, poll).toEqual(all);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await page.close();
  });

  it('the global switch on the options page stops marking everywhere, and turns it back on', async () => {
    const page = await allowedPage('names.html');
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    const options = await world.browser.open('options.html');
    const onOff = options.getByRole('checkbox', { name: 'Mark names on pages' });
    await expect.poll(() => onOff.isChecked(), poll).toBe(true);
    await options.screenshot({ path: join(tmpdir(), 'talkscope-page-names-options.png'), fullPage: true });
    await onOff.click();
    await expect.poll(() => markedNames(page), poll).toEqual([]);
    await expect
      .poll(() => world.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), poll)
      .toEqual([]);
    const other = await world.openPage('editor.html');
    await other.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await markedNames(other)).toEqual([]);
    await onOff.click();
    await expect.poll(() => markedNames(page), poll).toHaveLength(7);
    await expect.poll(() => markedNames(other), poll).toEqual(['Ingrid Solberg']);
    await other.close();
    await options.close();
    await page.close();
  });
});
