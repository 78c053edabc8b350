/**
 * The baselines the evaluation and the benchmark compare against, each with its
 * library's default options over the same records and the same text fields:
 * what a project gets by dropping MiniSearch or Lunr in as documented.
 */
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { TalkRecord } from '../../indexer/record.ts';

/** Ranked ids, best first. */
export type Engine = (query: string, limit: number) => string[];

export const BASELINE_FIELDS = ['title', 'people', 'summary', 'abstract', 'bio', 'body', 'topics', 'series'] as const;

/** The text of a field for the baselines: names and topics joined by spaces. */
export function baselineField(record: TalkRecord, field: string): string {
  if (field === 'people') return record.people.map((p) => p.name).join(' ');
  if (field === 'topics') return record.topics.join(' ');
  const value = (record as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

/** MiniSearch with default options (no fuzzy, no prefix, OR), nothing stored. */
export function plainMiniSearchOptions() {
  return {
    idField: 'id',
    fields: [...BASELINE_FIELDS],
    extractField: (r: TalkRecord, f: string) => (f === 'id' ? r.id : baselineField(r, f)),
  };
}

export function buildPlainMiniSearch(records: readonly TalkRecord[]): MiniSearch<TalkRecord> {
  const index = new MiniSearch<TalkRecord>(plainMiniSearchOptions());
  index.addAll(records as TalkRecord[]);
  return index;
}

export function miniSearchEngine(index: MiniSearch<TalkRecord>): Engine {
  return (query, limit) =>
    index
      .search(query)
      .slice(0, limit)
      .map((r) => String(r.id));
}

/**
 * Lunr with default options (English stemmer and stop words). Lunr's query
 * syntax rejects some plain text (a title with a colon is read as a field
 * name); then the query is retried with punctuation turned to spaces, which is
 * the most generous reading a user could hope for.
 */
export function lunrEngine(records: readonly TalkRecord[]): Engine {
  const index = lunr(function () {
    this.ref('id');
    for (const f of BASELINE_FIELDS) this.field(f);
    for (const r of records) {
      const doc: Record<string, string> = { id: r.id };
      for (const f of BASELINE_FIELDS) doc[f] = baselineField(r, f);
      this.add(doc);
    }
  });
  return (query, limit) => {
    try {
      return index
        .search(query)
        .slice(0, limit)
        .map((r) => r.ref);
    } catch {
      try {
        return index
          .search(query.replace(/[^\p{L}\p{N}\s]+/gu, ' '))
          .slice(0, limit)
          .map((r) => r.ref);
      } catch {
        return [];
      }
    }
  };
}
