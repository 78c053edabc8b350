/**
 * What ranking and filtering read from a record, worked out once per record
 * and kept (records never change after loading), so a query that matches
 * thousands of records does not fold thousands of titles again.
 */
import { personKey } from '../people/person-key.ts';
import type { TalkRecord } from '../record.ts';
import { normalizeTerm, tokenizeText } from '../search-options.ts';

export interface RecordFeatures {
  /** Title words as the index sees them (stop words and single letters kept). */
  titleTerms: string[];
  /** For each person the record is about (speaker, author, subject): their name's folded words. */
  ownNames: string[][];
  /** `2023-09-20` → 20230920; 0 without a readable date. */
  date: number;
  year: number | undefined;
  /** Title and names, lower case, accents kept: to see accents typed exactly. */
  shownText: string;
}

const OWN_ROLES = new Set(['speaker', 'author', 'subject']);
const cache = new WeakMap<TalkRecord, RecordFeatures>();

export function recordFeatures(record: TalkRecord): RecordFeatures {
  let f = cache.get(record);
  if (!f) {
    const date = dateNumber(record.date);
    f = {
      titleTerms: termsOf(record.title),
      ownNames: record.people
        .filter((p) => OWN_ROLES.has(p.role))
        .map((p) => (p.key || personKey(p.name)).split(' ').filter(Boolean)),
      date,
      year: date ? Math.floor(date / 10000) : undefined,
      shownText: `${record.title} ${record.people.map((p) => p.name).join(' ')}`.normalize('NFC').toLowerCase(),
    };
    cache.set(record, f);
  }
  return f;
}

/** Words of any text as the index sees them in a title (stop words and single letters kept). */
export function termsOf(text: string): string[] {
  return tokenizeText(text)
    .map((w) => normalizeTerm(w))
    .filter((t): t is string => !!t);
}

/** `2023-09-20` → 20230920; 0 when absent or unreadable. */
export function dateNumber(date: string | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}
