/**
 * Recognises a person's homepage from a page's URL. Pure.
 */
import type { NameEntry } from '../bundle-format.ts';

/**
 * The comparable form of a homepage URL: host without `www.` and lower case, the path
 * without a trailing slash or a final `index.html`, the query kept, no scheme, no port 80/443,
 * no fragment. `undefined` for anything but http(s) or text that is not a URL.
 *
 * @example normaliseHomepage('https://www.TomHartvigsen.com/') === 'tomhartvigsen.com'
 * @example normaliseHomepage('http://people.csail.mit.edu/ghassemi/index.html#pubs') === 'people.csail.mit.edu/ghassemi'
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
  return `${host}${port}${path}${u.search}`;
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
