/**
 * Recognises a person's homepage from a page's URL. Pure.
 */
import type { NameEntry } from '../bundle-format.ts';

/**
 * Query parameters that say how someone came to a page, never which page it is: campaign tags
 * (`utm_*`, HubSpot's `hsa_*`) and the click ids that ad networks, social sites and mailing
 * tools add to links. Names are compared in lower case.
 */
const TRACKING_PREFIXES = ['utm_', 'hsa_'];
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'srsltid',
]);

/**
 * `search` (`?a=1&b=2`, as `URL.search` gives it) without tracking parameters and empty parts,
 * the others kept as written and in order; `''` when none is left.
 *
 * @example withoutTracking('?id=42&utm_source=twitter&fbclid=x') === '?id=42'
 */
export function withoutTracking(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (!part) return false;
      let name = part.split('=', 1)[0]!;
      try {
        name = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A malformed escape is no tracking parameter's name: the part stays.
      }
      name = name.toLowerCase();
      return !TRACKING_PARAMS.has(name) && !TRACKING_PREFIXES.some((p) => name.startsWith(p));
    });
  return kept.length ? `?${kept.join('&')}` : '';
}

/**
 * The comparable form of a homepage URL: host without `www.` and lower case, the path
 * without a trailing slash or a final `index.html`, the query kept but for tracking
 * parameters (see `withoutTracking`), no scheme, no port 80/443, no fragment. `undefined`
 * for anything but http(s) or text that is not a URL.
 *
 * @example normaliseHomepage('https://www.TomHartvigsen.com/') === 'tomhartvigsen.com'
 * @example normaliseHomepage('http://people.csail.mit.edu/ghassemi/index.html#pubs') === 'people.csail.mit.edu/ghassemi'
 * @example normaliseHomepage('https://example.edu/~aramdas/?utm_source=twitter') === 'example.edu/~aramdas'
 */
export function normaliseHomepage(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const path = u.pathname
    .replace(/\/+$/, '')
    .replace(/\/(?:index|default)\.(?:html?|php|aspx?)$/i, '')
    .replace(/\/+$/, '');
  return `${host}${port}${path}${withoutTracking(u.search)}`;
}

/**
 * Builds a lookup from a page URL to the person whose homepage it is, or `undefined`.
 * Two people with the same homepage (a lab page) are not told apart: the page is nobody's.
 *
 * @example buildHomepageMatcher(entries)('http://tomhartvigsen.com') // the entry of Tom Hartvigsen
 */
export function buildHomepageMatcher<E extends Pick<NameEntry, 'key' | 'homepage'>>(
  entries: readonly E[],
): (url: string) => E | undefined {
  const byPage = new Map<string, E | null>();
  for (const e of entries) {
    const page = e.homepage ? normaliseHomepage(e.homepage) : undefined;
    if (!page) continue;
    const seen = byPage.get(page);
    byPage.set(page, seen === undefined || seen?.key === e.key ? e : null);
  }
  return (url) => {
    const page = normaliseHomepage(url);
    return (page && byPage.get(page)) || undefined;
  };
}
