import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../components/lib/safe-url.ts';

describe('safeHttpUrl', () => {
  it.each<[string | undefined, string | undefined]>([
    ['https://example.org/a', 'https://example.org/a'],
    [' http://example.org ', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});
