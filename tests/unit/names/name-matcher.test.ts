import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildNameMatcher,
  loadNameMatcher,
  nameFormRows,
  type NameFormRow,
  mayHoldName,
} from '../../../indexer/names/name-matcher.ts';
import { COMMON_WORDS } from '../../../indexer/names/common-words.ts';
import { nameEntry, PEOPLE } from './name-entry-fixture.ts';

const matcher = buildNameMatcher(PEOPLE);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.key]);

describe('buildNameMatcher: a name that ends in an initial', () => {
  const initials = buildNameMatcher([nameEntry('Jane E'), nameEntry('Asvin G')]);
  it.each([
    ['A talk by Jane E on tools.', ['Jane E']],
    ['Asvin G. will speak', ['Asvin G']],
    ['Speaker: Asvin G', ['Asvin G']],
    ['Jane E. Doe and Jane E Doe', []],
    ['Asvin G. Kumar', []],
  ])('%s', (text, names) => {
    expect(initials.find(text).map((m) => text.slice(m.start, m.end))).toEqual(names);
  });
});

describe('buildNameMatcher: who is found', () => {
  it.each([
    ['A talk by Tom Hartvigsen today.', [['Tom Hartvigsen', 'tom hartvigsen']]],
    [
      'T. Hartvigsen and M. Ghassemi',
      [
        ['T. Hartvigsen', 'tom hartvigsen'],
        ['M. Ghassemi', 'marzyeh ghassemi'],
      ],
    ],
    ['T Hartvigsen', [['T Hartvigsen', 'tom hartvigsen']]],
    ['Hartvigsen, Tom (MIT)', [['Hartvigsen, Tom', 'tom hartvigsen']]],
    ['Hartvigsen, T. wrote', [['Hartvigsen, T', 'tom hartvigsen']]],
    ['TOM HARTVIGSEN', [['TOM HARTVIGSEN', 'tom hartvigsen']]],
    ['Tom Hartvigsen’s lab', [['Tom Hartvigsen', 'tom hartvigsen']]],
    ['Tom\u00a0Hartvigsen', [['Tom\u00a0Hartvigsen', 'tom hartvigsen']]],
    ['Tom\n  Hartvigsen', [['Tom\n  Hartvigsen', 'tom hartvigsen']]],
    [
      'Paul Erdos and Paul Erdős',
      [
        ['Paul Erdos', 'paul erdos'],
        ['Paul Erdős', 'paul erdos'],
      ],
    ],
    ['Paul Erdo\u030bs', [['Paul Erdo\u030bs', 'paul erdos']]],
    ['Erdős, Pál', [['Erdős, Pál', 'paul erdos']]],
    ['P. Erdős', [['P. Erdős', 'paul erdos']]],
    ['Vincent van Gogh', [['Vincent van Gogh', 'vincent van gogh']]],
    // A given name that is also a particle elsewhere.
    ['Speakers: Di Luo (MIT)', [['Di Luo', 'di luo']]],
    ['Luo, Di', [['Luo, Di', 'di luo']]],
    ['Vincent Van Gogh', [['Vincent Van Gogh', 'vincent van gogh']]],
    // A surname very many people share is found only with the given name written out.
    ['Quoc Le and Q. Le', [['Quoc Le', 'quoc le']]],
    ['Mary Jane Watson', [['Mary Jane Watson', 'mary jane watson']]],
    ['Mary Watson', [['Mary Watson', 'mary jane watson']]],
    ['M. J. Watson', [['M. J. Watson', 'mary jane watson']]],
    ['M.J. Watson', [['M.J. Watson', 'mary jane watson']]],
    ['Jean-Luc Picard', [['Jean-Luc Picard', 'jean luc picard']]],
    ['Conan O’Brien', [['Conan O’Brien', 'conan o brien']]],
    ['Kevin Long', [['Kevin Long', 'kevin long']]],
    ['Dr. Tom Hartvigsen', [['Tom Hartvigsen', 'tom hartvigsen']]],
    // A surname written first keeps its particles in the mark.
    ['Van Gogh, Vincent', [['Van Gogh, Vincent', 'vincent van gogh']]],
    ['see van Gogh, V. and', [['van Gogh, V', 'vincent van gogh']]],
    ['de la Gogh, Vincent', [['de la Gogh, Vincent', 'vincent van gogh']]],
    ['Gogh, Vincent', [['Gogh, Vincent', 'vincent van gogh']]],
    ['caravan Gogh, Vincent', [['Gogh, Vincent', 'vincent van gogh']]],
    ['Le, Quoc', [['Le, Quoc', 'quoc le']]],
    [
      'Quoc Le van Gogh, Vincent',
      [
        ['Quoc Le', 'quoc le'],
        ['van Gogh, Vincent', 'vincent van gogh'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('buildNameMatcher: what is left alone', () => {
  it.each([
    ['a lone first name', 'Tom said hello to Marzyeh.'],
    ['a lone surname', 'Hartvigsen and Ghassemi'],
    ['lower case', 'tom hartvigsen'],
    ['a sentence break', 'I met Tom. Hartvigsen was not there.'],
    ['a common-word surname alone', 'The Long road'],
    ['a common-word surname with an initial', 'K. Long and A. Long'],
    ['two common words', 'Will Long context windows help?'],
    ['a shared initial form', 'J. Smith'],
    ['an initial with a surname very many people share', 'D. Luo, Luo, D. and Le, Q.'],
    ['a name inside a word', 'Tomhartvigsen'],
    ['a name glued to the word before it', 'xTom Hartvigsen'],
    ['another first name', 'Tim Hartvigsen'],
    ['empty', ''],
  ])('%s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('tells apart people who share a surname when the name is spelled out', () => {
    expect(found('John Smith met Jane Smith')).toEqual([
      ['John Smith', 'john smith'],
      ['Jane Smith', 'jane smith'],
    ]);
  });
});

describe('buildNameMatcher: joined words, initials runs, addresses and middle initials', () => {
  const m = buildNameMatcher([
    nameEntry('Ian Waudby-Smith'),
    nameEntry('Ian Smith'),
    nameEntry('Siddharth Mishra-Sharma'),
    nameEntry('Giuseppe Alessio D’Inverno'),
    nameEntry('Roman Kossak'),
    nameEntry('Rongwei Yang'),
    nameEntry('Andre Python'),
    nameEntry('Anne Mathematics'),
    nameEntry('Ryan Tibshirani'),
    nameEntry('Joel David Hamkins'),
    nameEntry('Ankik Kumar Giri Radon Inst. for Computational and Applied Mathematics'),
    nameEntry('Igor Pak'),
    nameEntry('Aaditya Ramdas'),
    nameEntry('A N Chakrabarti'),
    nameEntry('Tulasi Ram Reddy A'),
    nameEntry('Pierre-Alexandre Bliman'),
    nameEntry('Kameryn J. Williams'),
    // Another Ryan written with a middle initial: Ryan Tibshirani's may still be skipped.
    nameEntry('Ryan P. Adams'),
    nameEntry('Simon Thomas'),
    nameEntry('Philip Hall'),
    nameEntry('Qiang Li', { variants: ['Q. Li'] }),
    nameEntry('K. Suresh Kumar'),
    nameEntry('G. C. Das'),
  ]);
  it.each([
    // A hyphenated or apostrophed surname is one surname: never its last part alone.
    ['Ian Waudby-Smith and I. Waudby-Smith', ['Ian Waudby-Smith', 'I. Waudby-Smith']],
    ['Waudby-Smith, Ian (2023)', ['Waudby-Smith, Ian']],
    ['Ian Smith spoke', ['Ian Smith']],
    ['Siddharth Sharma won', []],
    ['Giuseppe D’Inverno and G. D’Inverno', ['Giuseppe D’Inverno', 'G. D’Inverno']],
    // Part of a longer name.
    ['Jean-Roman Kossak', []],
    ['Jean\u2011Roman Kossak and Roman Kossak\u2010Nowak', []],
    ['Roman Kossak-Nowak', []],
    ['Roman Kossak-led team and Roman Kossak’s talk', ['Roman Kossak', 'Roman Kossak']],
    ['C.-R. Yang (McMaster)', []],
    ['B.A. Mathematics', []],
    // Addresses and handles.
    ['linkedin.com/in/Roman-Kossak', []],
    ['https://example.org/Roman-Kossak', []],
    ['R.Kossak@gc.cuny.edu', []],
    ['www.Roman.Kossak.com', []],
    ['roman_kossak and Roman_Kossak', []],
    // But words of the language joined to a name, and lists without spaces.
    ['Speakers: Ryan Tibshirani/Aaditya Ramdas', ['Ryan Tibshirani', 'Aaditya Ramdas']],
    ['Igor Pak-Led Team Wins', ['Igor Pak']],
    ["La conférence d’Igor Pak, la thèse d'Igor Pak", ['Igor Pak', 'Igor Pak']],
    ['co-Igor Pak', ['Igor Pak']],
    ['1Igor Pak, 2Roman Kossak', ['Igor Pak', 'Roman Kossak']],
    ['Hosts: Igor Pak.Roman Kossak', ['Igor Pak', 'Roman Kossak']],
    ['Pierre-Alexandre Bliman and P.-A. Bliman', ['Pierre-Alexandre Bliman', 'P.-A. Bliman']],
    // Footnote marks of an author list.
    ['Roman Kossak1,2 and Rongwei Yang3', ['Roman Kossak', 'Rongwei Yang']],
    // "A" and "I" standing alone are words.
    ['Building A Python Package', []],
    ['Applied Mathematics, A new chair', []],
    ['A. Python wrote', ['A. Python']],
    ['A N Chakrabarti, Tulasi Ram Reddy A', ['A N Chakrabarti', 'Tulasi Ram Reddy A']],
    ['Ramdas, A, Tibshirani, R', ['Ramdas, A', 'Tibshirani, R']],
    // One middle initial between a given name written out and the surname.
    ['Ryan J. Tibshirani and Joel D. Hamkins', ['Ryan J. Tibshirani', 'Joel D. Hamkins']],
    ['R. J. Tibshirani', []],
    ['Ryan J Tibshirani and Joel D Hamkins', ['Ryan J Tibshirani', 'Joel D Hamkins']],
    ['Ryan J\u00a0Tibshirani', ['Ryan J\u00a0Tibshirani']],
    // A surname very many people share needs the given name, though the archive writes initials too.
    ['Qiang Li; Li, Q.; Q. Li', ['Qiang Li']],
    // Written so by the archive, with a given name among the initials: found as written.
    ['K. Suresh Kumar and K. Kumar', ['K. Suresh Kumar']],
    // Known only by initials: found as written, never by fewer.
    ['G. C. Das and G. Das', ['G. C. Das']],
    ['Ryan J tibshirani, Ryan J', []],
    ['Kameryn A Williams', []],
    // A hyphen written as U+2010, or a non-breaking one.
    ['Ian Waudby\u2010Smith, I. Waudby\u2011Smith', ['Ian Waudby\u2010Smith', 'I. Waudby\u2011Smith']],
    ['Pierre\u2010Alexandre Bliman', ['Pierre\u2010Alexandre Bliman']],
    // Someone written with a middle initial is not someone with another.
    ['Kameryn J. Williams, Kameryn A. Williams', ['Kameryn J. Williams']],
    ['Ryan J. Tibshirani/Ryan P. Adams', ['Ryan J. Tibshirani', 'Ryan P. Adams']],
    // An initial after a given name the archive knows is that person's middle initial.
    ['Philip S. Thomas, then S. Thomas', ['S. Thomas']],
    ['Speaker S. Thomas; Simon S. Thomas', ['S. Thomas', 'Simon S. Thomas']],
    // Where someone works, run on to their name by the archive, is no name to look for.
    ['Ankik Mathematics and Ankik Kumar Giri', []],
  ])('%s', (text, names) => {
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual(names);
  });
});

describe('buildNameMatcher: properties', () => {
  const pageText = fc.string({
    unit: fc.constantFrom(...'abcTHMPEJ .,\n\u00a0-’'.split(''), 'Tom', 'Hartvigsen', 'Paul', 'Erdős', 'Long', 'Kevin', 'van'),
  });

  it('never throws and returns ordered, non-overlapping matches inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), pageText), (text) => {
        const ms = matcher.find(text);
        let end = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          end = m.end;
        }
      }),
    );
  });

  it('never matches one word on its own: every match holds at least two words', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        for (const m of matcher.find(text))
          expect(text.slice(m.start, m.end).match(/\p{L}+/gu)!.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('finds nothing where mayHoldName says no: a page may leave such texts out', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), pageText, fc.string({ unit: 'grapheme' })), (text) => {
        if (!mayHoldName(text)) expect(matcher.find(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2024-05-20', false],
    ['Room 12', false],
    ['spoke about graphs', false],
    ['Tom Hartvigsen', true],
    ['T. Hartvigsen', true],
    ['ÉMILE ZOLA', true],
    ['Здравствуй Мир', true],
  ])('mayHoldName(%j) → %s', (text, expected) => expect(mayHoldName(text)).toBe(expected));

  it('never matches a lone first name or a common-word surname in any surrounding text', () => {
    const word = fc.constantFrom(
      'Tom',
      'Paul',
      'Kevin',
      'Long',
      'Hartvigsen',
      'Ghassemi',
      ...[...COMMON_WORDS].slice(0, 50).map((w) => w[0]!.toUpperCase() + w.slice(1)),
    );
    fc.assert(
      fc.property(fc.string(), word, fc.constantFrom(' ', '. ', ', ', '\n', ' and '), fc.string(), (before, w, sep, after) => {
        const text = `${before.replace(/\p{L}/gu, '')} ${w}${sep}${after.replace(/\p{L}/gu, '')}`;
        expect(matcher.find(text)).toEqual([]);
      }),
    );
  });

  it('finds every person by their full name wherever it stands among other words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PEOPLE.filter((p) => p.name !== 'Will Long')),
        fc.constantFrom('', 'See ', 'x; '),
        fc.constantFrom('', ' spoke.', ', 2021'),
        (p, pre, post) => {
          const ms = matcher.find(pre + p.name + post);
          expect(ms).toEqual([{ start: pre.length, end: pre.length + p.name.length, key: p.key }]);
        },
      ),
    );
  });
});

describe('nameFormRows and loadNameMatcher: the names as a page receives them', () => {
  it('find the same names after a trip through JSON as the matcher built directly', () => {
    const loaded = loadNameMatcher(JSON.parse(JSON.stringify(nameFormRows(PEOPLE))) as NameFormRow[]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PEOPLE.map((p) => p.name), 'Hartvigsen, Tom', 'M. Ghassemi', 'and', ', ', '. ')),
        (parts) => {
          const text = parts.join(' ');
          expect(loaded.find(text)).toEqual(matcher.find(text));
        },
      ),
    );
  });

  it('skips rows that are not rows', () => {
    const rows = [null, 'x', ['k', 2], ['tom hartvigsen', 2, 'tom hartvigsen']] as unknown as NameFormRow[];
    expect(loadNameMatcher(rows).find('Tom Hartvigsen')).toEqual([{ start: 0, end: 14, key: 'tom hartvigsen' }]);
  });
});
