/**
 * Names on pages in Chromium, where the page and the person take over: an area the page
 * makes editable loses its marks and never pops a card while someone types in it, a
 * keyboard alone reaches the card's link and gets back to the page's own order, and a
 * focused name's card stays beside its name as the page scrolls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { markCentre, markedNames, startPageNamesWorld, type PageNamesWorld } from './page-names-setup.ts';

let world: PageNamesWorld;

beforeAll(async () => {
  world = await startPageNamesWorld();
  await world.allowTestSite();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

const poll = { timeout: 15_000, interval: 100 };

/** The card as a person sees it (Playwright's CSS reaches into its open shadow root). */
const cardOf = (page: Page) => page.locator('talkscope-card .card');

/** The id of the page's focused element, or the text of the focused element inside the card. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const inCard = document.querySelector('talkscope-card')?.shadowRoot?.activeElement;
    return inCard ? `card: ${inCard.textContent}` : (document.activeElement?.id ?? '');
  });
}

/**
 * Scrolls the page by `dy` and tells whether the card was shown when the scroll was heard (the
 * extension listened first) and two frames later, and then where it stands from the name in
 * the element `#id`: from its bottom and its left edge.
 */
function scroll(page: Page, dy: number, id: string) {
  return page.evaluate(
    async ([by, nameId]) => {
      const card = document.querySelector('talkscope-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const heard = new Promise((r) => addEventListener('scroll', r, { once: true }));
      scrollBy(0, by);
      await heard;
      const atScroll = !card.hidden;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(nameId)!);
      const name = range.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        atScroll,
        after: !card.hidden,
        nameTop: round(name.top),
        below: round(box.top - name.bottom),
        left: round(box.left - name.left),
      };
    },
    [dy, id] as const,
  );
}

/**
 * Adds a name outside every editor and waits for it to be marked: the page's changes are
 * scanned in order, so every change before it has been looked at. Pointer rest and focus
 * have had the time to open a card, too.
 */
async function settle(page: Page, name: string, expected: string[]) {
  await page.evaluate((n) => document.body.insertAdjacentHTML('beforeend', `<p class="later">${n} came later.</p>`), name);
  await expect.poll(() => markedNames(page), poll).toEqual(expected);
  await page.waitForTimeout(400);
}

describe.sequential('names in areas that become editable', { timeout: 60_000 }, () => {
  it('clears the marks of an area made editable, shows no card while typing there, and marks it again when done', async () => {
    const page = await world.openPage('becomes-editable.html');
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Lena Hartmann', 'Marek Novák']);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    const card = cardOf(page);

    const at = await markCentre(page, 'Ingrid Solberg');
    await page.click('#edit');
    // At once, before the marks can have gone: the pointer rests on the name and the editor
    // takes focus, as a person clicking into the text does.
    await page.mouse.click(at!.x, at!.y);
    await page.evaluate(() => {
      const text = document.querySelector('#p1')!.firstChild as Text;
      getSelection()!.collapse(text, text.data.indexOf('Solberg'));
    });
    await page.keyboard.type('XYZ ');
    expect(await page.locator('#p1').textContent()).toBe('Talk by Ingrid XYZ Solberg today.');
    await expect.poll(() => markedNames(page), poll).toEqual(['Marek Novák']);
    await expect.poll(() => world.badge(page), poll).toBe('1');
    await settle(page, 'Ingrid Solberg', ['Ingrid Solberg', 'Marek Novák']);
    expect(await card.isVisible()).toBe(false);
    expect(await focused(page)).toBe('doc');

    // Editing done: the area is read again, as it reads now.
    await page.click('#done');
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Lena Hartmann', 'Marek Novák']);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await page.close();
  });

  it.each([
    ['role', 'textbox'],
    ['contenteditable', ''],
    ['contenteditable', 'plaintext-only'],
  ])('clears the marks of an area given %s="%s", and marks it again when it goes', async (attr, value) => {
    const page = await world.openPage('becomes-editable.html');
    const all = ['Ingrid Solberg', 'Lena Hartmann', 'Marek Novák'];
    await expect.poll(() => markedNames(page), poll).toEqual(all);
    await page.evaluate(([a, v]) => document.getElementById('doc')!.setAttribute(a, v), [attr, value] as const);
    await expect.poll(() => markedNames(page), poll).toEqual(['Marek Novák']);
    await expect.poll(() => world.badge(page), poll).toBe('1');
    await page.evaluate((a) => document.getElementById('doc')!.removeAttribute(a), attr);
    await expect.poll(() => markedNames(page), poll).toEqual(all);
    await expect.poll(() => world.badge(page), poll).toBe('3');
    await page.close();
  });

  it('in a document switched to designMode, shows no card, and clears every mark once the page is edited', async () => {
    const page = await world.openPage('becomes-editable.html');
    await expect.poll(() => markedNames(page), poll).toHaveLength(3);
    const card = cardOf(page);
    const at = await markCentre(page, 'Marek Novák');
    // Before: resting on the name shows its card.
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.isVisible(), poll).toBe(false);

    // designMode tells no observer: the marks stay until an edit, but the card never shows.
    await page.evaluate(() => (document.designMode = 'on'));
    await page.mouse.click(at!.x, at!.y);
    await page.waitForTimeout(1_000);
    expect(await card.isVisible()).toBe(false);
    await page.keyboard.type('X');
    await expect.poll(() => markedNames(page), poll).toEqual([]);
    await expect.poll(() => world.badge(page), poll).toBe('');
    await page.close();
  });
});

