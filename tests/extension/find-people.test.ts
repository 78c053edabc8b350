import { describe, expect, it } from 'vitest';
import { findPeople, indexNames } from '../../components/lib/find-people.ts';
import type { NameEntry } from '../../indexer/bundle-format.ts';

const entry = (name: string, talks: number, variants: string[] = []): NameEntry => ({
  key: name.toLowerCase(),
  name,
  variants,
  records: Array.from({ length: talks + 1 }, (_, i) => `r${i}`),
  talks,
  roles: ['speaker'],
});
const index = indexNames([
  entry('Marzyeh Ghassemi', 1),
  entry('Ana López', 2, ['A. Lopez']),
  entry('Anastasia Lopes', 5),
  entry('Tom Hartvigsen', 1),
]);
const names = (q: string) => findPeople(index, q).map((p) => p.name);

describe('findPeople', () => {
  it.each<[string, string[]]>([
    ['ghas', ['Marzyeh Ghassemi']],
    ['m ghassemi', ['Marzyeh Ghassemi']],
    ['GHASSEMI MARZ', ['Marzyeh Ghassemi']],
    ['lopez', ['Ana López']],
    ['ana lop', ['Anastasia Lopes', 'Ana López']],
    ['hart', ['Tom Hartvigsen']],
    ['an', []],
    ['zzz', []],
    ['healthcare', []],
  ])('%j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('gives at most the limit, most talks first', () => {
    expect(findPeople(index, 'ana', 1).map((p) => p.name)).toEqual(['Anastasia Lopes']);
  });

  it('builds an index given as a function only for a query long enough to look with', () => {
    let built = 0;
    const lazily = () => (built++, index);
    expect([findPeople(lazily, 'an'), built]).toEqual([[], 0]);
    expect([findPeople(lazily, 'hart').map((p) => p.name), built]).toEqual([['Tom Hartvigsen'], 1]);
  });

  it.each<[string, string[]]>([
    ['tom-hart', ['Tom Hartvigsen']],
    ['lópez', ['Ana López']],
    ['Ghassemi, M.', ['Marzyeh Ghassemi']],
  ])('splits %j as it folds it', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });
});
