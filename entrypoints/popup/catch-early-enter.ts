/**
 * Enter pressed in the popup's static search box before the app takes it over: a
 * submission of its form (whose `method="dialog"` keeps the popup from loading again,
 * and this stops it in any case). Run first thing in the popup's script: it
 * remembers the key, so the app can open the first
 * result once the answer comes. Returns whether Enter was pressed; call it when
 * the app takes over (later submissions are the app's, which stops them itself).
 */
export function catchEarlyEnter(doc: Document): () => boolean {
  let pressed = false;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    pressed = true;
  };
  doc.addEventListener('submit', onSubmit, true);
  return () => {
    doc.removeEventListener('submit', onSubmit, true);
    return pressed;
  };
}
