/**
 * The content script's wiring: sends the page's text to the background, which finds the
 * names (so the page's main thread only reads and marks), marks them, shows cards, reports
 * what it found for the badge, and stops or starts again when the person pauses the site or
 * turns names off.
 */
import { browser } from 'wxt/browser';
import { createHoverCard } from '../../components/hover-card.ts';
import { readTextMatches } from '../../indexer/names/match-texts.ts';
import { isPageNamesMessage, type CardPerson, type PageNamesMessage } from '../../indexer/names/page-names-protocol.ts';
import { getSettings, isHighlightActive, watchSettings } from '../shared/settings.ts';
import { followHover } from './hover-names.ts';
import { startNameHighlighter, type NameHighlighter } from './name-highlighter.ts';
import { hasNameStyle } from './paint-names.ts';
import type { NameFinder } from './scan-names.ts';
import { OWN_UI_ATTRIBUTE } from './scannable-text.ts';

const send = (m: PageNamesMessage) => browser.runtime.sendMessage(m);
/** Tells the background who is marked here, for the badge (nobody: an empty map). */
const report = (counts: ReadonlyMap<string, number>) =>
  void send({ pageNames: 'found', counts: [...counts] }).catch(() => undefined);

export async function startPageNames(onInvalidated: (cb: () => void) => void): Promise<void> {
  const origin = location.origin;
  let running: { highlighter: NameHighlighter; stopHover: () => void } | undefined;
  let invalidated = false;
  const card = createHoverCard(document, {
    ownAttribute: OWN_UI_ATTRIBUTE,
    personUrl: (key) => browser.runtime.getURL(`/archive.html#/person/${encodeURIComponent(key)}`),
    onOpenPerson: (key) => void send({ pageNames: 'open-person', key }),
  });

  const find: NameFinder = async (texts) => readTextMatches(await send({ pageNames: 'match', texts }), texts.length);

  const start = () => {
    if (running || invalidated) return;
    if (!hasNameStyle(window)) void send({ pageNames: 'style' }).catch(() => undefined);
    const highlighter = startNameHighlighter({
      doc: document,
      win: window,
      find,
      onFound: report,
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
    if (!running) return;
    running.stopHover();
    running.highlighter.stop();
    running = undefined;
    report(new Map());
  };

  const unwatch = watchSettings((s) => (isHighlightActive(s, origin) ? start() : stop()));
  // A frame that goes to another page takes its names off the tab's badge; a page the browser
  // brings back from its back-forward cache puts them on again.
  let shown = true;
  const onHide = () => {
    shown = false;
    if (running) report(new Map());
  };
  const onShow = (e: PageTransitionEvent) => {
    shown = true;
    if (running && e.persisted) report(running.highlighter.counts());
  };
  // The tab's address changed and the background forgot what it had: say it again, unless
  // this page is on its way out (its last word was that it marks nobody).
  const onAsk = (m: unknown) => {
    if (isPageNamesMessage(m) && m.pageNames === 'report' && running && shown) report(running.highlighter.counts());
    return undefined;
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('pageshow', onShow);
  browser.runtime.onMessage.addListener(onAsk);
  onInvalidated(() => {
    invalidated = true;
    unwatch();
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('pageshow', onShow);
    browser.runtime.onMessage.removeListener(onAsk);
    stop();
    card.remove();
  });
  if (isHighlightActive(await getSettings(), origin)) start();
}
