/**
 * The one set of MiniSearch options: the indexer builds with it, the extension
 * loads and searches with it. Changing anything here changes the index format.
 */
import type { Options } from 'minisearch';
import type { TalkRecord } from './record.ts';

export const SEARCH_FIELDS = ['title', 'people', 'summary', 'abstract', 'body', 'topics', 'series'] as const;

export const searchOptions: Options<TalkRecord> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: (record, field) => {
    if (field === 'people') return record.people.map((p) => p.name).join(' ');
    if (field === 'topics') return record.topics.join(' ');
    const value = (record as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : '';
  },
  searchOptions: {
    boost: { people: 4, title: 3, summary: 1.5, topics: 1.5 },
    fuzzy: 0.2,
    prefix: true,
  },
};
