/**
 * The records chosen at build time as related to a record (same speaker,
 * shared topics): read from `TalkRecord.related`, never recomputed here.
 */
import type { TalkRecord } from '../record.ts';
import type { SearchArchive } from './search-archive.ts';

/**
 * @returns the related records in the order the build chose, skipping ids the
 *   archive does not hold; [] for an unknown id.
 * @example relatedRecords(archive, 'uva-ml-seminar/talks/2023-09-20.md').map((r) => r.id)
 */
export function relatedRecords(archive: SearchArchive, id: string): TalkRecord[] {
  const record = archive.records.get(id);
  if (!record) return [];
  return (record.related ?? []).map((r) => archive.records.get(r)).filter((r): r is TalkRecord => !!r && r.id !== id);
}
