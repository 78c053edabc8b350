import type { NameEntry } from '../../../indexer/bundle-format.ts';
import { personKey } from '../../../indexer/people/person-key.ts';

/** A `NameEntry` as the indexer would emit it, for tests. */
export function nameEntry(name: string, more: Partial<NameEntry> = {}): NameEntry {
  return { key: personKey(name), name, variants: [], records: [], talks: 0, roles: ['speaker'], ...more };
}

export const PEOPLE: NameEntry[] = [
  nameEntry('Tom Hartvigsen', { homepage: 'https://www.tomhartvigsen.com/', talks: 1, records: ['seeds/talks/a.md'] }),
  nameEntry('Marzyeh Ghassemi', { variants: ['M. Ghassemi'], records: ['seeds/profiles/m.txt'] }),
  nameEntry('Paul Erdős', { variants: ['Erdős, Pál'] }),
  nameEntry('Vincent van Gogh'),
  nameEntry('Quoc Le'),
  nameEntry('Mary Jane Watson'),
  nameEntry('Jean-Luc Picard'),
  nameEntry('Conan O’Brien'),
  nameEntry('Kevin Long'),
  nameEntry('Will Long'),
  nameEntry('John Smith'),
  nameEntry('Jane Smith'),
  nameEntry('Di Luo'),
];
