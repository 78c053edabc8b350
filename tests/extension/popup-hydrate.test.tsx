// @vitest-environment happy-dom
/**
 * The popup's box is static markup in entrypoints/popup/index.html, typed into
 * before any script runs; the app then takes it over (hydrates) as
 * entrypoints/popup/main.tsx does. What was typed must stay, in the same box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hydrate, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveService } from '../../components/lib/archive-service.ts';
import { popupAppElement } from './popup-app-element.tsx';

const html = readFileSync(join(import.meta.dirname, '../../entrypoints/popup/index.html'), 'utf8');
const staticApp = /<div id="app">[\s\S]*?<\/div>/.exec(html)![0];

function service(asked: string[]): ArchiveService {
  return {
    search: async (request) => (asked.push(request.query), new Promise<never>(() => {})),
    getRecords: async () => [],
    getPerson: async () => undefined,
    lookAtPage: async () => ({}) as never,
  };
}

/** The popup page as the browser shows it before its script, with `typed` in the box. */
function openPage(typed: string): HTMLInputElement {
  document.body.innerHTML = staticApp;
  const box = document.getElementById('q') as HTMLInputElement;
  box.focus();
  box.value = typed;
  return box;
}

/** What main.tsx does: read the box, then hydrate the app over the markup. */
function takeOver(asked: string[]) {
  const initialQuery = (document.getElementById('q') as HTMLInputElement).value;
  const app = popupAppElement(service(asked), initialQuery);
  hydrate(app, document.getElementById('app')!);
  return app;
}

afterEach(() => render(null, document.getElementById('app')!));

describe('the popup taking over its static search box', () => {
  it.each([
    ['nothing typed', '', []],
    ['one letter', 'a', ['a']],
    ['a word and a space', 'graph ', ['graph ']],
    ['accents', 'erdős', ['erdős']],
  ])('%s: keeps the same box, focused, with what was typed, and searches it', (_, typed, searches) => {
    const box = openPage(typed);
    const asked: string[] = [];
    takeOver(asked);
    const now = document.getElementById('q') as HTMLInputElement;
    expect({ same: now === box, value: now.value, focused: document.activeElement === now, asked }).toEqual({
      same: true,
      value: typed,
      focused: true,
      asked: searches,
    });
  });
});
