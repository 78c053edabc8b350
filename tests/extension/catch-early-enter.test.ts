// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { catchEarlyEnter } from '../../entrypoints/popup/catch-early-enter.ts';

beforeEach(() => {
  document.body.innerHTML = '<form><input id="q" type="search"></form>';
});

/** Submits the form as Enter in the box does; whether the submission went on (was not stopped). */
const pressEnter = () => document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('catchEarlyEnter', () => {
  it.each([
    ['no Enter before the app took over', 0, false],
    ['Enter before the app took over', 1, true],
    ['Enter twice', 2, true],
  ])('%s: the page is not submitted, and it reports %s', (_, presses, pressed) => {
    const take = catchEarlyEnter(document);
    const wentOn = Array.from({ length: presses }, pressEnter);
    expect({ wentOn, pressed: take() }).toEqual({ wentOn: wentOn.map(() => false), pressed });
  });

  it('leaves later submissions to the app', () => {
    const take = catchEarlyEnter(document);
    take();
    expect(pressEnter()).toBe(true);
  });
});
