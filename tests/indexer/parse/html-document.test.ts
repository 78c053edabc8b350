import { describe, expect, it } from 'vitest';
import { htmlDocumentText } from '../../../indexer/parse/html-document.ts';

const page = (head: string, body: string) => `<!DOCTYPE html>\n<html><head>${head}</head><body>${body}</body></html>`;

describe('htmlDocumentText', () => {
  it.each([
    [
      'the headline first, then what the reader sees',
      page(
        '<title>Orbits | Math Dept</title>',
        '<nav>Home | People</nav><h1>Orbits</h1><p>Speaker: Ana Lima</p><footer>© Dept</footer>',
      ),
      'Title: Orbits\n\nSpeaker: Ana Lima',
    ],
    [
      'no <h1>: the <title> without the site',
      page('<title>Orbits &amp; flows | Math Dept</title>', '<p>Text.</p>'),
      'Title: Orbits & flows\n\nText.',
    ],
    [
      '<main> when there is one',
      page('', '<header><h1>Lab</h1></header><main><h1>Orbits</h1><p>Text.</p></main><aside>News</aside>'),
      'Title: Orbits\n\nText.',
    ],
    [
      'scripts and styles are no text',
      page('<style>p{}</style>', '<h1>Orbits</h1><script>var a;</script><p>Text.</p>'),
      'Title: Orbits\n\nText.',
    ],
    ['no headline at all', page('', '<p>Text.</p>'), 'Text.'],
  ])('%s', (_, html, text) => {
    expect(htmlDocumentText(html)).toBe(text);
  });

  it('leaves a fragment of HTML alone: it is a body as any other', () => {
    expect(htmlDocumentText('<p>Speaker: Ana Lima</p>')).toBeUndefined();
  });
});
