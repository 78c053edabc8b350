import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameDictionary } from '../../indexer/enrich/build-name-dictionary.ts';
import { deriveTopics } from '../../indexer/enrich/derive-topics.ts';
import { fixNameOrder } from '../../indexer/enrich/fix-name-order.ts';
import { mergePeople } from '../../indexer/enrich/merge-people.ts';
import { relateRecords } from '../../indexer/enrich/relate-records.ts';
import { settleHomepages } from '../../indexer/enrich/settle-homepages.ts';
import { splitKnownNames } from '../../indexer/enrich/split-known-names.ts';
import { makeRecord, person } from '../support/make-record.ts';

describe('mergePeople', () => {
  const keysAfter = (names: string[][]) =>
    mergePeople(names.map((ns, i) => makeRecord({ id: `r${i}`, people: ns.map((n) => person(n)) }))).map((r) =>
      r.people.map((p) => p.key),
    );

  it.each([
    [
      'an initial joins the one full name that fits',
      [['T. Hartvigsen'], ['Tom Hartvigsen']],
      [['tom hartvigsen'], ['tom hartvigsen']],
    ],
    [
      'two fitting full names: ambiguous, left apart',
      [['J. Smith'], ['John Smith'], ['Jane Smith']],
      [['j smith'], ['john smith'], ['jane smith']],
    ],
    ['a different initial does not join', [['K. Hartvigsen'], ['Tom Hartvigsen']], [['k hartvigsen'], ['tom hartvigsen']]],
    [
      'two initials join a full name with both',
      [['M. I. Jordan'], ['Michael Irwin Jordan']],
      [['michael irwin jordan'], ['michael irwin jordan']],
    ],
    [
      '"Last, First" already shares the key',
      [['Ghassemi, Marzyeh'], ['Marzyeh Ghassemi']],
      [['marzyeh ghassemi'], ['marzyeh ghassemi']],
    ],
    [
      'a name without its middle initial joins the one with it',
      [['Aashirwad Ballal'], ['Aashirwad N. Ballal']],
      [['aashirwad n ballal'], ['aashirwad n ballal']],
    ],
    [
      'two middle initials, with or without dots and spaces',
      [['Hamish Fraser'], ['Hamish S.F. Fraser'], ['Hamish S F Fraser']],
      [['hamish s f fraser'], ['hamish s f fraser'], ['hamish s f fraser']],
    ],
    [
      'a middle initial before a two-word surname',
      [['Charles Van Loan'], ['Charles F. Van Loan']],
      [['charles f van loan'], ['charles f van loan']],
    ],
    [
      '"Last, First M." has a middle initial too',
      [['Lawrence, Neil D.'], ['Neil Lawrence']],
      [['neil d lawrence'], ['neil d lawrence']],
    ],
    [
      'two different middle initials: ambiguous, all left apart',
      [['Neil D. Lawrence'], ['Neil E. Lawrence'], ['Neil Lawrence']],
      [['neil d lawrence'], ['neil e lawrence'], ['neil lawrence']],
    ],
    [
      'one middle initial and two: ambiguous, all left apart',
      [['George E. Box'], ['George E. P. Box'], ['George Box']],
      [['george e box'], ['george e p box'], ['george box']],
    ],
    [
      'an initial finds the full name once its middle-initial form has joined',
      [['N. Lawrence'], ['Neil Lawrence'], ['Neil D. Lawrence']],
      [['neil d lawrence'], ['neil d lawrence'], ['neil d lawrence']],
    ],
    ['both forms in one record: the person once', [['Neil Lawrence', 'Neil D. Lawrence']], [['neil d lawrence']]],
    ["an apostrophe's letter is no initial", [["Maria D'Angelo"], ['Maria Angelo']], [['maria d angelo'], ['maria angelo']]],
    [
      'a middle name written whole is not joined',
      [['Neil David Lawrence'], ['Neil Lawrence']],
      [['neil david lawrence'], ['neil lawrence']],
    ],
    [
      'a first initial with a middle one: ambiguous, left apart',
      [['J. Smith'], ['John A. Smith'], ['Jane Smith']],
      [['j smith'], ['john a smith'], ['jane smith']],
    ],
    [
      'a given name that begins another is not joined: Yi is not Yingchen',
      [['Yi Xu'], ['Yingchen Xu']],
      [['yi xu'], ['yingchen xu']],
    ],
    [
      'a short form joins the full given name: Alf is Alfred',
      [['Alf Dolich'], ['Alfred Dolich']],
      [['alfred dolich'], ['alfred dolich']],
    ],
    ['Bill is William', [['Bill Freeman'], ['William Freeman']], [['william freeman'], ['william freeman']]],
    [
      'a short form joins a full name with middle initials',
      [['Chris Lloyd'], ['Christopher J. R. Lloyd']],
      [['christopher j r lloyd'], ['christopher j r lloyd']],
    ],
    [
      'two full names a short form may stand for: ambiguous, left apart',
      [['Chris Lee'], ['Christopher Lee'], ['Christine Lee']],
      [['chris lee'], ['christopher lee'], ['christine lee']],
    ],
  ])('%s', (_, names, expected) => {
    expect(keysAfter(names)).toEqual(expected);
  });

  const someNames = fc.array(
    fc
      .tuple(
        fc.constantFrom('Neil', 'Nina', 'N.', 'Lawrence,'),
        fc.constantFrom('', 'D.', 'E.', 'D. E.', 'David'),
        fc.constantFrom('Lawrence', 'Lane', 'Neil'),
      )
      .map(([first, middle, last]) =>
        first.endsWith(',') ? `${last}, ${first.slice(0, -1)} ${middle}` : `${first} ${middle} ${last}`,
      ),
    { maxLength: 8 },
  );

  it('joins a key only to one with the same surname and a given name that fits', () => {
    fc.assert(
      fc.property(someNames, (names) => {
        const after = keysAfter(names.map((n) => [n]));
        names.forEach((name, i) => {
          const [before, merged] = [person(name).key.split(' '), after[i]![0]!.split(' ')];
          expect(merged.at(-1)).toBe(before.at(-1));
          expect(merged[0]!.startsWith(before[0]!)).toBe(true);
        });
      }),
    );
  });

  it('merging twice changes nothing more', () => {
    fc.assert(
      fc.property(someNames, (names) => {
        const once = mergePeople(names.map((n, i) => makeRecord({ id: `r${i}`, people: [person(n)] })));
        expect(mergePeople(once)).toEqual(once);
      }),
    );
  });

  it.each([
    ['the fuller form on a tie', ['Emma Rose', 'Emma J. Rose'], 'Emma J. Rose', ['Emma Rose']],
    [
      'the form most records write',
      ['Sunil Chebolu', 'Sunil Chebolu', 'Sunil K. Chebolu'],
      'Sunil Chebolu',
      ['Sunil K. Chebolu'],
    ],
  ])('one person page after a middle initial joins, named by %s', (_, names, name, variants) => {
    const entries = buildNameDictionary(mergePeople(names.map((n, i) => makeRecord({ id: `r${i}`, people: [person(n)] }))));
    expect(entries.map((e) => [e.name, e.variants])).toEqual([[name, variants]]);
  });

  it('joins a short form only to a full name written in the same series', () => {
    const records = [
      makeRecord({ id: 'a', series: 'ny-logic', people: [person('Alf Dolich')] }),
      makeRecord({ id: 'b', series: 'iaifi', people: [person('Alfred Dolich')] }),
    ];
    expect(mergePeople(records).map((r) => r.people[0]!.key)).toEqual(['alf dolich', 'alfred dolich']);
  });

  it('keeps each name as the record wrote it', () => {
    const [a] = mergePeople([
      makeRecord({ id: 'a', people: [person('T. Hartvigsen')] }),
      makeRecord({ id: 'b', people: [person('Tom Hartvigsen')] }),
    ]);
    expect(a!.people[0]!.name).toBe('T. Hartvigsen');
  });
});

