import { describe, expect, it } from 'vitest';
import { buildNameDictionary } from '../../indexer/enrich/build-name-dictionary.ts';
import { deriveTopics } from '../../indexer/enrich/derive-topics.ts';
import { mergePeople } from '../../indexer/enrich/merge-people.ts';
import { relateRecords } from '../../indexer/enrich/relate-records.ts';
import { makeRecord, person } from '../support/make-record.ts';

describe('mergePeople', () => {
  const keysAfter = (names: string[][]) =>
    mergePeople(names.map((ns, i) => makeRecord({ id: `r${i}`, people: ns.map((n) => person(n)) }))).map((r) =>
      r.people.map((p) => p.key),
    );

  it.each([
    [
      'an initial joins the one full name that fits',
      [['T. Hartvigsen'], ['Tom Hartvigsen']],
      [['tom hartvigsen'], ['tom hartvigsen']],
    ],
    [
      'two fitting full names: ambiguous, left apart',
      [['J. Smith'], ['John Smith'], ['Jane Smith']],
      [['j smith'], ['john smith'], ['jane smith']],
    ],
    ['a different initial does not join', [['K. Hartvigsen'], ['Tom Hartvigsen']], [['k hartvigsen'], ['tom hartvigsen']]],
    [
      'two initials join a full name with both',
      [['M. I. Jordan'], ['Michael Irwin Jordan']],
      [['michael irwin jordan'], ['michael irwin jordan']],
    ],
    [
      '"Last, First" already shares the key',
      [['Ghassemi, Marzyeh'], ['Marzyeh Ghassemi']],
      [['marzyeh ghassemi'], ['marzyeh ghassemi']],
    ],
  ])('%s', (_, names, expected) => {
    expect(keysAfter(names)).toEqual(expected);
  });

  it('keeps each name as the record wrote it', () => {
    const [a] = mergePeople([
      makeRecord({ id: 'a', people: [person('T. Hartvigsen')] }),
      makeRecord({ id: 'b', people: [person('Tom Hartvigsen')] }),
    ]);
    expect(a!.people[0]!.name).toBe('T. Hartvigsen');
  });
});

describe('relateRecords', () => {
  const records = [
    makeRecord({ id: 'a', people: [person('Ana Lopez')], topics: ['causality'] }),
    makeRecord({ id: 'b', people: [person('Ana Lopez')], date: '2020-01-01' }),
    makeRecord({ id: 'c', topics: ['causality'] }),
    makeRecord({ id: 'd', people: [person('Yen-Ling Kuo', 'editor')] }),
    makeRecord({ id: 'e', people: [person('Yen-Ling Kuo', 'editor')] }),
    makeRecord({ id: 'f', people: [person('Ana Lopez')], placeholder: true }),
  ];
  const related = Object.fromEntries(relateRecords(records).map((r) => [r.id, r.related]));

  it.each([
    ['same speaker first, then a shared topic', 'a', ['b', 'c']],
    ['a shared speaker relates both ways', 'b', ['a']],
    ['a shared topic alone relates', 'c', ['a']],
    ['an editor of many talks relates nothing', 'd', []],
    ['a placeholder relates nothing', 'f', []],
  ])('%s', (_, id, expected) => {
    expect(related[id]).toEqual(expected);
  });
});

describe('deriveTopics', () => {
  it('picks words shared with other records, never the speaker’s name, and keeps given topics', () => {
    const out = deriveTopics([
      makeRecord({
        id: 'a',
        title: 'Causal inference with latent confounders',
        abstract: 'Confounders everywhere.',
        people: [person('Lopez Causal')],
      }),
      makeRecord({ id: 'b', title: 'Latent confounders in genomics' }),
      makeRecord({ id: 'c', title: 'Genomics at scale', topics: ['biology'] }),
      ...Array.from({ length: 40 }, (_, i) => makeRecord({ id: `z${i}`, title: `Unrelated filler number ${i}` })),
    ]);
    expect(out[0]!.topics).toEqual(['confounders', 'latent']);
    expect(out[1]!.topics).toEqual(['confounders', 'genomics', 'latent']);
    expect(out[2]!.topics).toEqual(['biology']);
  });
});

describe('buildNameDictionary', () => {
  it('one entry per person, most used spelling first, newest records first', () => {
    const entries = buildNameDictionary([
      makeRecord({ id: 'a', date: '2020-01-01', people: [person('Pal Erdos')] }),
      makeRecord({
        id: 'b',
        date: '2022-01-01',
        people: [person('Pál Erdős', 'speaker', { homepage: 'https://example.org/erdos' })],
      }),
      makeRecord({ id: 'c', kind: 'profile', people: [person('Pál Erdős', 'subject')] }),
      makeRecord({ id: 'd', people: [person('Nobody Known')], placeholder: true }),
    ]);
    expect(entries).toEqual([
      {
        key: 'pal erdos',
        name: 'Pál Erdős',
        variants: ['Pal Erdos'],
        homepage: 'https://example.org/erdos',
        records: ['b', 'a', 'c'],
        talks: 2,
        roles: ['speaker', 'subject'],
      },
    ]);
  });
});

describe('deriveTopics: what is never a topic', () => {
  it.each([
    ['LaTeX commands', 'Let $\\mathfrak{O}$ be a ring', 'mathfrak'],
    ['French function words', 'Nous étudions les chemins', 'nous'],
    ['announcement vocabulary', 'Seminar talk abstract', 'seminar'],
  ])('%s', (_, title, word) => {
    const records = [0, 1, 2].map((i) => makeRecord({ id: `r${i}`, title }));
    const filler = Array.from({ length: 80 }, (_, i) => makeRecord({ id: `z${i}`, title: `Filler ${i}` }));
    expect(deriveTopics([...records, ...filler]).flatMap((r) => r.topics)).not.toContain(word);
  });
});
