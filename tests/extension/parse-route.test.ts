import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRoute, kindList, parseRoute, searchFrom, type Route } from '../../components/lib/parse-route.ts';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { view: 'home' }],
    ['#/', { view: 'home' }],
    ['#/nowhere', { view: 'home' }],
    ['#/search?q=bias', { view: 'search', query: 'bias', filters: {}, sort: 'relevance' }],
    ['#/search?q=', { view: 'search', query: '', filters: {}, sort: 'date' }],
    ['#/browse', { view: 'search', query: '', filters: {}, sort: 'date' }],
    // Relevance to no query is no order: browsing is by date, as its page shows.
    ['#/search?q=&sort=relevance', { view: 'search', query: '', filters: {}, sort: 'date' }],
    ['#/search?q=+&sort=relevance', { view: 'search', query: '', filters: {}, sort: 'date' }],
    ['#/search?q=x&sort=sideways', { view: 'search', query: 'x', filters: {}, sort: 'relevance' }],
    [
      '#/search?q=a+b&kind=talk&year=2023&sort=date',
      { view: 'search', query: 'a b', filters: { kind: 'talk', year: '2023' }, sort: 'date' },
    ],
    ['#/search?q=x&kind=podcast', { view: 'search', query: 'x', filters: {}, sort: 'relevance' }],
    ['#/search?q=x&year=abcd', { view: 'search', query: 'x', filters: {}, sort: 'relevance' }],
    [
      '#/search?q=x&person=ana%20lopez&topic=graphs&series=uva',
      { view: 'search', query: 'x', filters: { person: 'ana lopez', topic: 'graphs', series: 'uva' }, sort: 'relevance' },
    ],
    ['#/record/uva%2Ftalks%2Fa.md', { view: 'record', id: 'uva/talks/a.md' }],
    ['#/record/uva/talks/a.md', { view: 'record', id: 'uva/talks/a.md' }],
    ['#/record/uva%2Fdata%2Ftalks.yml%230', { view: 'record', id: 'uva/data/talks.yml#0' }],
    ['#/record/', { view: 'home' }],
    ['#/person/ana%20lopez', { view: 'person', key: 'ana lopez' }],
    ['#/person/%E0%A4%A', { view: 'person', key: '%E0%A4%A' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('formatRoute', () => {
  it.each<[Route, string]>([
    [{ view: 'home' }, '#/'],
    [{ view: 'record', id: 'uva/talks/a b.md#2' }, '#/record/uva%2Ftalks%2Fa%20b.md%232'],
    [{ view: 'person', key: 'ana lopez' }, '#/person/ana%20lopez'],
    [{ view: 'search', query: 'causal inference', filters: {}, sort: 'relevance' }, '#/search?q=causal+inference'],
    [{ view: 'search', query: '', filters: { kind: 'news' }, sort: 'date' }, '#/search?q=&kind=news'],
    [{ view: 'search', query: 'x', filters: {}, sort: 'date' }, '#/search?q=x&sort=date'],
    [{ view: 'search', query: '', filters: {}, sort: 'relevance' }, '#/search?q='],
  ])('%j', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
  });

  const text = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0);
  it('round-trips any record id, person key and query', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(parseRoute(formatRoute({ view: 'record', id: s }))).toEqual({ view: 'record', id: s });
        expect(parseRoute(formatRoute({ view: 'person', key: s }))).toEqual({ view: 'person', key: s });
        expect(parseRoute(formatRoute({ view: 'search', query: s, filters: { topic: s }, sort: 'date' }))).toEqual({
          view: 'search',
          query: s,
          filters: { topic: s },
          sort: 'date',
        });
      }),
    );
  });
});

describe('kindList', () => {
  it.each<[string, string | undefined]>([
    ['talk', 'talk'],
    ['news,talk', 'talk,news'],
    ['talk,x', 'talk'],
    ['x', undefined],
    ['talk,news,profile', undefined],
    ['', undefined],
  ])('%j → %j', (value, kinds) => {
    expect(kindList(value)).toBe(kinds);
  });

  it('reads a search for two kinds', () => {
    expect(parseRoute('#/search?q=x&kind=news%2Ctalk')).toMatchObject({ filters: { kind: 'talk,news' } });
  });
});

describe('searchFrom', () => {
  it.each<[string, string, string, string]>([
    ['from the home', '#/', 'graph', '#/search?q=graph'],
    ['from a record', '#/record/a.md', 'graph', '#/search?q=graph'],
    ['filters kept', '#/search?q=x&kind=talk&year=2024', 'graph', '#/search?q=graph&kind=talk&year=2024'],
    ['a sort chosen on a search kept', '#/search?q=x&sort=date', 'graph', '#/search?q=graph&sort=date'],
    ['browsing by date, then a query: by relevance', '#/search?q=', 'graph', '#/search?q=graph'],
    ['a search by relevance, then browsing: by date', '#/search?q=x', '', '#/search?q='],
    ['browsing by relevance, chosen, kept', '#/search?q=&sort=relevance', 'graph', '#/search?q=graph'],
  ])('%s', (_, from, query, hash) => {
    expect(searchFrom(parseRoute(from), query)).toBe(hash);
  });
});
