/**
 * An http(s) URL from a field value, or undefined: `javascript:`, `mailto:`,
 * relative paths and anything else are refused. With `base`, a relative path
 * is resolved against it (a root's configured site address).
 *
 * @example safeUrl(' https://x.org/a ') === 'https://x.org/a'
 * @example safeUrl('/talks/a.html', 'https://lab.org/') === 'https://lab.org/talks/a.html'
 * @example safeUrl('javascript:alert(1)') === undefined
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.trim().replace(/^<|>$/g, '');
  if (!s || /\s/.test(s)) return undefined;
  if (s.startsWith('//')) s = `https:${s}`;
  if (!/^https?:\/\//i.test(s)) {
    if (!base || /^[a-z][a-z0-9+.-]*:/i.test(s) || s.startsWith('#')) return undefined;
    try {
      s = new URL(s, base).href;
    } catch {
      return undefined;
    }
  }
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    return s;
  } catch {
    return undefined;
  }
}
