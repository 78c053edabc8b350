import { describe, expect, it } from 'vitest';
import { badgeFor, describePerson, isPageNamesMessage, namesForLookup } from '../../../indexer/names/page-names-protocol.ts';
import type { TalkRecord } from '../../../indexer/record.ts';
import { nameEntry } from './name-entry-fixture.ts';

function record(
  id: string,
  kind: TalkRecord['kind'],
  date: string | undefined,
  role: 'speaker' | 'subject' | 'host' = 'speaker',
  extra: Partial<TalkRecord> = {},
): TalkRecord {
  return {
    id,
    kind,
    title: `Title ${id}`,
    date,
    series: 'field-seminar',
    topics: [],
    links: [],
    related: [],
    root: 'c',
    source: `${id}.md`,
    people: [{ name: 'Ann Lee', key: 'ann lee', role }],
    ...extra,
  };
}

describe('describePerson', () => {
  const records = new Map(
    [
      record('t1', 'talk', '2021-01-01'),
      record('t2', 'talk', '2024-05-01'),
      record('t3', 'talk', undefined),
      record('t4', 'talk', '2023-01-01', 'host'),
      record('t5', 'talk', '2025-01-01', 'speaker', { placeholder: true }),
      record('n1', 'news', '2024-01-01', 'subject'),
    ].map((r) => [r.id, r]),
  );
  const ann = nameEntry('Ann Lee', { affiliation: 'Lab', records: ['t1', 't2', 't3', 't4', 't5', 'n1', 'gone'] });

  it('lists the talks they give, newest first, and counts the rest', () => {
    expect(describePerson(ann, records)).toEqual({
      key: 'ann lee',
      name: 'Ann Lee',
      affiliation: 'Lab',
      talks: [
        { id: 't2', title: 'Title t2', date: '2024-05-01', series: 'field-seminar' },
        { id: 't1', title: 'Title t1', date: '2021-01-01', series: 'field-seminar' },
        { id: 't3', title: 'Title t3', series: 'field-seminar' },
      ],
      moreTalks: 0,
      otherRecords: 3,
    });
  });

  it('cuts the list at the limit and says how many more', () => {
    const card = describePerson(ann, records, 1);
    expect(card.talks.map((t) => t.id)).toEqual(['t2']);
    expect(card.moreTalks).toBe(2);
  });
});

describe('badgeFor', () => {
  it.each([
    [{ names: [] }, ''],
    [{ names: [{ key: 'a', name: 'A', times: 3 }] }, '1'],
    [{ names: Array.from({ length: 120 }, (_, i) => ({ key: `k${i}`, name: 'x', times: 1 })) }, '99+'],
    [{ names: [{ key: 'a', name: 'A', times: 1 }], homepage: { key: 'b', name: 'B', talks: 7 } }, '7'],
    // The homepage of someone with no talk (a profile subject): the people on it, never "0".
    [{ names: [], homepage: { key: 'b', name: 'B', talks: 0 } }, ''],
    [
      {
        names: [
          { key: 'b', name: 'B', times: 4 },
          { key: 'a', name: 'A', times: 1 },
        ],
        homepage: { key: 'b', name: 'B', talks: 0 },
      },
      '2',
    ],
  ])('%j → %s', (state, text) => expect(badgeFor(state).text).toBe(text));

  it.each([
    [{ names: [], homepage: { key: 'b', name: 'Ann Lee', talks: 1 } }, 'Talkscope: Ann Lee, 1 talk in the archive'],
    [{ names: [], homepage: { key: 'b', name: 'Ann Lee', talks: 3 } }, 'Talkscope: Ann Lee, 3 talks in the archive'],
    [
      { names: [{ key: 'b', name: 'Ann Lee', times: 2 }], homepage: { key: 'b', name: 'Ann Lee', talks: 0 } },
      'Talkscope: 1 person from the archive on this page',
    ],
    [{ names: [], homepage: { key: 'b', name: 'Ann Lee', talks: 0 } }, 'Talkscope'],
  ])('says in words what the number means: %j → %s', (state, title) => expect(badgeFor(state).title).toBe(title));
});

describe('isPageNamesMessage', () => {
  it.each([
    [{ pageNames: 'match', texts: ['Talk by Tom Hartvigsen'] }, true],
    [{ talkscope: 'search' }, false],
    [null, false],
    ['names', false],
  ])('%j → %s', (m, expected) => expect(isPageNamesMessage(m)).toBe(expected));
});

describe('namesForLookup', () => {
  it('keeps speakers and profile subjects, with only what matching needs', () => {
    const entries = [
      nameEntry('Ann Lee', { roles: ['speaker', 'host'], variants: ['A. Lee'], records: ['t1'] }),
      nameEntry('Bo Chen', { roles: ['subject'] }),
      nameEntry('Cy Host', { roles: ['host', 'editor'] }),
      nameEntry('Di Author', { roles: ['author'] }),
    ];
    expect(namesForLookup(entries)).toEqual([
      { key: 'ann lee', name: 'Ann Lee', variants: ['A. Lee'] },
      { key: 'bo chen', name: 'Bo Chen', variants: [] },
    ]);
  });
});
