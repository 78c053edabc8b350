import { describe, expect, it } from 'vitest';
import { isCovered, isGranted, originPattern, planRegistration } from '../../../indexer/names/plan-registration.ts';

describe('originPattern', () => {
  it.each([
    ['https://example.org', 'https://example.org/*'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1/*'],
    ['https://a.example.org/path?q', 'https://a.example.org/*'],
    ['chrome://extensions', undefined],
    ['file:///tmp/a.html', undefined],
    ['nonsense', undefined],
  ])('%s → %s', (origin, pattern) => expect(originPattern(origin)).toBe(pattern));
});

describe('planRegistration', () => {
  const base = { allowed: ['https://a.org/*', 'https://b.org/*'], granted: ['https://a.org/*'], enabled: true, pausedSites: [] };
  it.each([
    ['only sites allowed and still granted', base, { matches: ['https://a.org/*'], excludeMatches: [] }],
    ['nothing when switched off', { ...base, enabled: false }, undefined],
    ['nothing before any site is allowed', { ...base, allowed: [] }, undefined],
    ['a grant alone is not an allowance', { ...base, allowed: [], granted: ['<all_urls>'] }, undefined],
    [
      'everywhere',
      { ...base, allowed: ['<all_urls>'], granted: ['<all_urls>'] },
      { matches: ['<all_urls>'], excludeMatches: [] },
    ],
    [
      'paused sites excluded',
      { ...base, allowed: ['<all_urls>'], granted: ['<all_urls>'], pausedSites: ['https://c.org', 'http://127.0.0.1:3000'] },
      { matches: ['<all_urls>'], excludeMatches: ['http://127.0.0.1/*', 'https://c.org/*'] },
    ],
  ])('%s', (_why, input, expected) => expect(planRegistration(input)).toEqual(expected));
});

describe('isGranted and isCovered', () => {
  it.each([
    ['https://a.org/*', ['https://a.org/*'], true],
    ['https://a.org/*', ['<all_urls>'], true],
    ['https://a.org/*', ['https://*/*'], true],
    ['https://a.org/*', ['http://*/*'], false],
    ['https://a.org/*', ['https://b.org/*'], false],
  ])('%s granted by %j: %s', (p, g, expected) => expect(isGranted(p, g)).toBe(expected));

  it.each([
    ['https://a.org/x', { matches: ['https://a.org/*'], excludeMatches: [] }, true],
    ['https://b.org/x', { matches: ['https://a.org/*'], excludeMatches: [] }, false],
    ['https://b.org/x', { matches: ['<all_urls>'], excludeMatches: [] }, true],
    ['https://b.org/x', { matches: ['<all_urls>'], excludeMatches: ['https://b.org/*'] }, false],
    ['https://b.org/x', undefined, false],
  ])('%s under %j: %s', (url, plan, expected) => expect(isCovered(url, plan)).toBe(expected));
});
