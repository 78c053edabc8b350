import { describe, expect, it } from 'vitest';
import { findPerson, lookupHash } from '../../components/lib/lookup-route.ts';
import { NAMES } from './archive-fixture.ts';

describe('lookupHash', () => {
  it.each<[string, string | undefined]>([
    ['Ana Lopez', '#/person/ana%20lopez'],
    ['  Dr. Ana   López ', '#/person/ana%20lopez'],
    ['Lopez, Ana', '#/person/ana%20lopez'],
    ['Zofia Kowalczyk', '#/person/zofia%20kowalczyk'],
    ['Ana', '#/search?q=Ana'],
    ['Lopez', '#/search?q=Lopez'],
    ['Maria Lopez', '#/search?q=Maria+Lopez'],
    ['causal inference\nfor time series', '#/search?q=causal+inference+for+time+series'],
    ['   ', undefined],
  ])('%j', (selection, hash) => {
    expect(lookupHash(selection, NAMES)).toBe(hash);
  });

  it('cuts a long selection to a query of 200 characters', () => {
    const hash = lookupHash('word '.repeat(100), NAMES)!;
    expect(new URLSearchParams(hash.split('?')[1]).get('q')!.length).toBeLessThanOrEqual(200);
  });
});

describe('findPerson', () => {
  it('finds a person by a known variant only when one person has it', () => {
    const twins = [...NAMES, { key: 'anna lopez', name: 'Anna Lopez', variants: ['A. Lopez'], records: [], talks: 0, roles: [] }];
    expect(findPerson('A. Lopez', NAMES)?.key).toBe('ana lopez');
    expect(findPerson('A. Lopez', twins)).toBeUndefined();
  });
});
