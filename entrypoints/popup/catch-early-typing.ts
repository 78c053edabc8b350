/**
 * Keys typed before the search box has focus go into it. Right after the
 * browser starts, a popup's first frame can come late, and the page's
 * `autofocus` waits for that frame: a letter typed meanwhile went to the page
 * and was lost (the box then showed the rest of the word). Run first thing in
 * the popup's script: it focuses the box at once and, while nothing else in the
 * popup has focus, moves focus to the box on a key that types a character, so
 * the browser types it there.
 */
export function catchEarlyTyping(doc: Document, boxId: string): void {
  const box = () => doc.getElementById(boxId);
  if (nothingFocused(doc)) box()?.focus();
  doc.addEventListener(
    'keydown',
    (e) => {
      if (typesCharacter(e) && nothingFocused(doc)) box()?.focus();
    },
    true,
  );
}

/** Focus is on the page itself, not on a control (a filter, a button, a record's link keeps its keys). */
function nothingFocused(doc: Document): boolean {
  const active = doc.activeElement;
  return !active || active === doc.body || active === doc.documentElement;
}

/** A key that types a character (one code point), without a shortcut modifier. */
function typesCharacter(e: KeyboardEvent): boolean {
  return [...e.key].length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
}
