/**
 * The enrich stage: people lists written surname first turned round, names with where they work
 * run on split from it, homepages checked against everyone's, people joined across records, topics for records with none,
 * related records for every record.
 */
import type { TalkRecord } from '../record.ts';
import { deriveTopics } from './derive-topics.ts';
import { fixNameOrder } from './fix-name-order.ts';
import { mergePeople } from './merge-people.ts';
import { relateRecords } from './relate-records.ts';
import { settleHomepages } from './settle-homepages.ts';
import { splitKnownNames } from './split-known-names.ts';

/**
 * Runs the enrich steps in order on every record of every root at once (people
 * and topics join across series). Returns new records sorted by id.
 */
export function enrichRecords(records: readonly TalkRecord[]): TalkRecord[] {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return relateRecords(deriveTopics(mergePeople(settleHomepages(splitKnownNames(fixNameOrder(sorted))))));
}
