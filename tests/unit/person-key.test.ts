import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, personKey, personKeyWords } from '../../indexer/people/person-key.ts';

describe('personKey', () => {
  it.each([
    ['Tom Hartvigsen', 'tom hartvigsen'],
    ['Hartvigsen, Tom', 'tom hartvigsen'],
    ['  tom   HARTVIGSEN ', 'tom hartvigsen'],
    ['Prof. Pál Erdős', 'pal erdos'],
    ['Dr. Marzyeh Ghassemi', 'marzyeh ghassemi'],
    ['Jean-Pierre Serre', 'jean pierre serre'],
    ['Łukasz Kaiser', 'lukasz kaiser'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['T. Hartvigsen', 't hartvigsen'],
    ['Smith, John, MIT', 'smith john mit'],
    ['', ''],
    ['—', ''],
  ])('%s → %s', (name, key) => {
    expect(personKey(name)).toBe(key);
  });

  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => personKey(personKey(s)) === personKey(s)));
  });

  it('ignores accents and case', () => {
    fc.assert(fc.property(fc.string(), (s) => personKey(s.toUpperCase()) === personKey(foldName(s).toUpperCase())));
  });
});

describe('personKeyWords', () => {
  it.each([
    ['Ian Waudby-Smith', [['ian'], ['waudby', 'smith']]],
    ['Waudby-Smith, Ian', [['ian'], ['waudby', 'smith']]],
    ['Giuseppe D’Inverno', [['giuseppe'], ['d', 'inverno']]],
    ["Conan O'Brien", [['conan'], ['o', 'brien']]],
    ['Jean-Pierre Serre', [['jean', 'pierre'], ['serre']]],
    ['Prof. Pál Erdős', [['pal'], ['erdos']]],
    ['Anne -- Smith', [['anne'], ['smith']]],
  ])('%s', (name, words) => {
    expect(personKeyWords(name)).toEqual(words);
  });

  it('holds the tokens of the key, in order', () => {
    fc.assert(
      fc.property(fc.string(), (s) => personKeyWords(s).flat().join(' ') === personKey(s)),
      { numRuns: 2000 },
    );
  });
});

describe('foldName', () => {
  it.each([
    ['Tom Hartvigsen', 'Tom Hartvigsen'],
    ['Pál Erdős', 'Pal Erdos'],
    ['Łukasz Æby', 'Lukasz AEby'],
    ['Ｔｏｍ', 'Tom'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  // ASCII takes a shorter way: it must come out as the long way would leave it.
  it('leaves ASCII as normalising would', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => foldName(s) === s.normalize('NFKD').replace(/\p{M}/gu, '')),
    );
  });
});
