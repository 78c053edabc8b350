// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { catchEarlyTyping } from '../../entrypoints/popup/catch-early-typing.ts';

beforeEach(() => {
  document.body.innerHTML =
    '<input id="q" type="search"><select id="year"><option>2024</option></select><button id="back">Back</button>';
  (document.activeElement as HTMLElement | null)?.blur();
});

const press = (init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
const focusedId = () => (document.activeElement === document.body ? 'body' : document.activeElement?.id);

describe('catchEarlyTyping', () => {
  it('focuses the box at once when nothing has focus', () => {
    catchEarlyTyping(document, 'q');
    expect(focusedId()).toBe('q');
  });

  it.each<[string, KeyboardEventInit, string]>([
    ['a letter', { key: 'g' }, 'q'],
    ['an accented letter', { key: 'é' }, 'q'],
    ['a digit', { key: '2' }, 'q'],
    ['a space', { key: ' ' }, 'q'],
    ['an emoji (one code point, two UTF-16 units)', { key: '🔭' }, 'q'],
    ['Tab', { key: 'Tab' }, 'body'],
    ['Escape', { key: 'Escape' }, 'body'],
    ['an arrow', { key: 'ArrowDown' }, 'body'],
    ['Ctrl+C', { key: 'c', ctrlKey: true }, 'body'],
    ['Cmd+V', { key: 'v', metaKey: true }, 'body'],
  ])('nothing focused, then %s: focus on %s', (_, init, expected) => {
    catchEarlyTyping(document, 'q');
    document.getElementById('q')!.blur();
    press(init);
    expect(focusedId()).toBe(expected);
  });

  it.each([['year'], ['back']])('a letter typed while %s has focus stays there', (id) => {
    catchEarlyTyping(document, 'q');
    document.getElementById(id)!.focus();
    press({ key: 'g' });
    expect(focusedId()).toBe(id);
  });

  it('does nothing when the page has no box (a record is shown)', () => {
    document.body.innerHTML = '<p>Record</p>';
    catchEarlyTyping(document, 'q');
    press({ key: 'g' });
    expect(focusedId()).toBe('body');
  });
});
