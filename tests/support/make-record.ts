/** Builds a valid `TalkRecord` for tests: only what a case cares about is given. */
import { personKey } from '../../indexer/people/person-key.ts';
import type { Person, Role, TalkRecord } from '../../indexer/record.ts';

export function makeRecord(fields: Partial<TalkRecord> & { id: string }): TalkRecord {
  return {
    kind: 'talk',
    title: `Title of ${fields.id}`,
    people: [],
    topics: [],
    series: 'test',
    links: [],
    root: 'content',
    source: `${fields.id}.md`,
    related: [],
    ...fields,
  };
}

export function person(name: string, role: Role = 'speaker', extra: Partial<Person> = {}): Person {
  return { name, key: personKey(name), role, ...extra };
}
