import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isHighlightActive,
  normalizeSettings,
  withSitePaused,
} from '../../components/lib/normalize-settings.ts';

describe('normalizeSettings', () => {
  it.each<[unknown, object]>([
    [undefined, DEFAULT_SETTINGS],
    ['junk', DEFAULT_SETTINGS],
    [{ resultsPerGroup: 500 }, { ...DEFAULT_SETTINGS, resultsPerGroup: 50 }],
    [{ resultsPerGroup: 0 }, { ...DEFAULT_SETTINGS, resultsPerGroup: 1 }],
    [{ resultsPerGroup: 'ten' }, DEFAULT_SETTINGS],
    [
      { defaultFilters: { kinds: ['talk', 'podcast'], series: ['uva', 3] } },
      { ...DEFAULT_SETTINGS, defaultFilters: { kinds: ['talk'], series: ['uva'] } },
    ],
    [
      { highlight: { enabled: false, pausedSites: ['https://b.org', 'https://a.org', 'https://b.org'] } },
      { ...DEFAULT_SETTINGS, highlight: { enabled: false, pausedSites: ['https://a.org', 'https://b.org'], badge: true } },
    ],
  ])('%j', (stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });
});

describe('site pausing', () => {
  it('pauses and resumes one origin, and the global switch wins', () => {
    const paused = withSitePaused(DEFAULT_SETTINGS, 'https://a.org', true);
    expect(isHighlightActive(paused, 'https://a.org')).toBe(false);
    expect(isHighlightActive(paused, 'https://b.org')).toBe(true);
    expect(isHighlightActive(withSitePaused(paused, 'https://a.org', false), 'https://a.org')).toBe(true);
    expect(
      isHighlightActive({ ...DEFAULT_SETTINGS, highlight: { ...DEFAULT_SETTINGS.highlight, enabled: false } }, 'https://b.org'),
    ).toBe(false);
  });
});
