/**
 * The popup's search answers from the background: the first rows come with
 * their excerpts, the rest are named in `excerptsLater` and given on asking,
 * the same excerpts a whole answer carries.
 */
import { describe, expect, it } from 'vitest';
import type { Hit, MarkedText } from '../../indexer/search/search-archive.ts';
import { answerArchiveMessage } from '../../components/lib/answer-archive-message.ts';
import type { PopupSearch } from '../../components/lib/archive-service.ts';
import type { Kind } from '../../indexer/record.ts';
import { loadFixture, NAMES } from './archive-fixture.ts';
import { makeRecord, person } from '../support/make-record.ts';

// Talks, people and news that all mention wetlands in their texts, so every hit has an excerpt.
const TEXTS: [Kind, number][] = [
  ['talk', 7],
  ['profile', 2],
  ['news', 3],
];
const loaded = loadFixture(
  TEXTS.flatMap(([kind, n]) =>
    Array.from({ length: n }, (_, i) =>
      makeRecord({
        id: `s/${kind}/${i}.md`,
        kind,
        title: `${kind} ${i} on rivers`,
        people: [person('Ana Lopez')],
        date: `202${i % 10}-01-0${(i % 9) + 1}`,
        ...(kind === 'profile'
          ? { bio: `Ana studies wetlands and deltas, item ${i}.` }
          : { abstract: `What wetlands hold: a study of ${'peat and reed '.repeat(i + 1)}in wetlands number ${i}.` }),
      }),
    ),
  ),
  NAMES,
);
const shown = (res: PopupSearch): Hit[] => [...res.groups.talk.hits, ...res.groups.profile.hits, ...res.groups.news.hits];
const ask = (query: string, excerptRows?: number) =>
  structuredClone(
    answerArchiveMessage(loaded, { talkscope: 'search', request: { query, limit: 5 }, excerptRows }),
  ) as PopupSearch;

describe('popup search answers', () => {
  const query = 'wetlands';
  const whole = ask(query);

  it('gives every hit its excerpt in a whole answer, talks, people and news in that order', () => {
    expect(shown(whole).map((h) => h.record.kind)).toEqual(
      [...'ttttt', ...'pp', ...'nnn'].map((k) => ({ t: 'talk', p: 'profile', n: 'news' })[k]),
    );
    expect(shown(whole).every((h) => h.excerpt.some((r) => r.marked && /wetlands/i.test(r.text)))).toBe(true);
    expect(whole.excerptsLater).toBeUndefined();
  });

  it.each([0, 1, 4, 5, 6, 9, 10, 50])(
    'with excerptRows %i, the first rows carry excerpts and the rest come when asked',
    (rows) => {
      const res = ask(query, rows);
      const hits = shown(res);
      expect(hits.map((h) => h.record.id)).toEqual(shown(whole).map((h) => h.record.id));
      expect(hits.map((h) => h.title)).toEqual(shown(whole).map((h) => h.title));
      expect(hits.slice(0, rows).map((h) => h.excerpt)).toEqual(
        shown(whole)
          .slice(0, rows)
          .map((h) => h.excerpt),
      );
      expect(hits.slice(rows).every((h) => h.excerpt.length === 0)).toBe(true);
      const later = hits.slice(rows).map((h) => h.record.id);
      expect(res.excerptsLater ?? []).toEqual(later);
      const given = answerArchiveMessage(loaded, {
        talkscope: 'excerpts',
        request: { query, limit: 5 },
        ids: later,
      }) as Record<string, MarkedText>;
      expect(later.map((id) => given[id])).toEqual(
        shown(whole)
          .slice(rows)
          .map((h) => h.excerpt),
      );
    },
  );

  it('gives the excerpts of a request that is not the last one asked', () => {
    ask('quantum', 0);
    const given = answerArchiveMessage(loaded, {
      talkscope: 'excerpts',
      request: { query, limit: 5 },
      ids: shown(whole).map((h) => h.record.id),
    }) as Record<string, MarkedText>;
    expect(shown(whole).map((h) => given[h.record.id])).toEqual(shown(whole).map((h) => h.excerpt));
  });
});
