import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHomepageMatcher, normaliseHomepage, withoutTracking } from '../../../indexer/names/match-homepage.ts';
import { nameEntry } from './name-entry-fixture.ts';

describe('normaliseHomepage', () => {
  it.each([
    ['https://www.tomhartvigsen.com/', 'tomhartvigsen.com'],
    ['http://tomhartvigsen.com', 'tomhartvigsen.com'],
    ['https://WWW.TomHartvigsen.COM/#talks', 'tomhartvigsen.com'],
    ['https://people.csail.mit.edu/ghassemi/index.html', 'people.csail.mit.edu/ghassemi'],
    ['https://people.csail.mit.edu/ghassemi//', 'people.csail.mit.edu/ghassemi'],
    ['https://example.org/~ann/?lang=en', 'example.org/~ann?lang=en'],
    ['https://example.edu/~aramdas/?utm_source=twitter', 'example.edu/~aramdas'],
    ['https://example.edu/~aramdas/?utm_source=twitter&utm_medium=social#top', 'example.edu/~aramdas'],
    ['https://example.org/index.php?id=42&fbclid=IwAR0x', 'example.org?id=42'],
    ['https://example.org/index.php?gclid=abc&id=42', 'example.org?id=42'],
    ['https://example.org/index.php?id=42', 'example.org?id=42'],
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

describe('withoutTracking', () => {
  it.each([
    ['', ''],
    ['?', ''],
    ['?utm_source=twitter', ''],
    ['?UTM_Campaign=spring&fbclid=IwAR0x&gclid=abc&msclkid=1&_ga=2.1&mc_cid=x&mc_eid=y', ''],
    ['?utm%5Fsource=twitter', ''],
    ['?id=42', '?id=42'],
    ['?id=42&utm_source=twitter', '?id=42'],
    ['?utm_source=twitter&id=42&lang=en', '?id=42&lang=en'],
    ['?page=people%2Fann&&utm_medium=email', '?page=people%2Fann'],
    // Names that only look alike are the page's own.
    ['?utm=1&source=feed&ref=home&q=a+b', '?utm=1&source=feed&ref=home&q=a+b'],
    ['?%E0%A4%A=1&fbclid=x', '?%E0%A4%A=1'],
  ])('%j → %j', (search, expected) => expect(withoutTracking(search)).toBe(expected));

  it('keeps every part that is not tracking, as written and in order', () => {
    // No tracking parameter's name starts with "p".
    const own = fc.stringMatching(/^p[a-z0-9]{0,5}=[a-z0-9%+]{0,6}$/).map((part) => ({ part, own: true }));
    const tracking = fc
      .constantFrom('utm_source=x', 'fbclid=y', 'gclid=z', 'UTM_medium=', '')
      .map((part) => ({ part, own: false }));
    fc.assert(
      fc.property(fc.array(fc.oneof(own, tracking), { maxLength: 8 }), (parts) => {
        const kept = parts.filter((p) => p.own).map((p) => p.part);
        const search = parts.length ? `?${parts.map((p) => p.part).join('&')}` : '';
        expect(withoutTracking(search)).toBe(kept.length ? `?${kept.join('&')}` : '');
      }),
    );
  });
});

describe('buildHomepageMatcher', () => {
  const tom = nameEntry('Tom Hartvigsen', { homepage: 'https://www.tomhartvigsen.com/' });
  const ann = nameEntry('Ann Lab', { homepage: 'https://lab.example.org/' });
  const bob = nameEntry('Bob Lab', { homepage: 'http://lab.example.org' });
  const annPhp = nameEntry('Ann Php', { homepage: 'https://example.org/index.php?id=42' });
  const match = buildHomepageMatcher([tom, ann, bob, annPhp, nameEntry('No Page')]);

  it.each([
    ['http://tomhartvigsen.com', 'tom hartvigsen'],
    ['https://www.tomhartvigsen.com/index.html#bio', 'tom hartvigsen'],
    ['https://tomhartvigsen.com/?utm_source=twitter&fbclid=IwAR0x', 'tom hartvigsen'],
    ['https://tomhartvigsen.com/papers', undefined],
    ['https://example.org/index.php?id=42&utm_medium=email', 'ann php'],
    ['https://example.org/index.php?id=43', undefined],
    ['https://example.org/index.php', undefined],
    ['https://lab.example.org/', undefined],
    ['about:blank', undefined],
  ])('%s → %s', (url, key) => {
    expect(match(url)?.key).toBe(key);
  });
});
