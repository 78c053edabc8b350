/** A small loaded archive for the extension's pure code, built through the real index. */
import type { NameEntry } from '../../indexer/bundle-format.ts';
import type { TalkRecord } from '../../indexer/record.ts';
import { serializeSearchIndex } from '../../indexer/search/search-archive.ts';
import { loadArchive, type LoadedArchive } from '../../components/lib/loaded-archive.ts';
import { makeRecord, person } from '../support/make-record.ts';

export const RECORDS: TalkRecord[] = [
  makeRecord({
    id: 's/talks/causal.md',
    title: 'Causal Inference for Time Series',
    people: [person('Ana Lopez', 'speaker', { homepage: 'https://ana.example.org/' })],
    date: '2024-03-05',
    topics: ['causality'],
    series: 'stats',
    related: ['s/talks/graphs.md'],
  }),
  makeRecord({
    id: 's/talks/graphs.md',
    title: 'Graph Neural Networks Under Shift',
    people: [person('Ana Lopez')],
    date: '2023-10-10',
    topics: ['graphs'],
    series: 'stats',
  }),
  makeRecord({
    id: 's/talks/future.md',
    title: 'Quantum Sensing for Ecology',
    people: [person('Zofia Kowalczyk')],
    date: '2099-05-01',
    series: 'eco',
  }),
  makeRecord({ id: 's/talks/tba.md', title: 'TBA', date: '2099-06-01', series: 'eco', placeholder: true }),
  makeRecord({
    id: 's/news/award.md',
    kind: 'news',
    title: 'Ana Lopez wins the statistics award',
    people: [person('Ben Okafor', 'author')],
    date: '2024-01-02',
    series: 'stats',
  }),
  makeRecord({
    id: 's/profiles/ben.md',
    kind: 'profile',
    title: 'Ben Okafor',
    people: [person('Ben Okafor', 'subject')],
    series: 'stats',
  }),
];

export const NAMES: NameEntry[] = [
  {
    key: 'ana lopez',
    name: 'Ana Lopez',
    variants: ['A. Lopez'],
    homepage: 'https://ana.example.org/',
    records: ['s/talks/causal.md', 's/talks/graphs.md'],
    talks: 2,
    roles: ['speaker'],
  },
  {
    key: 'ben okafor',
    name: 'Ben Okafor',
    variants: [],
    records: ['s/news/award.md', 's/profiles/ben.md'],
    talks: 0,
    roles: ['author', 'subject'],
  },
  {
    key: 'zofia kowalczyk',
    name: 'Zofia Kowalczyk',
    variants: ['Kowalczyk, Zofia'],
    records: ['s/talks/future.md'],
    talks: 1,
    roles: ['speaker'],
  },
];

export function loadFixture(records = RECORDS, names = NAMES): LoadedArchive {
  const info = {
    format: 1,
    contentHash: 'x',
    roots: [],
    counts: { talk: 4, news: 1, profile: 1, records: 6, people: 3, files: 6 },
    problems: { errors: 0, warnings: 0 },
  };
  return loadArchive({
    index: serializeSearchIndex(records),
    records: JSON.stringify(records),
    names: JSON.stringify(names),
    info: JSON.stringify(info),
  });
}