describe('splitKnownNames', () => {
  const after = (names: string[][], role: 'speaker' | 'subject' = 'speaker') =>
    splitKnownNames(
      names.map((ns, i) => makeRecord({ id: `r${i}`, people: ns.map((n) => person(n, i ? role : 'speaker')) })),
    ).map((r) => [r.people[0]!.name, r.people[0]!.key, r.people[0]!.affiliation ?? '']);

  it.each([
    [
      'a known name, then an acronym and a place',
      [['Soumya Bhattacharya'], ['Soumya Bhattacharya CIRM Trento']],
      [
        ['Soumya Bhattacharya', 'soumya bhattacharya', ''],
        ['Soumya Bhattacharya', 'soumya bhattacharya', 'CIRM Trento'],
      ],
    ],
    [
      'a known name, then a university',
      [['Ana Lima'], ['Ana Lima University of Porto']],
      [
        ['Ana Lima', 'ana lima', ''],
        ['Ana Lima', 'ana lima', 'University of Porto'],
      ],
    ],
    [
      'a surname in capitals is one word: it stays',
      [['Xiao Ming'], ['Xiao Ming WANG']],
      [
        ['Xiao Ming', 'xiao ming', ''],
        ['Xiao Ming WANG', 'xiao ming wang', ''],
      ],
    ],
    [
      'a second surname is no organisation',
      [['Maria Garcia'], ['Maria Garcia Lopez']],
      [
        ['Maria Garcia', 'maria garcia', ''],
        ['Maria Garcia Lopez', 'maria garcia lopez', ''],
      ],
    ],
    ['an unknown name is left as written', [['Tom Reyes MIT Boston']], [['Tom Reyes MIT Boston', 'tom reyes mit boston', '']]],
    [
      'a roman numeral is part of the name',
      [['James Phillips'], ['James Phillips III Harvard']],
      [
        ['James Phillips', 'james phillips', ''],
        ['James Phillips III Harvard', 'james phillips iii harvard', ''],
      ],
    ],
  ])('%s', (_, names, expected) => {
    expect(after(names)).toEqual(expected);
  });

  it("keeps the record's affiliation after the words taken from the name", () => {
    const [, b] = splitKnownNames([
      makeRecord({ id: 'a', people: [person('Soumya Bhattacharya')] }),
      makeRecord({ id: 'b', people: [person('Soumya Bhattacharya CIRM Trento', 'speaker', { affiliation: 'Italy' })] }),
    ]);
    expect(b!.people[0]).toMatchObject({ name: 'Soumya Bhattacharya', affiliation: 'CIRM Trento, Italy' });
  });

  it("leaves a profile's subject as its page names them", () => {
    expect(after([['Soumya Bhattacharya'], ['Soumya Bhattacharya CIRM Trento']], 'subject')[1]![0]).toBe(
      'Soumya Bhattacharya CIRM Trento',
    );
  });
});

