/**
 * Reads the active tab's title, headings, description and visible text, once,
 * when the popup opens: the activeTab grant allows exactly that, and nothing is kept.
 */
import { browser } from 'wxt/browser';
import type { PageText } from '../../components/lib/look-at-page.ts';

export async function readActivePage(): Promise<PageText | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return undefined;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: readPageText });
    return (first?.result as PageText | undefined) ?? undefined;
  } catch {
    // A page the browser keeps scripts out of (the store, a PDF viewer): nothing to show.
    return undefined;
  }
}

/** Runs in the page: self-contained, returns plain values only. */
function readPageText(): PageText {
  const clip = (s: string | null | undefined, n: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);
  const headings = [...document.querySelectorAll('h1, h2, h3')]
    .slice(0, 20)
    .map((h) => clip(h.textContent, 200))
    .filter(Boolean);
  const description =
    document.querySelector('meta[name="description"]')?.getAttribute('content') ??
    document.querySelector('meta[property="og:description"]')?.getAttribute('content');
  return {
    url: location.href,
    title: clip(document.title, 300),
    headings,
    description: clip(description, 500),
    text: clip(document.body?.innerText, 300_000),
  };
}
