import type { TalkRecord } from '../indexer/record.ts';
import { formatDate } from './lib/format-date.ts';

const KIND_LABEL = { talk: 'Talk', news: 'News', profile: 'Profile' } as const;

/** One line under a title: kind, people, date, series. */
export function RecordMeta({ record, showKind = false }: { record: TalkRecord; showKind?: boolean }) {
  // Who the record is about: a talk's host and the person who posted a page are not.
  const people = record.people.filter((p) => p.role !== 'editor' && p.role !== 'host').map((p) => p.name);
  const parts = [
    showKind ? KIND_LABEL[record.kind] : '',
    people.slice(0, 3).join(', ') + (people.length > 3 ? ` +${people.length - 3}` : ''),
    formatDate(record.date),
    record.series,
  ].filter(Boolean);
  return <span class="meta">{parts.join(' · ')}</span>;
}

export function kindLabel(kind: TalkRecord['kind']): string {
  return KIND_LABEL[kind];
}
