/**
 * STUB CONTRACT (owned by the page-highlighting work): the opt-in control for
 * names on pages (this site / everywhere / paused), shown in the popup and the
 * options page. Props may grow; `origin` is the active tab's origin when known.
 */
export function SiteAccess(_props: { origin?: string }) {
  return null;
}
