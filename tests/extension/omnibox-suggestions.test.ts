import { describe, expect, it } from 'vitest';
import { escapeOmniboxXml, omniboxHash, suggestForOmnibox } from '../../components/lib/omnibox-suggestions.ts';
import { loadFixture } from './archive-fixture.ts';
import { makeRecord, person } from '../support/make-record.ts';

const loaded = loadFixture();

describe('suggestForOmnibox', () => {
  it.each<[string, { content: string; description: string }[]]>([
    [
      'quantum sens',
      [
        {
          content: 'talkscope:record:s/talks/future.md',
          description: 'Quantum Sensing for Ecology · Zofia Kowalczyk · 1 May 2099',
        },
      ],
    ],
    [
      'kowalczyk',
      [
        { content: 'talkscope:person:zofia kowalczyk', description: 'Zofia Kowalczyk · 1 talk' },
        {
          content: 'talkscope:record:s/talks/future.md',
          description: 'Quantum Sensing for Ecology · Zofia Kowalczyk · 1 May 2099',
        },
      ],
    ],
    [
      'ben okafor',
      [
        { content: 'talkscope:person:ben okafor', description: 'Ben Okafor · person' },
        // A profile's title is the name: not said twice.
        { content: 'talkscope:record:s/profiles/ben.md', description: 'Profile · Ben Okafor' },
      ],
    ],
  ])('"%s": the people named first, then the records found', (text, first) => {
    const list = suggestForOmnibox(loaded, text);
    expect(list.slice(0, first.length)).toEqual(first);
    expect(new Set(list.map((s) => s.content)).size).toBe(list.length);
  });

  it('does not name a speaker twice when the title already does', () => {
    const talk = makeRecord({ id: 't/1', title: 'Talk by Chris Musco', people: [person('Chris Musco')], date: '2020-05-20' });
    const [record] = suggestForOmnibox(loadFixture([talk], []), 'musco');
    expect(record).toEqual({ content: 'talkscope:record:t/1', description: 'Talk by Chris Musco · 20 May 2020' });
  });

  it.each([
    ['PhD 2017', 'Profile · Marzyeh Ghassemi · PhD 2017'],
    [
      'Marzyeh Ghassemi is an assistant professor working on machine learning for health and fairness.',
      'Profile · Marzyeh Ghassemi · Marzyeh Ghassemi is an assistant professor working on…',
    ],
  ])('says what a profile says of its subject: %j', (summary, description) => {
    const profile = makeRecord({
      id: 'p/1',
      kind: 'profile',
      title: 'Marzyeh Ghassemi',
      people: [person('Marzyeh Ghassemi', 'subject')],
      summary,
    });
    expect(suggestForOmnibox(loadFixture([profile], []), 'ghassemi')[0]!.description).toBe(description);
  });

  it('suggests nothing for nothing typed', () => {
    expect(suggestForOmnibox(loaded, '   ')).toEqual([]);
  });
});

describe('omniboxHash', () => {
  it.each<[string, string]>([
    ['talkscope:record:s/talks/future.md', '#/record/s%2Ftalks%2Ffuture.md'],
    ['talkscope:person:zofia kowalczyk', '#/person/zofia%20kowalczyk'],
    ['causal inference', '#/search?q=causal+inference'],
    ['', '#/'],
  ])('%j', (text, hash) => {
    expect(omniboxHash(text)).toBe(hash);
  });
});

describe('escapeOmniboxXml', () => {
  it('escapes what Chrome would read as markup', () => {
    expect(escapeOmniboxXml(`<b>R&D</b> "q" 'a'`)).toBe('&lt;b&gt;R&amp;D&lt;/b&gt; &quot;q&quot; &apos;a&apos;');
  });
});