describe('settleHomepages', () => {
  const SEMINAR = 'https://math.example.edu/~aprg/index.php?id=seminar24-25';
  const after = (people: [string, string | undefined][]) =>
    settleHomepages(
      people.map(([name, homepage], i) =>
        makeRecord({ id: `r${i}`, people: [person(name, 'speaker', homepage ? { homepage } : {})] }),
      ),
    ).map((r) => [r.people[0]!.key, r.people[0]!.homepage ?? '']);

  it.each([
    [
      "a seminar's page given for each speaker is no one's homepage",
      [
        ['Ana Lima', SEMINAR],
        ['Bo Chen', SEMINAR],
        ['Ravi Rao', SEMINAR],
      ],
      [
        ['ana lima', ''],
        ['bo chen', ''],
        ['ravi rao', ''],
      ],
    ],
    [
      'a page with one of the names in its address stays theirs',
      [
        ['Adrien Segovia', 'https://sites.google.com/view/adriensegovia'],
        ['Sarah Sekheri', 'https://sites.google.com/view/adriensegovia'],
      ],
      [
        ['adrien segovia', 'https://sites.google.com/view/adriensegovia'],
        ['sarah sekheri', ''],
      ],
    ],
    [
      "each one's entry of a shared page stays theirs",
      [
        ['Anna Golubeva', 'https://iaifi.org/fellows.html#anna-golubeva'],
        ['Di Luo', 'https://iaifi.org/fellows.html#di-luo'],
      ],
      [
        ['anna golubeva', 'https://iaifi.org/fellows.html#anna-golubeva'],
        ['di luo', 'https://iaifi.org/fellows.html#di-luo'],
      ],
    ],
    [
      'two spellings of one name with one homepage are one person',
      [
        ['David Marker', 'http://homepages.math.uic.edu/~marker/'],
        ['David Marker', undefined],
        ['Dave Marker', 'http://homepages.math.uic.edu/~marker'],
      ],
      [
        ['david marker', 'http://homepages.math.uic.edu/~marker/'],
        ['david marker', ''],
        ['david marker', 'http://homepages.math.uic.edu/~marker'],
      ],
    ],
    [
      'the same surname, other initials: left apart, homepage kept',
      [
        ['Anna Hartvigsen', 'https://hartvigsen.example'],
        ['Tom Hartvigsen', 'https://hartvigsen.example'],
      ],
      [
        ['anna hartvigsen', 'https://hartvigsen.example'],
        ['tom hartvigsen', 'https://hartvigsen.example'],
      ],
    ],
    [
      'a homepage of one person is left alone',
      [
        ['Ana Lima', 'https://analima.example'],
        ['Ana Lima', 'https://analima.example/'],
      ],
      [
        ['ana lima', 'https://analima.example'],
        ['ana lima', 'https://analima.example/'],
      ],
    ],
  ] as [string, [string, string | undefined][], string[][]][])('%s', (_, people, expected) => {
    expect(after(people)).toEqual(expected);
  });

  it("keeps a page dropped from its speaker as the talk's link", () => {
    const [a] = settleHomepages([
      makeRecord({ id: 'a', people: [person('Ana Lima', 'speaker', { homepage: SEMINAR })] }),
      makeRecord({ id: 'b', people: [person('Bo Chen', 'speaker', { homepage: SEMINAR })] }),
    ]);
    expect(a!.links).toEqual([{ label: 'Web page', url: SEMINAR }]);
  });
});

