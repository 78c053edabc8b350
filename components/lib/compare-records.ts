import type { TalkRecord } from '../../indexer/record.ts';

/** Newest first; undated last; then by title, so the order never depends on input order. */
export function byDateDesc(a: TalkRecord, b: TalkRecord): number {
  if ((a.date ?? '') !== (b.date ?? '')) return (b.date ?? '') < (a.date ?? '') ? -1 : 1;
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Oldest first; undated last. */
export function byDateAsc(a: TalkRecord, b: TalkRecord): number {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  return a.title.localeCompare(b.title);
}
