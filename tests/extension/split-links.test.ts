import { describe, expect, it } from 'vitest';
import { splitLinks, type TextPart } from '../../components/lib/split-links.ts';

const link = (url: string, text = url) => ({ url, text });

describe('splitLinks', () => {
  it.each<[string, TextPart[]]>([
    ['No address here.', ['No address here.']],
    ['Reviewed at https://zbmath.org/1466.03001.', ['Reviewed at ', link('https://zbmath.org/1466.03001'), '.']],
    ['(slides: https://x.org/s.pdf)', ['(slides: ', link('https://x.org/s.pdf'), ')']],
    [
      'See https://en.wikipedia.org/wiki/Set_(mathematics), then',
      ['See ', link('https://en.wikipedia.org/wiki/Set_(mathematics)'), ', then'],
    ],
    [
      'Two: http://a.org/x and https://b.org/y?q=1&r=2',
      ['Two: ', link('http://a.org/x'), ' and ', link('https://b.org/y?q=1&r=2')],
    ],
    ['javascript:alert(1) and ftp://x.org stay text', ['javascript:alert(1) and ftp://x.org stay text']],
    ['<a href="https://x.org/">x</a>', ['<a href="', link('https://x.org/'), '">x</a>']],
  ])('%j', (text, parts) => {
    expect(splitLinks(text)).toEqual(parts);
  });
});
