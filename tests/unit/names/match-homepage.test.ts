import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHomepageMatcher, normaliseHomepage } from '../../../indexer/names/match-homepage.ts';
import { nameEntry } from './name-entry-fixture.ts';

describe('normaliseHomepage', () => {
  it.each([
    ['https://www.tomhartvigsen.com/', 'tomhartvigsen.com'],
    ['http://tomhartvigsen.com', 'tomhartvigsen.com'],
    ['https://WWW.TomHartvigsen.COM/#talks', 'tomhartvigsen.com'],
    ['https://people.csail.mit.edu/ghassemi/index.html', 'people.csail.mit.edu/ghassemi'],
    ['https://people.csail.mit.edu/ghassemi//', 'people.csail.mit.edu/ghassemi'],
    ['https://example.org/~ann/?lang=en', 'example.org/~ann?lang=en'],
    ['http://127.0.0.1:8080/home/', '127.0.0.1:8080/home'],
    ['https://example.org:443/a', 'example.org/a'],
    ['ftp://example.org/', undefined],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%j → %j', (url, expected) => {
    expect(normaliseHomepage(url)).toBe(expected);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl()), (s) => void normaliseHomepage(s)));
  });

  it('is idempotent on what it returns, read back as an https URL', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const once = normaliseHomepage(url);
        if (once !== undefined) expect(normaliseHomepage(`https://${once}`)).toBe(once);
      }),
    );
  });
});

describe('buildHomepageMatcher', () => {
  const tom = nameEntry('Tom Hartvigsen', { homepage: 'https://www.tomhartvigsen.com/' });
  const ann = nameEntry('Ann Lab', { homepage: 'https://lab.example.org/' });
  const bob = nameEntry('Bob Lab', { homepage: 'http://lab.example.org' });
  const match = buildHomepageMatcher([tom, ann, bob, nameEntry('No Page')]);

  it.each([
    ['http://tomhartvigsen.com', 'tom hartvigsen'],
    ['https://www.tomhartvigsen.com/index.html#bio', 'tom hartvigsen'],
    ['https://tomhartvigsen.com/papers', undefined],
    ['https://lab.example.org/', undefined],
    ['about:blank', undefined],
  ])('%s → %s', (url, key) => {
    expect(match(url)?.key).toBe(key);
  });
});
