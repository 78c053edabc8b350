// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArchiveApp } from '../../components/archive-app.tsx';
import { summarizeHome } from '../../components/lib/home-summary.ts';
import { parseRoute } from '../../components/lib/parse-route.ts';
import { loadFixture } from './archive-fixture.ts';

// The archive page shows its home from the build's few records, then again once the whole
// archive is in (entrypoints/archive/main.tsx).
describe('ArchiveApp, before and after the whole archive is in', () => {
  const loaded = loadFixture();
  const now = () => new Date('2025-01-01T12:00:00');
  const early = { info: loaded.info, home: summarizeHome(loaded.records, '2025-01-01') };
  const mount = (route: string, whole: boolean, root = document.createElement('div')) => {
    render(
      <ArchiveApp loaded={whole ? loaded : undefined} early={early} route={parseRoute(route)} navigate={() => {}} now={now} />,
      root,
    );
    return root;
  };

  it.each<[string, string, string]>([
    ['the home, from the early records', '#/', 'Upcoming talks'],
    ['a record, not yet', '#/record/s%2Ftalks%2Fcausal.md', 'Loading the archive…'],
    ['a search, not yet', '#/search?q=causal', 'Loading the archive…'],
  ])('%s', (_, route, text) => {
    expect(mount(route, false).querySelector('main')!.textContent).toContain(text);
  });

  it('keeps what is being typed in the search box when the whole archive comes in', () => {
    const root = mount('#/', false);
    const box = root.querySelector<HTMLInputElement>('#archive-q')!;
    box.value = 'causal inf';
    mount('#/', true, root);
    expect(root.querySelector<HTMLInputElement>('#archive-q')).toBe(box);
    expect(box.value).toBe('causal inf');
    expect(root.querySelector('main')!.textContent).toContain('Upcoming talks');
  });

  it("shows a search's words in the box", () => {
    expect(mount('#/search?q=causal', true).querySelector<HTMLInputElement>('#archive-q')!.value).toBe('causal');
  });
});
