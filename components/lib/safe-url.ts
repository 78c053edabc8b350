/**
 * Archive links are data: only http(s) URLs become links, everything else is dropped.
 *
 * @example safeHttpUrl('https://example.org/a') === 'https://example.org/a'
 * @example safeHttpUrl('javascript:alert(1)') === undefined
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