describe('fixNameOrder', () => {
  /** A people list (one data file's profiles), then talks by the people named in `talks`. */
  const archive = (list: string[], talks: string[], body = '') => [
    ...list.map((name, i) =>
      makeRecord({
        id: `p${i}`,
        kind: 'profile',
        title: name,
        source: `data/people.json#${i}`,
        people: [person(name, 'subject')],
      }),
    ),
    ...talks.map((name, i) => makeRecord({ id: `t${i}`, people: [person(name)], body })),
  ];
  const subjects = (records: ReturnType<typeof archive>) =>
    fixNameOrder(records)
      .filter((r) => r.kind === 'profile')
      .map((r) => [r.title, r.people[0]!.key]);
  const surnameFirst = ['Abate Marco', 'Abenda Simonetta', 'Agrachev Andrei'];
  const speakers = ['Marco Abate', 'Simonetta Abenda', 'Andrei Agrachev'];

  it.each([
    [
      'a list the archive knows only the other way round is turned',
      archive(surnameFirst, speakers),
      [
        ['Marco Abate', 'marco abate'],
        ['Simonetta Abenda', 'simonetta abenda'],
        ['Andrei Agrachev', 'andrei agrachev'],
      ],
    ],
    [
      'names the archive does not know are turned with the rest: one surname word, its particles, or the split the text shows',
      archive(
        [...surnameFirst, 'Cherubini Anna Maria', 'Della Corte Alessandro', 'Tedeschini Lalli Laura', 'Schindler Tanja I.'],
        speakers,
        'Chaired by Laura Tedeschini Lalli.',
      ),
      [
        ['Marco Abate', 'marco abate'],
        ['Simonetta Abenda', 'simonetta abenda'],
        ['Andrei Agrachev', 'andrei agrachev'],
        ['Anna Maria Cherubini', 'anna maria cherubini'],
        ['Alessandro Della Corte', 'alessandro della corte'],
        ['Laura Tedeschini Lalli', 'laura tedeschini lalli'],
        ['Tanja I. Schindler', 'tanja i schindler'],
      ],
    ],
    [
      'a split the archive knows wins over the rule',
      archive([...surnameFirst, 'Benini Anna Miriam'], [...speakers, 'Anna Miriam Benini']),
      [
        ['Marco Abate', 'marco abate'],
        ['Simonetta Abenda', 'simonetta abenda'],
        ['Andrei Agrachev', 'andrei agrachev'],
        ['Anna Miriam Benini', 'anna miriam benini'],
      ],
    ],
    [
      'two names known turned round are not evidence enough',
      archive(surnameFirst, speakers.slice(0, 2)),
      [
        ['Abate Marco', 'abate marco'],
        ['Abenda Simonetta', 'abenda simonetta'],
        ['Agrachev Andrei', 'agrachev andrei'],
      ],
    ],
    [
      'a list mostly known as written is left, though some names read both ways',
      archive(['Marco Abate', 'Simonetta Abenda', 'Andrei Agrachev', 'Kim Lee'], [...speakers, 'Lee Kim']),
      [
        ['Marco Abate', 'marco abate'],
        ['Simonetta Abenda', 'simonetta abenda'],
        ['Andrei Agrachev', 'andrei agrachev'],
        ['Kim Lee', 'kim lee'],
      ],
    ],
  ])('%s', (_, records, expected) => {
    expect(subjects(records)).toEqual(expected);
  });

  it('leaves talks, and profiles of their own files, as they are', () => {
    const records = [
      ...archive(surnameFirst, speakers),
      makeRecord({
        id: 'own',
        kind: 'profile',
        title: 'Abate Marco',
        source: 'profiles/abate.md',
        people: [person('Abate Marco', 'subject')],
      }),
    ];
    const out = fixNameOrder(records);
    expect(out.slice(3)).toEqual(records.slice(3));
  });
});

