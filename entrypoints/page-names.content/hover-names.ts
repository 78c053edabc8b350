/**
 * Shows the card for a marked name under the pointer or inside the focused element; hides it
 * when the pointer leaves both the name and the card, on Escape, or on scroll. A focused
 * name's card outlives a scroll instead: it follows its name, and goes once no part of the
 * name is in view. From a focused name the keyboard reaches the card's link, as it would a
 * tooltip's content (WCAG 1.4.13, 2.1.1): Tab goes into the card, and Tab or Shift+Tab out of
 * it goes on in the page's own order from the name. Names in editable areas never show a
 * card. Pure DOM.
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
  // Where the card's name stands: live, so it moves with the page.
  let range: Range | undefined;
  // The focused element the card is shown for; none when the pointer opened it.
  let owner: HTMLElement | undefined;
  // The element focus was given back to as its card closed: its card stays closed until focus
  // goes elsewhere, or Escape inside the card would open it again at once.
  let dismissed: Element | undefined;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let frame = 0;
  let placing = 0;
  let last = { x: 0, y: 0 };

  // Someone typing gets no card. A mark can outlive its text's editability a moment: an area
  // made editable is cleared at the next batch of changes, and `designMode` tells no observer
  // at all. (`isContentEditable` covers both attribute and `designMode`.)
  const editing = (node: Node | null) => {
    const el = node && node.nodeType === 1 ? (node as HTMLElement) : node?.parentElement;
    return !!el && (!!el.isContentEditable || !!el.closest('[role="textbox"]'));
  };

  const anchorOf = (r: Range) => {
    const { left, top, bottom } = r.getBoundingClientRect();
    return { left, top, bottom };
  };
  // Any line of the name on screen will do: a name taken off the page has none.
  const inView = (r: Range) =>
    !r.collapsed &&
    [...r.getClientRects()].some((b) => b.bottom > 0 && b.right > 0 && b.top < win.innerHeight && b.left < win.innerWidth);

  const open = (name: PaintedName, by?: HTMLElement) => {
    win.clearTimeout(hideTimer);
    if (current === name.key && card.shown) {
      if (by) {
        // Focus on the name, or on another place of the same person: the card follows that one.
        [owner, range] = [by, name.range];
        card.move(anchorOf(range));
      }
      return;
    }
    if (editing(name.range.startContainer)) return;
    current = name.key;
    owner = by;
    range = name.range;
    let p = people.get(name.key);
    if (!p) people.set(name.key, (p = describe(name.key).catch(() => undefined)));
    void p.then((person) => {
      if (current !== name.key) return;
      // Read now, not at `open`: a focused name's page may have scrolled while it was asked for.
      // A name taken off the page meanwhile has no place to show a card at.
      if (person && !name.range.collapsed) card.show(person, anchorOf(name.range), !!by);
      else card.hide();
    });
  };
  const close = () => {
    win.clearTimeout(showTimer);
    // Focus inside the card would be lost with it: it goes back to the name.
    if (card.hasFocus && owner?.isConnected) {
      dismissed = owner;
      owner.focus({ preventScroll: true });
    }
    current = owner = range = undefined;
    card.hide();
  };
  // The pointer does not take away a card the keyboard is using.
  const keyboardHolds = () => card.hasFocus || (!!owner && doc.activeElement === owner);
  const closeSoon = () => {
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => keyboardHolds() || close(), 300);
  };

  // A scroll takes a pointer's card away, its name slipping from under the pointer. A focused
  // name's card stays beside its name while any of it is in view: pages scroll by themselves as
  // focus moves (scrollIntoView, smooth scrolling, sticky headers) and arrow keys scroll them
  // with focus still on the name, and closing then would take the card's link from the keyboard.
  const onScroll = () => {
    if (!keyboardHolds()) return close();
    // Placed once a frame, however many scroll events a smooth scroll sends.
    if (!placing) placing = win.requestAnimationFrame(follow);
  };
  const follow = () => {
    placing = 0;
    if (!range || !keyboardHolds()) return;
    if (inView(range)) card.move(anchorOf(range));
    else close();
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
    const target = e.target as Node | null;
    if (card.contains(target)) return win.clearTimeout(hideTimer);
    if (target === dismissed) return;
    dismissed = undefined;
    const el = target && target.nodeType === 1 ? (target as HTMLElement) : undefined;
    // An editor taking focus is someone about to type: no card over it.
    const [name] = el && !editing(el) ? painter.namesIn(el) : [];
    if (name) open(name, el);
    else if (card.shown) close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (!card.shown) return;
    if (e.key === 'Escape') return close();
    // A Tab the page handled itself (a dialog keeping focus in) is the page's.
    if (e.key !== 'Tab' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || !owner?.isConnected) return;
    if (card.contains(e.target)) {
      // Out of the card: Shift+Tab back to the name; Tab on from the name, the browser's own
      // move from the element focused when this handler returns, so the page's order holds
      // (tabindex, its own shadow roots) with nothing here to compute it.
      owner.focus({ preventScroll: true });
      if (e.shiftKey) e.preventDefault();
    } else if (e.target === owner && !e.shiftKey && card.focusLink()) e.preventDefault();
  };
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('focusin', onFocus);
  doc.addEventListener('keydown', onKey);
  win.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    doc.removeEventListener('mousemove', onMove);
    doc.removeEventListener('focusin', onFocus);
    doc.removeEventListener('keydown', onKey);
    win.removeEventListener('scroll', onScroll);
    win.clearTimeout(showTimer);
    win.clearTimeout(hideTimer);
    if (frame) win.cancelAnimationFrame(frame);
    if (placing) win.cancelAnimationFrame(placing);
    close();
  };
}
