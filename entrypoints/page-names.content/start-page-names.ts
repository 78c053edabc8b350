/**
 * The content script's wiring: asks the background for the names, marks them, shows cards,
 * reports what it found for the badge, and stops or starts again when the person pauses the
 * site or turns names off.
 */
import { browser } from 'wxt/browser';
import { createHoverCard } from '../../components/hover-card.ts';
import { nameMatcherLoader, type NameFormRow } from '../../indexer/names/name-matcher.ts';
import type { CardPerson, PageNamesMessage } from '../../indexer/names/page-names-protocol.ts';
import { getSettings, isHighlightActive, watchSettings } from '../shared/settings.ts';
import { followHover } from './hover-names.ts';
import { startNameHighlighter, type NameHighlighter } from './name-highlighter.ts';
import { pageClock } from './scan-names.ts';
import { OWN_UI_ATTRIBUTE } from './scannable-text.ts';

const send = (m: PageNamesMessage) => browser.runtime.sendMessage(m);

export async function startPageNames(onInvalidated: (cb: () => void) => void): Promise<void> {
  const origin = location.origin;
  let running: { highlighter: NameHighlighter; stopHover: () => void } | undefined;
  let names: Promise<NameFormRow[]> | undefined;
  let invalidated = false;
  // Bumped by every stop: a start still loading names gives up when it changed.
  let generation = 0;
  const card = createHoverCard(document, {
    ownAttribute: OWN_UI_ATTRIBUTE,
    personUrl: (key) => browser.runtime.getURL(`/archive.html#/person/${encodeURIComponent(key)}`),
    onOpenPerson: (key) => void send({ pageNames: 'open-person', key }),
  });

  const start = async () => {
    const gen = generation;
    // The background may be starting up: a failed ask is asked again next time.
    names ??= (send({ pageNames: 'names' }) as Promise<NameFormRow[]>).catch(() => ((names = undefined), []));
    const list = await names;
    if (running || invalidated || gen !== generation || !Array.isArray(list)) return;
    // Thousands of names: loaded a slice at a time, like the scan, never holding the page up.
    const loader = nameMatcherLoader();
    const clock = pageClock(window);
    for (let i = 0; i < list.length; i += 2000) {
      loader.add(list.slice(i, i + 2000));
      await clock.yieldToPage();
      if (running || invalidated || gen !== generation) return;
    }
    const matcher = loader.matcher();
    const highlighter = startNameHighlighter({
      doc: document,
      win: window,
      matcher,
      onFound: (counts) => void send({ pageNames: 'found', counts: [...counts] }).catch(() => undefined),
    });
    const stopHover = followHover({
      doc: document,
      win: window,
      painter: highlighter.painter,
      card,
      describe: (key) => send({ pageNames: 'person', key }) as Promise<CardPerson | undefined>,
    });
    running = { highlighter, stopHover };
  };
  const stop = () => {
    generation++;
    if (!running) return;
    running.stopHover();
    running.highlighter.stop();
    running = undefined;
    void send({ pageNames: 'found', counts: [] }).catch(() => undefined);
  };

  const unwatch = watchSettings((s) => (isHighlightActive(s, origin) ? void start() : stop()));
  onInvalidated(() => {
    invalidated = true;
    unwatch();
    stop();
    card.remove();
  });
  if (isHighlightActive(await getSettings(), origin)) await start();
}