describe('relateRecords', () => {
  const records = [
    makeRecord({ id: 'a', people: [person('Ana Lopez')], topics: ['causality'] }),
    makeRecord({ id: 'b', people: [person('Ana Lopez')], date: '2020-01-01' }),
    makeRecord({ id: 'c', topics: ['causality'] }),
    makeRecord({ id: 'd', people: [person('Yen-Ling Kuo', 'editor')] }),
    makeRecord({ id: 'e', people: [person('Yen-Ling Kuo', 'editor')] }),
    makeRecord({ id: 'f', people: [person('Ana Lopez')], placeholder: true }),
    // One talk listed twice, and a copy of "g" itself.
    makeRecord({ id: 'g', title: 'Sparse models', date: '2019-01-01', people: [person('Kim Ode')] }),
    makeRecord({ id: 'h', title: 'Dense models', date: '2013-11-20', people: [person('Kim Ode')] }),
    makeRecord({ id: 'i', title: 'Dense  Models', date: '2013-11-20', people: [person('Kim Ode')] }),
    makeRecord({ id: 'j', title: 'Sparse models', date: '2019-01-01', people: [person('Kim Ode')] }),
  ];
  const related = Object.fromEntries(relateRecords(records).map((r) => [r.id, r.related]));

  it.each([
    ['same speaker first, then a shared topic', 'a', ['b', 'c']],
    ['a shared speaker relates both ways', 'b', ['a']],
    ['a shared topic alone relates', 'c', ['a']],
    ['an editor of many talks relates nothing', 'd', []],
    ['a placeholder relates nothing', 'f', []],
    ['one talk listed twice is related once, and a copy of the record not at all', 'g', ['h']],
  ])('%s', (_, id, expected) => {
    expect(related[id]).toEqual(expected);
  });
});

