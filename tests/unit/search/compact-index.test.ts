import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_FORMAT, searchOptions } from '../../../indexer/search-options.ts';
import { writeCompactIndex } from '../../../indexer/search/compact-index.ts';
import { buildSearchIndex, loadSearchArchive, serializeSearchIndex } from '../../../indexer/search/search-archive.ts';
import { documentFrequency, nearTerms, postingCount } from '../../../indexer/search/index-vocabulary.ts';
import { FIXTURE } from './make-record.ts';

const text = serializeSearchIndex(FIXTURE);
const loaded = loadSearchArchive(text, FIXTURE).index;
const fresh = buildSearchIndex(FIXTURE);
const QUERY_WORDS = [
  'hartvigsen',
  'hartv',
  'erdos',
  'erdős',
  'graph',
  'graphs',
  'neural',
  'healthcare',
  'helthcare',
  'the',
  'of',
  'model',
  'modle',
  'tom',
  'zzz',
  'award',
  'ice',
];

describe('the shipped search index', () => {
  it('is byte-identical for the same records in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(FIXTURE, { minLength: FIXTURE.length }), (records) => {
        expect(serializeSearchIndex(records)).toBe(text);
      }),
      { numRuns: 20 },
    );
  });

  it('is smaller than MiniSearch’s own JSON of the same index', () => {
    expect(text.length).toBeLessThan(JSON.stringify(fresh).length);
  });

  it('answers every query exactly as the index it was written from', () => {
    const query = fc.array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const options = fc.record({
      prefix: fc.boolean(),
      fuzzy: fc.constantFrom(false, 0.2, 1, 2),
      combineWith: fc.constantFrom('AND', 'OR'),
    });
    fc.assert(
      fc.property(query, options, (q, o) => {
        const strip = (rs: ReturnType<MiniSearch['search']>) => rs.map((r) => [r.id, r.score, [...r.terms].sort(), r.match]);
        expect(strip(loaded.search(q, o))).toEqual(strip(fresh.search(q, o)));
      }),
      { numRuns: 200 },
    );
  });

  it('writes back the same bytes after queries decoded some fields of some terms', () => {
    const partly = loadSearchArchive(text, FIXTURE).index;
    partly.search('hartvigsen graph', { fields: ['title'] });
    partly.search('model', { fields: ['people', 'abstract'], prefix: true });
    expect(postingCount(partly, 'model')).toBe(postingCount(fresh, 'model'));
    expect(writeCompactIndex(partly)).toBe(text);
  });

  it('knows the same terms, counts and neighbours', () => {
    expect(loaded.termCount).toBe(fresh.termCount);
    expect(loaded.documentCount).toBe(fresh.documentCount);
    for (const word of QUERY_WORDS) {
      expect(documentFrequency(loaded, word)).toBe(documentFrequency(fresh, word));
      expect(postingCount(loaded, word)).toBe(postingCount(fresh, word));
      expect(nearTerms(loaded, word, 2)).toEqual(nearTerms(fresh, word, 2));
    }
  });

  it('still reads an index written as MiniSearch’s plain JSON', () => {
    const plain = loadSearchArchive(JSON.stringify(fresh), FIXTURE).index;
    expect(plain.search('hartvigsen').map((r) => r.id)).toEqual(fresh.search('hartvigsen').map((r) => r.id));
  });

  it('refuses an index of another format, saying what to do', () => {
    const other = text.replace(SEARCH_INDEX_FORMAT, 'talkscope-search/1');
    expect(() => loadSearchArchive(other, FIXTURE)).toThrow(
      `expected format ${SEARCH_INDEX_FORMAT}, found talkscope-search/1; rebuild`,
    );
  });

  it('loads an empty archive', () => {
    const empty = loadSearchArchive(serializeSearchIndex([]), []);
    expect(empty.index.search('anything')).toEqual([]);
    expect(MiniSearch.loadJSON(JSON.stringify(empty.index), searchOptions).documentCount).toBe(0);
  });
});
