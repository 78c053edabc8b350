/**
 * The background's listeners, wired as the browser will call them. WXT's fake
 * browser has no contextMenus or omnibox, so `wxt/browser` is replaced by a
 * small recording stand-in; the archive and the tab opening are stubbed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const calls: { created: unknown[]; tabs: unknown[]; defaults: unknown[] } = { created: [], tabs: [], defaults: [] };
const listeners: Record<string, Listener[]> = {};
const event = (name: string) => ({ addListener: (l: Listener) => (listeners[name] ??= []).push(l) });
const fire = async (name: string, ...args: unknown[]) => {
  for (const l of listeners[name] ?? []) await l(...args);
};

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { onInstalled: event('installed'), onStartup: event('startup'), getURL: (p: string) => `chrome-extension://id${p}` },
    contextMenus: {
      create: (o: unknown) => calls.created.push(o),
      remove: () => Promise.reject(new Error('no such menu')),
      onClicked: event('menuClicked'),
    },
    omnibox: {
      setDefaultSuggestion: (o: unknown) => calls.defaults.push(o),
      onInputChanged: event('inputChanged'),
      onInputEntered: event('inputEntered'),
    },
    tabs: {
      create: async (o: unknown) => calls.tabs.push(o),
      query: async () => [{ id: 7 }],
      update: async (id: number, o: unknown) => calls.tabs.push({ update: id, ...(o as object) }),
    },
  },
}));

vi.mock('../../entrypoints/shared/fetch-bundle.ts', async () => {
  const { loadFixture } = await import('./archive-fixture.ts');
  const loaded = loadFixture();
  return { getLoadedArchive: async () => loaded };
});

const { registerContextMenu } = await import('../../entrypoints/background/context-menu.ts');
const { registerOmnibox } = await import('../../entrypoints/background/omnibox.ts');

beforeEach(() => {
  calls.created = [];
  calls.tabs = [];
});

describe('context menu', () => {
  registerContextMenu();

  it('is created on a selection at install and at every browser start', async () => {
    await fire('installed');
    await fire('startup');
    await vi.waitFor(() => expect(calls.created).toHaveLength(2));
    expect(calls.created[0]).toEqual({ id: 'talkscope-lookup', title: 'Search Talkscope for "%s"', contexts: ['selection'] });
  });

  it('opens the archive on the selection, and ignores other menus', async () => {
    await fire('menuClicked', { menuItemId: 'someone-else', selectionText: 'x' });
    await fire('menuClicked', { menuItemId: 'talkscope-lookup', selectionText: 'Zofia Kowalczyk' });
    await vi.waitFor(() => expect(calls.tabs).toHaveLength(1));
    expect(calls.tabs[0]).toEqual({ url: 'chrome-extension://id/archive.html#/person/zofia%20kowalczyk', active: true });
  });
});

describe('omnibox', () => {
  registerOmnibox();

  it('sets a default suggestion and suggests as the person types', async () => {
    expect(calls.defaults).toEqual([{ description: 'Search the Talkscope archive' }]);
    const suggest = vi.fn();
    await fire('inputChanged', 'quantum', suggest);
    await vi.waitFor(() => expect(suggest).toHaveBeenCalled());
    expect(suggest.mock.calls[0]![0][0]).toEqual({
      content: 'talkscope:record:s/talks/future.md',
      description: 'Quantum Sensing for Ecology · Zofia Kowalczyk · 1 May 2099',
    });
  });

  it('opens Enter in the tab the person chose', async () => {
    await fire('inputEntered', 'causal', 'currentTab');
    await fire('inputEntered', 'graphs', 'newBackgroundTab');
    await vi.waitFor(() => expect(calls.tabs).toHaveLength(2));
    expect(calls.tabs).toEqual([
      { update: 7, url: 'chrome-extension://id/archive.html#/search?q=causal' },
      { url: 'chrome-extension://id/archive.html#/search?q=graphs', active: false },
    ]);
  });
});