describe.sequential("the card's link by keyboard", { timeout: 60_000 }, () => {
  it('Tab goes from a focused name into its card and on from the name; Shift+Tab back; Escape closes', async () => {
    const page = await world.openPage('card-keyboard.html');
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Marek Novák']);
    const card = cardOf(page);
    const heading = () => card.locator('h2').textContent();
    const tab = (shift = false) => page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');

    await page.focus('#n1');
    await expect.poll(heading, poll).toBe('Ingrid Solberg');
    // A screen reader is told whose card this is and how to reach it.
    await expect
      .poll(() => page.locator('talkscope-card [role="status"]').textContent(), poll)
      .toBe('Ingrid Solberg: card from Talkscope. Tab to reach it, Escape to close.');

    // Into the card, and out of it to what follows the name in the page.
    await tab();
    await expect.poll(() => focused(page), poll).toBe('card: Ingrid Solberg in Talkscope');
    expect(await card.isVisible()).toBe(true);
    await tab();
    await expect.poll(() => focused(page), poll).toBe('n2');
    await expect.poll(heading, poll).toBe('Marek Novák');
    await expect.poll(() => card.isVisible(), poll).toBe(true);

    // Shift+Tab from the card goes back to its name; from the name, on back through the page.
    await tab();
    await expect.poll(() => focused(page), poll).toBe('card: Marek Novák in Talkscope');
    await tab(true);
    await expect.poll(() => focused(page), poll).toBe('n2');
    expect(await card.isVisible()).toBe(true);
    await tab(true);
    await expect.poll(() => focused(page), poll).toBe('n1');
    await expect.poll(heading, poll).toBe('Ingrid Solberg');

    // Escape in the card closes it and leaves focus on the name, with the card closed.
    await tab();
    await expect.poll(() => focused(page), poll).toBe('card: Ingrid Solberg in Talkscope');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible(), poll).toBe(false);
    expect(await focused(page)).toBe('n1');
    await page.waitForTimeout(400);
    expect(await card.isVisible()).toBe(false);
    // A closed card is not in the way: Tab goes on through the page.
    await tab();
    await expect.poll(() => focused(page), poll).toBe('n2');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    // Escape on the name itself closes the card too, and focus stays.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible(), poll).toBe(false);
    expect(await focused(page)).toBe('n2');

    // The last name's card, then the page's next link: the card goes.
    await page.focus('#n1');
    await page.focus('#n2');
    await expect.poll(heading, poll).toBe('Marek Novák');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    await tab();
    await tab();
    await expect.poll(() => focused(page), poll).toBe('other');
    await expect.poll(() => card.isVisible(), poll).toBe(false);

    // Shift+Tab from a name with its card open goes back through the page, not into the card.
    await page.focus('#n1');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    await tab(true);
    await expect.poll(() => focused(page), poll).toBe('before');

    // Enter on the card's link opens the person's archive page.
    await page.focus('#n1');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    await tab();
    await expect.poll(() => focused(page), poll).toBe('card: Ingrid Solberg in Talkscope');
    const opened = world.browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    expect((await opened).url()).toBe(`chrome-extension://${world.browser.id}/archive.html#/person/ingrid%20solberg`);
    await page.close();
  });
});

describe.sequential('the card as the page scrolls', { timeout: 60_000 }, () => {
  it("a focused name's card follows its name while it is in view; a hovered name's card goes at once", async () => {
    const page = await world.openPage('card-keyboard.html');
    await expect.poll(() => markedNames(page), poll).toEqual(['Ingrid Solberg', 'Marek Novák']);
    // Long enough to scroll the names out of view.
    await page.evaluate(() => (document.body.style.paddingBottom = '300vh'));
    const card = cardOf(page);

    await page.focus('#n1');
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    const top = await page.evaluate(() => document.getElementById('n1')!.getBoundingClientRect().top);
    // A little, the name still in view (arrow keys, a page scrolling focus into view): the card
    // stays, placed again just below the name where it is now.
    const near = await scroll(page, 40, 'n1');
    expect(near).toEqual({ atScroll: true, after: true, nameTop: expect.closeTo(top - 40, 0) as number, below: 6, left: 0 });
    // So it does with focus in the card, its link still in the keyboard's reach.
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page), poll).toBe('card: Ingrid Solberg in Talkscope');
    expect(await scroll(page, 20, 'n1')).toMatchObject({ atScroll: true, after: true, below: 6, left: 0 });
    // The name out of view: the card goes, and focus goes back to the name.
    expect(await scroll(page, 1000, 'n1')).toMatchObject({ after: false });
    expect(await focused(page)).toBe('n1');

    // A card the pointer opened goes as soon as the page scrolls.
    await page.evaluate(() => scrollTo(0, 0));
    await page.focus('#before');
    // Highlighted again as it comes back into view, a moment after.
    await expect.poll(() => markCentre(page, 'Ingrid Solberg'), poll).toBeDefined();
    const at = await markCentre(page, 'Ingrid Solberg');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(() => card.isVisible(), poll).toBe(true);
    expect(await scroll(page, 10, 'n1')).toMatchObject({ atScroll: false });
    await page.close();
  });
});
