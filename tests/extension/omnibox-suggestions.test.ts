import { describe, expect, it } from 'vitest';
import { escapeOmniboxXml, omniboxHash, suggestForOmnibox } from '../../components/lib/omnibox-suggestions.ts';
import { loadFixture } from './archive-fixture.ts';

const loaded = loadFixture();

describe('suggestForOmnibox', () => {
  it('suggests matching records first, each opening its record', () => {
    const list = suggestForOmnibox(loaded, 'quantum sens');
    expect(list[0]).toEqual({
      content: 'talkscope:record:s/talks/future.md',
      description: 'Quantum Sensing for Ecology · Zofia Kowalczyk · 2099-05-01',
    });
    expect(new Set(list.map((s) => s.content)).size).toBe(list.length);
  });

  it('suggests nothing for nothing typed', () => {
    expect(suggestForOmnibox(loaded, '   ')).toEqual([]);
  });
});

describe('omniboxHash', () => {
  it.each<[string, string]>([
    ['talkscope:record:s/talks/future.md', '#/record/s%2Ftalks%2Ffuture.md'],
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
