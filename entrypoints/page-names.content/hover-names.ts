/**
 * Shows the card for a marked name under the pointer or inside the focused element; hides it
 * when the pointer leaves both the name and the card, on Escape, or on scroll. Pure DOM.
 */
import type { HoverCard } from '../../components/hover-card.ts';
import type { CardPerson } from '../../indexer/names/page-names-protocol.ts';
import type { NamePainter, PaintedName } from './name-painter.ts';

export interface HoverNamesOptions {
  doc: Document;
  win: Window;
  painter: NamePainter;
  card: HoverCard;
  /** The card's data, asked for once per person. */
  describe: (key: string) => Promise<CardPerson | undefined>;
  /** Pointer rest before the card shows, ms. */
  delayMs?: number;
}

/** Starts following pointer and focus; returns the function that stops. */
export function followHover({ doc, win, painter, card, describe, delayMs = 250 }: HoverNamesOptions): () => void {
  const people = new Map<string, Promise<CardPerson | undefined>>();
  let current: string | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let frame = 0;
  let last = { x: 0, y: 0 };

  const open = (name: PaintedName) => {
    win.clearTimeout(hideTimer);
    if (current === name.key && card.shown) return;
    current = name.key;
    const r = name.range.getBoundingClientRect();
    const anchor = { left: r.left, top: r.top, bottom: r.bottom };
    let p = people.get(name.key);
    if (!p) people.set(name.key, (p = describe(name.key).catch(() => undefined)));
    void p.then((person) => {
      if (current !== name.key) return;
      if (person) card.show(person, anchor);
      else card.hide();
    });
  };
  const close = () => {
    win.clearTimeout(showTimer);
    current = undefined;
    card.hide();
  };
  const closeSoon = () => {
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(close, 300);
  };

  const onMove = (e: MouseEvent) => {
    last = { x: e.clientX, y: e.clientY };
    if (card.contains(e.target)) {
      win.clearTimeout(hideTimer);
      return;
    }
    if (frame) return;
    // One look-up per frame, however fast the pointer moves.
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const name = painter.nameAt(last.x, last.y);
      win.clearTimeout(showTimer);
      if (name) showTimer = win.setTimeout(() => open(name), card.shown ? 0 : delayMs);
      else if (card.shown) closeSoon();
    });
  };
  const onFocus = (e: FocusEvent) => {
    const target = e.target;
    if (card.contains(target)) return win.clearTimeout(hideTimer);
    const [name] = target && (target as Node).nodeType === 1 ? painter.namesIn(target as Element) : [];
    if (name) open(name);
    else if (card.shown) close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.shown) close();
  };
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('focusin', onFocus);
  doc.addEventListener('keydown', onKey);
  win.addEventListener('scroll', close, { passive: true });
  return () => {
    doc.removeEventListener('mousemove', onMove);
    doc.removeEventListener('focusin', onFocus);
    doc.removeEventListener('keydown', onKey);
    win.removeEventListener('scroll', close);
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    if (frame) win.cancelAnimationFrame(frame);
    close();
  };
}
