import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../indexer/parse/first-sentence.ts';
import { isPlaceholder } from '../../../indexer/parse/is-placeholder.ts';
import { safeUrl } from '../../../indexer/parse/safe-url.ts';
import { splitSections } from '../../../indexer/parse/split-sections.ts';
import { findSubject } from '../../../indexer/parse/find-subject.ts';

describe('splitSections', () => {
  it.each([
    [
      'markers on their own lines',
      'Abstract\n\nA talk.\n\nBio\n\nA person.',
      { abstract: 'A talk.', bio: 'A person.', marked: true },
    ],
    [
      'markers with a colon and text',
      'Abstract: A talk.\n\nBio: A person.',
      { abstract: 'A talk.', bio: 'A person.', marked: true },
    ],
    [
      'text before the first marker is body',
      'Time and place: Rice 540.\n\nAbtract: In GNNs…',
      { body: 'Time and place: Rice 540.', abstract: 'In GNNs…', marked: true },
    ],
    [
      'a short abstract',
      'Slides\n\nTime: Mar 26 2pm\n\nShort Abstract: We discuss limits.',
      { body: 'Slides\n\nTime: Mar 26 2pm', abstract: 'We discuss limits.', marked: true },
    ],
    [
      'other spellings',
      'Resumo\n\nUm seminário.\n\nAbout the speaker\n\nEla.',
      { abstract: 'Um seminário.', bio: 'Ela.', marked: true },
    ],
    [
      'no markers: all body',
      'Just text.\n\nMore text about the abstract of things.',
      { body: 'Just text.\n\nMore text about the abstract of things.', marked: false },
    ],
  ])('%s', (_, text, sections) => {
    expect(splitSections(text)).toEqual(sections);
  });
});

describe('isPlaceholder', () => {
  it.each([
    '',
    '  ',
    'TBA',
    'TBD',
    'tbd.',
    '[TBD]',
    'T.B.A.',
    'To be announced',
    'Speaker TBA',
    'Title TBA',
    'Details to come.',
    'No seminar',
    'No Lab Seminar - Finals Week',
    'No seminar scheduled.',
    'Seminar cancelled',
    'Spring break',
    'Lunch Hour',
    'Coffee break',
    'FirstName LastName',
    'À définir',
    'TBD in person, TBD virtual',
  ])('%j is a placeholder', (s) => {
    expect(isPlaceholder(s)).toBe(true);
  });
  it.each([
    'Tom Hartvigsen',
    'Tamsin Reade',
    'No-regret learning in games',
    'Breaking the curse of dimensionality',
    'Nobody knows: the limits of inference',
    'Lunch Hour (In-person only)',
    'Happy Hourglass',
  ])('%j is not', (s) => {
    expect(isPlaceholder(s)).toBe(false);
  });
});

describe('firstSentence', () => {
  it.each([
    ['Dr. Chen leads the lab. He works on AI.', 'Dr. Chen leads the lab.'],
    ['We build on Du et al. (2019). Then more.', 'We build on Du et al. (2019).'],
    ['It uses e.g. graphs. Next.', 'It uses e.g. graphs.'],
    ['Work by J. R. Smith shows this. Then.', 'Work by J. R. Smith shows this.'],
    ['No full stop at all', 'No full stop at all'],
  ])('%j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
  it('cuts a very long sentence at a word, with an ellipsis', () => {
    const s = firstSentence(`${'word '.repeat(100)}end.`, 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s.endsWith('word…')).toBe(true);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://www.tomhartvigsen.com/', undefined, 'https://www.tomhartvigsen.com/'],
    [' http://x.org/a ', undefined, 'http://x.org/a'],
    ['javascript:alert(1)', undefined, undefined],
    ['JAVASCRIPT:alert(1)', 'https://lab.org/', undefined],
    ['mailto:a@b.org', undefined, undefined],
    ['/static/img/a.png', undefined, undefined],
    ['/static/img/a.png', 'https://lab.org/', 'https://lab.org/static/img/a.png'],
    ['', undefined, undefined],
    ['data:text/html,<b>x</b>', 'https://lab.org/', undefined],
    ['//cdn.org/x.js', undefined, 'https://cdn.org/x.js'],
  ])('%j (base %j)', (value, base, url) => {
    expect(safeUrl(value, base)).toBe(url);
  });
});

describe('findSubject', () => {
  it('finds the person the article keeps naming, not its author', () => {
    const text =
      'Growing up in Texas, Ada Lovelace loved puzzles. "I was lucky," says Lovelace. During a meeting with Charles Babbage, Lovelace asked. Lovelace did check.';
    expect(findSubject('Ada Lovelace builds engines.', text, ['Jo Writer'])).toBe('Ada Lovelace');
  });
  it('finds nobody in text without a repeated name', () => {
    expect(findSubject('A headline', 'Some text about machines and nothing else.')).toBeUndefined();
  });
});
