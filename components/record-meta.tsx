import type { TalkRecord } from '../indexer/record.ts';
import { formatDate } from './lib/format-date.ts';
import { kindLabel, peopleAbout } from './lib/record-labels.ts';

/**
 * One line under a title: kind, people, date, series. A profile's title is its person's
 * name: not said again ("Aaditya Ramdas", not "Aaditya Ramdas · Aaditya Ramdas").
 */
export function RecordMeta({ record, showKind = false }: { record: TalkRecord; showKind?: boolean }) {
  const people = peopleAbout(record)
    .map((p) => p.name)
    .filter((name) => record.kind !== 'profile' || name !== record.title);
  const parts = [
    showKind ? kindLabel(record.kind) : '',
    people.slice(0, 3).join(', ') + (people.length > 3 ? ` +${people.length - 3}` : ''),
    formatDate(record.date),
    record.series,
  ].filter(Boolean);
  return <span class="meta">{parts.join(' · ')}</span>;
}