describe('deriveTopics', () => {
  it('picks words shared with other records, never the speaker’s name, and keeps given topics', () => {
    const out = deriveTopics([
      makeRecord({
        id: 'a',
        title: 'Causal inference with latent confounders',
        abstract: 'Confounders everywhere.',
        people: [person('Lopez Causal')],
      }),
      makeRecord({ id: 'b', title: 'Latent confounders in genomics' }),
      makeRecord({ id: 'c', title: 'Genomics at scale', topics: ['biology'] }),
      ...Array.from({ length: 40 }, (_, i) => makeRecord({ id: `z${i}`, title: `Unrelated filler number ${i}` })),
    ]);
    expect(out[0]!.topics).toEqual(['confounders', 'latent']);
    expect(out[1]!.topics).toEqual(['confounders', 'genomics', 'latent']);
    expect(out[2]!.topics).toEqual(['biology']);
  });
});

describe('buildNameDictionary', () => {
  it('one entry per person, most used spelling first, newest records first', () => {
    const entries = buildNameDictionary([
      makeRecord({ id: 'a', date: '2020-01-01', people: [person('Pal Erdos')] }),
      makeRecord({
        id: 'b',
        date: '2022-01-01',
        people: [person('Pál Erdős', 'speaker', { homepage: 'https://example.org/erdos' })],
      }),
      makeRecord({ id: 'c', kind: 'profile', people: [person('Pál Erdős', 'subject')] }),
      makeRecord({ id: 'd', people: [person('Nobody Known')], placeholder: true }),
    ]);
    expect(entries).toEqual([
      {
        key: 'pal erdos',
        name: 'Pál Erdős',
        variants: ['Pal Erdos'],
        homepage: 'https://example.org/erdos',
        records: ['b', 'a', 'c'],
        talks: 2,
        roles: ['speaker', 'subject'],
      },
    ]);
  });

  it.each([
    [
      'the newest talk says where they are now',
      [
        ['2015-03-20', 'CIRM Trento'],
        ['2019-03-20', 'IISER Kolkata'],
        ['2014-01-01', 'CIRM Trento'],
      ],
      undefined,
      'IISER Kolkata',
    ],
    ['their own profile says it best', [['2019-03-20', 'IISER Kolkata']], 'Max Planck Institute', 'Max Planck Institute'],
    [
      'undated, the one given most',
      [
        ['', 'MIT'],
        ['', 'Harvard'],
        ['', 'MIT'],
      ],
      undefined,
      'MIT',
    ],
  ] as [string, [string, string][], string | undefined, string][])('affiliation: %s', (_, talks, own, expected) => {
    const [entry] = buildNameDictionary([
      ...talks.map(([date, affiliation], i) =>
        makeRecord({
          id: `t${i}`,
          ...(date ? { date } : {}),
          people: [person('Soumya Bhattacharya', 'speaker', { affiliation })],
        }),
      ),
      ...(own
        ? [makeRecord({ id: 'p', kind: 'profile', people: [person('Soumya Bhattacharya', 'subject', { affiliation: own })] })]
        : []),
    ]);
    expect(entry!.affiliation).toBe(expected);
  });
});

describe('deriveTopics: what is never a topic', () => {
  it.each([
    ['LaTeX commands', 'Let $\\mathfrak{O}$ be a ring', 'mathfrak'],
    ['French function words', 'Nous étudions les chemins', 'nous'],
    ['announcement vocabulary', 'Seminar talk abstract', 'seminar'],
    ['refreshments', 'Weekly coffee hour: snacks provided', 'coffee'],
    ['refreshments, again', 'Weekly coffee hour: snacks provided', 'snacks'],
    ['the web page itself', 'Click the slides on this website', 'click'],
  ])('%s', (_, title, word) => {
    const records = [0, 1, 2].map((i) => makeRecord({ id: `r${i}`, title }));
    const filler = Array.from({ length: 80 }, (_, i) => makeRecord({ id: `z${i}`, title: `Filler ${i}` }));
    expect(deriveTopics([...records, ...filler]).flatMap((r) => r.topics)).not.toContain(word);
  });
});
