/**
 * A record as an archive list shows it (components/record-link-item.tsx: title, people, date,
 * series, summary): its long texts (abstract, bio, body) left out. For records sent ahead of
 * the whole archive: the build's home records, the background's first page of a search. Pure.
 */
import type { TalkRecord } from '../../indexer/record.ts';

export function asListed(record: TalkRecord): TalkRecord {
  const listed = { ...record };
  delete listed.abstract;
  delete listed.bio;
  delete listed.body;
  return listed;
}
