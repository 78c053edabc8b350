// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { RecordDetail } from '../../components/record-detail.tsx';
import { ResultList } from '../../components/result-list.tsx';
import { makeRecord, person } from '../support/make-record.ts';
import type { SearchResponse } from '../../indexer/search/search-archive.ts';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('RecordDetail', () => {
  const record = makeRecord({
    id: 'a',
    title: '<img src=x onerror=alert(1)> Talk',
    people: [person('Ana Lopez', 'speaker', { homepage: 'javascript:alert(1)' })],
    abstract: 'First paragraph.\n\nSecond <b>paragraph</b>.',
    online: 'https://meet.example.org/x',
    links: [
      { label: 'Slides', url: 'https://example.org/slides.pdf' },
      { label: 'Bad', url: 'javascript:alert(2)' },
    ],
  });

  it('renders archive text as text and links only http(s)', () => {
    const root = mount(<RecordDetail record={record} related={[]} />);
    expect(root.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)> Talk');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect([...root.querySelectorAll('.record-detail section p')].map((p) => p.textContent)).toEqual([
      'First paragraph.',
      'Second <b>paragraph</b>.',
    ]);
    const hrefs = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://meet.example.org/x', 'https://example.org/slides.pdf']);
  });

  it('makes the web addresses in its text links, and nothing else', () => {
    const root = mount(
      <RecordDetail
        record={makeRecord({ id: 'b', abstract: 'Notes at https://zbmath.org/1466.03001. Not javascript:alert(1).' })}
        related={[]}
      />,
    );
    const p = root.querySelector('.record-text p')!;
    expect(p.textContent).toBe('Notes at https://zbmath.org/1466.03001. Not javascript:alert(1).');
    expect([...p.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['https://zbmath.org/1466.03001', 'noopener noreferrer'],
    ]);
  });

  it('links people and related records when given where to', () => {
    const related = [makeRecord({ id: 'b', title: 'Related talk' })];
    const root = mount(
      <RecordDetail
        record={record}
        related={related}
        level={1}
        personHref={(k) => `#/person/${k}`}
        recordHref={(id) => `#/record/${id}`}
      />,
    );
    expect(root.querySelector('h1')).not.toBeNull();
    expect(root.querySelector('a[href="#/person/ana lopez"]')!.textContent).toBe('Ana Lopez');
    expect(root.querySelector('a[href="#/record/b"]')!.textContent).toBe('Related talk');
  });
});

describe('ResultList', () => {
  const hit = (id: string, kind: 'talk' | 'news' | 'profile') => ({
    record: makeRecord({ id, kind, title: `Title ${id}` }),
    score: 1,
    title: [
      { text: 'Title ', marked: false },
      { text: id, marked: true },
    ],
    excerpt: [],
  });
  const response: SearchResponse = {
    hits: [],
    total: 3,
    groups: {
      talk: { hits: [hit('t1', 'talk'), hit('t2', 'talk')], count: 7 },
      profile: { hits: [], count: 0 },
      news: { hits: [hit('n1', 'news')], count: 1 },
    },
    facets: { kind: [], year: [], series: [] },
  };

  it('groups options with counts, marks matches, flags the active one', () => {
    const root = mount(
      <ResultList id="r" response={response} active={1} onOpen={() => {}} onHover={() => {}} onMore={() => {}} />,
    );
    const groups = [...root.querySelectorAll('[role="group"]')].map(
      (g) => root.querySelector(`#${g.getAttribute('aria-labelledby')}`)!.textContent,
    );
    expect(groups).toEqual(['Talks (7)', 'News (1)']);
    const options = [...root.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.getAttribute('data-id'))).toEqual(['t1', 't2', 'n1']);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(options[0]!.querySelector('mark')!.textContent).toBe('t1');
    expect(root.querySelector('button.more')!.textContent).toBe('All 7 talks in the archive');
  });
});
