// @vitest-environment happy-dom
/**
 * The archive's facets: every series, kind and year can be chosen; the most common topics
 * and people, a dozen at a glance and the rest behind "Show all".
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { BrowseView } from '../../components/browse-view.tsx';
import { browseRecords, type BrowseResult } from '../../components/lib/browse-records.ts';
import { loadFixture } from './archive-fixture.ts';
import { makeRecord } from '../support/make-record.ts';

// 45 talks, each its own series, topic and speaker.
const records = Array.from({ length: 45 }, (_, i) =>
  makeRecord({
    id: `s${i}/talks/t.md`,
    series: `series-${String(i).padStart(2, '0')}`,
    topics: [`topic ${i}`],
    people: [{ name: `Ana Lopez${i}`, key: `ana lopez${i}`, role: 'speaker' }],
    date: '2024-01-01',
  }),
);

describe('the archive facets', () => {
  it.each([
    ['series', 45],
    ['topic', 40],
    ['person', 40],
  ] as const)('lists %s: %i values', (key, n) => {
    const result = browseRecords(loadFixture(records, []), '', {}, 'date');
    expect(result.facets[key]).toHaveLength(n);
  });

  it('shows a dozen values of a facet, and the rest on "Show all"', async () => {
    const series = Array.from({ length: 32 }, (_, i) => ({ value: `s${i}`, count: 1 }));
    const result: BrowseResult = { items: [], total: 0, facets: { kind: [], series, year: [], topic: [], person: [] } };
    const root = document.createElement('div');
    render(
      <BrowseView route={{ view: 'search', query: '', filters: {}, sort: 'date' }} result={result} nameOf={() => undefined} />,
      root,
    );
    const values = () => root.querySelectorAll('.facet-values li').length;
    const button = root.querySelector<HTMLButtonElement>('.facets button')!;
    expect([values(), button.textContent, button.getAttribute('aria-expanded')]).toEqual([12, 'Show all 32', 'false']);
    button.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect([values(), button.textContent, button.getAttribute('aria-expanded')]).toEqual([32, 'Show fewer', 'true']);
  });
});
