import { describe, expect, it } from 'vitest';
import type { NameEntry } from '../../indexer/bundle-format.ts';
import { indexNames, findPeople } from '../../components/lib/find-people.ts';
import { loadArchive } from '../../components/lib/loaded-archive.ts';
import { searchArchive } from '../../indexer/search/search-archive.ts';
import { loadFixture, NAMES, RECORDS } from './archive-fixture.ts';

/** `n` people, named so that several share a word (as surnames do). */
function people(n: number): NameEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `person${i} family${i % 7}`,
    name: `Person${i} Family${i % 7}`,
    variants: [],
    records: [],
    talks: i % 3,
    roles: ['speaker'],
  }));
}

describe('LoadedArchive.warmUp', () => {
  it.each([
    ['no people', [] as NameEntry[]],
    ['the fixture', NAMES],
    ['more people than one step takes', people(450)],
  ])('builds the same people suggestions as at once, in steps: %s', (_, names) => {
    const loaded = loadFixture(RECORDS, names);
    for (const _step of loaded.warmUp());
    expect(loaded.nameIndex()).toEqual(indexNames(names));
  });

  it('takes several steps for many people, so a search is never held up long', () => {
    const few = [...loadFixture(RECORDS, people(10)).warmUp()].length;
    const many = [...loadFixture(RECORDS, people(1000)).warmUp()].length;
    expect(many - few).toBeGreaterThanOrEqual(4);
  });

  it.each([[0], [1], [2], [4]])('answers a people search in full when asked after %i steps', (steps) => {
    const names = people(450);
    const loaded = loadFixture(RECORDS, names);
    const warm = loaded.warmUp();
    for (let i = 0; i < steps; i++) warm.next();
    expect(findPeople(loaded.nameIndex(), 'family3 person')).toEqual(findPeople(indexNames(names), 'family3 person'));
    // The rest of the warm-up leaves what was built as it is.
    for (const _step of warm);
    expect(loaded.nameIndex()).toHaveLength(450);
  });
});

describe('loadArchive', () => {
  // The extension parses the whole records a part at a time (entrypoints/shared/fetch-bundle.ts).
  // The whole archive takes the quick archive's names as they were read (fetch-bundle.ts).
  it('loads the same people from names parsed already as from their text', () => {
    const fromText = loadFixture();
    const files = { index: '', records: JSON.stringify(RECORDS), info: JSON.stringify(fromText.info) };
    const parsed = loadArchive({ ...files, names: fromText.names }, fromText.archive.index);
    expect(parsed.names).toBe(fromText.names);
    expect([...parsed.namesByKey]).toEqual([...fromText.namesByKey]);
    expect(findPeople(parsed.nameIndex, 'lopez').map((p) => p.name)).toEqual(['Ana Lopez']);
  });

  it('loads the same archive from records parsed already as from their text', () => {
    const fromText = loadFixture();
    const texts = { index: '', names: JSON.stringify(NAMES), info: JSON.stringify(fromText.info) };
    const parsed = loadArchive({ ...texts, records: JSON.parse(JSON.stringify(RECORDS)) }, fromText.archive.index);
    expect(parsed.records).toEqual(fromText.records);
    expect([...parsed.recordsById.keys()]).toEqual([...fromText.recordsById.keys()]);
    expect(searchArchive(parsed.archive, { query: 'hartvigsen' })).toEqual(
      searchArchive(fromText.archive, { query: 'hartvigsen' }),
    );
  });
});
