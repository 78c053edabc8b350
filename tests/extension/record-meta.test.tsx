// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { RecordMeta } from '../../components/record-meta.tsx';
import type { Person } from '../../indexer/record.ts';
import { makeRecord } from '../support/make-record.ts';

const person = (name: string, role: Person['role']): Person => ({ name, key: name.toLowerCase(), role });

describe('RecordMeta', () => {
  it.each<[string, Person[], string]>([
    ['the speaker', [person('Helmut Simonis', 'speaker')], 'Helmut Simonis · 4 Mar 2026 · sched'],
    [
      'not the host',
      [person('Helmut Simonis', 'speaker'), person('Zdenek Hanzalek', 'host')],
      'Helmut Simonis · 4 Mar 2026 · sched',
    ],
    ['not who posted the page', [person('Yen Kuo', 'editor')], '4 Mar 2026 · sched'],
    [
      'three people, then how many more',
      ['A Ab', 'B Bc', 'C Cd', 'D De'].map((n) => person(n, 'speaker')),
      'A Ab, B Bc, C Cd +1 · 4 Mar 2026 · sched',
    ],
  ])('names who the record is about: %s', (_, people, text) => {
    const root = document.createElement('div');
    render(<RecordMeta record={makeRecord({ id: 'r', people, date: '2026-03-04', series: 'sched' })} />, root);
    expect(root.textContent).toBe(text);
  });
});
