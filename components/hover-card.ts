/**
 * The small card shown over a page when a marked name is hovered or focused: who the person
 * is, their talks, a link to their archive page. Plain DOM inside a shadow root with its own
 * styles, so the page's styles cannot reach it and it cannot reach the page. Everything from
 * the archive is set as text. No browser extension API: the caller passes data and callbacks.
 *
 * How a screen reader learns that the card belongs to the focused name: `aria-describedby` or
 * `aria-details` on the name would have to point into this shadow root, which IDs cannot do
 * (and element reflection only reaches out of a shadow root, not into one); pointing them at
 * the host instead would mean writing attributes into the page's own elements, which a page's
 * framework may overwrite, diff against or copy. So the card speaks for itself and the page is
 * left as it is: shown for a focused name, a polite live region in the shadow root says whose
 * card it is and how to reach it ("Ingrid Solberg: card from Talkscope. Tab to reach it,
 * Escape to close."), and the card, a non-modal dialog, is labelled with the person's name.
 * Tab from the name goes straight into it (see hover-names.ts), so it follows the name in the
 * keyboard's order as a tooltip's content would.
 */
import type { CardPerson } from '../indexer/names/page-names-protocol.ts';
import { formatDate } from './lib/format-date.ts';
import { counted } from './lib/counted.ts';

export interface HoverCardOptions {
  /** The archive page of a person (`archive.html#/person/<key>`), shown as the link's address. */
  personUrl: (key: string) => string;
  /** The link was followed: open the person's page. */
  onOpenPerson: (key: string) => void;
  /** Attribute that marks the card's host as the extension's own UI (never scanned). */
  ownAttribute: string;
}

export interface HoverCard {
  readonly host: HTMLElement;
  /**
   * Shows `person` next to `anchor` (viewport coordinates). `forFocus`: shown for a name that
   * has keyboard focus; a screen reader is told whose card it is and how to reach it.
   */
  show(person: CardPerson, anchor: { left: number; top: number; bottom: number }, forFocus?: boolean): void;
  /** Places the shown card next to `anchor` again, as it is (its name moved); nothing when hidden. */
  move(anchor: { left: number; top: number; bottom: number }): void;
  hide(): void;
  readonly shown: boolean;
  /** Whether keyboard focus is inside the card. */
  readonly hasFocus: boolean;
  /** Moves keyboard focus to the card's link; `false` when the card is hidden. */
  focusLink(): boolean;
  /** Whether an event target is inside the card. */
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: max-content; max-width: min(360px, 90vw);
  padding: 10px 12px; border-radius: 8px; font: 13px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff;
  border: 1px solid #c9c9d1; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
.card[hidden] { display: none; }
.say { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
h2 { margin: 0 0 2px; font-size: 14px; font-weight: 600; }
.aff { color: #55555f; margin-bottom: 6px; }
ul { margin: 6px 0; padding: 0 0 0 16px; }
li { margin: 2px 0; }
.meta { color: #55555f; }
li .meta { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
a { color: #0b57d0; }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e6ea; background: #202126; border-color: #45464f; }
  .aff, .meta { color: #a9a9b3; }
  a { color: #8ab4f8; }
}`;

export function createHoverCard(doc: Document, options: HoverCardOptions): HoverCard {
  const host = doc.createElement('talkscope-card');
  host.setAttribute(options.ownAttribute, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.hidden = true;
  // Outside the card: a live region must be on the page before it speaks, hidden card or not.
  const say = doc.createElement('div');
  say.className = 'say';
  say.setAttribute('role', 'status');
  shadow.append(style, card, say);
  let attached = false;
  let sayTimer: number | undefined;
  let link: HTMLAnchorElement | undefined;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  };
  const place = (anchor: { left: number; top: number; bottom: number }) => {
    if (!attached) {
      (doc.documentElement ?? doc.body).append(host);
      attached = true;
    }
    card.hidden = false;
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const rect = card.getBoundingClientRect();
    const left = Math.max(4, Math.min(anchor.left, vw - rect.width - 4));
    const below = anchor.bottom + 6;
    const top = below + rect.height > vh && anchor.top - rect.height - 6 > 0 ? anchor.top - rect.height - 6 : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  };
  return {
    host,
    get shown() {
      return !card.hidden;
    },
    show(person, anchor, forFocus = false) {
      const parts: Node[] = [el('h2', person.name)];
      if (person.affiliation) parts.push(el('div', person.affiliation, 'aff'));
      if (person.talks.length) {
        const list = el('ul');
        for (const t of person.talks) {
          const li = el('li');
          li.dataset.id = t.id;
          li.append(el('span', t.title, 'title'), el('span', [formatDate(t.date), t.series].filter(Boolean).join(' · '), 'meta'));
          list.append(li);
        }
        parts.push(list);
      }
      const counts = [
        person.moreTalks ? counted(person.moreTalks, 'more talk') : '',
        person.otherRecords ? counted(person.otherRecords, 'other record') : '',
      ].filter(Boolean);
      if (!person.talks.length && !counts.length) counts.push('In the archive');
      if (counts.length) parts.push(el('div', counts.join(', '), 'meta'));
      link = el('a', `${person.name} in Talkscope`);
      link.href = options.personUrl(person.key);
      link.addEventListener('click', (e) => {
        // Pages cannot open the extension's own pages: the background opens it.
        e.preventDefault();
        options.onOpenPerson(person.key);
      });
      parts.push(link);
      card.replaceChildren(...parts);
      card.setAttribute('aria-label', person.name);
      place(anchor);
      const view = doc.defaultView;
      view?.clearTimeout(sayTimer);
      say.textContent = '';
      // A moment after the host is on the page, or the first announcement is lost.
      if (forFocus && view)
        sayTimer = view.setTimeout(() => {
          say.textContent = `${person.name}: card from Talkscope. Tab to reach it, Escape to close.`;
        }, 100);
    },
    move(anchor) {
      if (!card.hidden) place(anchor);
    },
    hide() {
      doc.defaultView?.clearTimeout(sayTimer);
      say.textContent = '';
      card.hidden = true;
    },
    get hasFocus() {
      return !!shadow.activeElement;
    },
    focusLink() {
      if (card.hidden || !link) return false;
      // The card is `position: fixed` beside the name: nothing to scroll to.
      link.focus({ preventScroll: true });
      return true;
    },
    contains: (target) => target === host || (target instanceof Node && (host.contains(target) || shadow.contains(target))),
    remove() {
      doc.defaultView?.clearTimeout(sayTimer);
      host.remove();
      attached = false;
    },
  };
}
