/** Small records for search tests, built through the real record shape. */
import { personKey } from '../../../indexer/people/person-key.ts';
import type { Person, Role, TalkRecord } from '../../../indexer/record.ts';

export function person(name: string, role: Role = 'speaker'): Person {
  return { name, key: personKey(name), role };
}

export function makeRecord(id: string, fields: Partial<TalkRecord> = {}): TalkRecord {
  return {
    id,
    kind: 'talk',
    title: id,
    people: [],
    topics: [],
    series: 'test-seminar',
    links: [],
    root: 'content',
    source: `talks/${id}.md`,
    related: [],
    ...fields,
  };
}

/** A little archive with the cases people run into: typos, accents, initials, mentions, placeholders. */
export const FIXTURE: TalkRecord[] = [
  makeRecord('hartvigsen-2023', {
    title: 'Towards Responsibly Deploying Machine Learning in Healthcare',
    people: [person('Tom Hartvigsen'), person('Yen-Ling Kuo', 'editor')],
    date: '2023-09-20',
    abstract:
      'Machine learning is a promising tool for making healthcare cheap, fast, and accessible. We will discuss model editing.',
    topics: ['healthcare', 'model editing'],
  }),
  makeRecord('anna-hartvigsen', {
    title: 'Sea ice in a warming climate',
    people: [person('Anna Hartvigsen')],
    date: '2019-03-01',
    abstract: 'Arctic sea ice observations.',
  }),
  makeRecord('mention', {
    title: 'Panel on trustworthy models',
    people: [person('Maria García')],
    date: '2024-01-10',
    body: 'The panel builds on work by Hartvigsen and many others on model editing and healthcare.',
  }),
  makeRecord('erdos-accented', {
    title: 'Random graphs after Erdős',
    people: [person('Pál Erdős')],
    date: '2010-05-05',
    abstract: 'The Erdős–Rényi model and its descendants.',
  }),
  makeRecord('erdos-plain', {
    title: 'Random graphs after Erdos',
    people: [person('Pal Erdos')],
    date: '2010-05-05',
    abstract: 'Distinct distances, as Erdos asked.',
  }),
  makeRecord('news-2022', {
    kind: 'news',
    title: 'Lab wins best paper award',
    date: '2022-06-01',
    series: 'lab-news',
    source: 'news/award.md',
    body: 'Our paper on graph neural networks won the best paper award.',
  }),
  makeRecord('profile-tom', {
    kind: 'profile',
    title: 'Tom Hartvigsen',
    people: [person('Tom Hartvigsen', 'subject')],
    series: 'lab-people',
    source: 'profiles/tom.md',
    bio: 'Tom works on machine learning for health.',
  }),
  makeRecord('placeholder', { title: 'TBA: machine learning talk', placeholder: true, date: '2025-01-01' }),
  makeRecord('old-graphs', {
    title: 'Graph neural networks',
    people: [person('Li Wei')],
    date: '2015-02-02',
    abstract: 'Message passing.',
  }),
  makeRecord('new-graphs', {
    title: 'Graph neural networks',
    people: [person('Li Wei')],
    date: '2021-02-02',
    abstract: 'Message passing.',
  }),
];
