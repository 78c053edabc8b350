import { describe, expect, it } from 'vitest';
import { classifyEntry } from '../../../indexer/parse/classify-entry.ts';
import { parseRoot, type SourceFile } from '../../../indexer/parse/parse-root.ts';

const file = (path: string, text: string): SourceFile => ({ path, bytes: new TextEncoder().encode(text) });

describe('classifyEntry', () => {
  it.each([
    [{ speaker: 'Ada Lovelace', title: 'Engines', date: '1843-01-01' }, 'talk'],
    [{ 'speaker-name': 'Ada', 'talk-title': 'Engines', 'start-date-time': '2026-09-25 14:00' }, 'talk'],
    [{ presenter: 'jdoe', date: 'Sept 19', paper: 'Some Networks' }, 'talk'],
    [{ date: 'Jan 30', paper: 'Talk: Jonas Berg (Berkeley)' }, 'talk'],
    [{ speakers: ['ana_lopez'], date: '2022-09-20', title: 'Risk forecasting' }, 'talk'],
    [{ name: 'Priya Nair', position: 'Faculty Fellow', phd: 'IIT Bombay' }, 'profile'],
    [{ firstname: 'Felix', lastname: 'Marsh', position: 'PhD student', url: 'https://x.org' }, 'profile'],
    [{ name: 'Paolo Neri', bio: 'Paolo is a professor.' }, 'profile'],
    [{ date: '2022-10-28', title: 'Open Data prize', content: 'The team won.', url: '/2022/10/28/prize.html' }, 'news'],
    [{ date: '25/09/2024', message: 'Our paper has been accepted to NeurIPS 2024.' }, 'news'],
    [
      { 'event-name': 'Summer Workshop', 'start-date-time': '2026-08-10 9:00', 'event-details': 'Plenary talks and posters.' },
      'news',
    ],
    [{ name: 'City Savings Bank', url: 'https://bank.example.org/' }, undefined],
    [{ title: 'Home', url: '/index.html' }, undefined],
    [{ title: 'Poster session', start: '2020-04-27T12:00:00+00:00', link: 'https://conf.example.org/x' }, undefined],
    [{ title: 'A paper', authors: 'A, B', year: 2020, journal: 'JMLR' }, undefined],
    [{ info: 'Spring 2019', url: 'index-s19.html' }, undefined],
  ])('%o → %s', (entry, kind) => {
    expect(classifyEntry(entry)).toBe(kind);
  });

  it('reads a group listing its people as no one, even in a people file', () => {
    const groups = [
      { name: 'Senior Investigators', personnel: ['cora-dvorkin', 'jim-halverson'] },
      { name: 'Postdocs', members: ['ana-lopez'] },
    ];
    expect(groups.flatMap((g) => [classifyEntry(g), classifyEntry(g, true)])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('collection files', () => {
  it('reads a list of talks, one record per entry, each with its line and #n source', () => {
    const yaml =
      '# Fall talks\n- date: 2022-09-20\n  speakers:\n  - ana_lopez\n  title: Risk forecasting\n  room: Hall 101\n  time: 3:15 PM\n- date: 2022-09-27\n  speakers: [bram_devries]\n  title: Sparse estimation\n';
    const people = 'ana_lopez:\n  name: Ana Lopez\n  affiliation: University of Waterloo\n  url: https://ana.example.org/\n';
    const r = parseRoot('reading', [file('data/talks__fall2022.yaml', yaml), file('data/people.yaml', people)]);
    const talks = r.records.filter((x) => x.kind === 'talk');
    expect(talks.map((t) => [t.source, t.line, t.title, t.date, t.time, t.location])).toEqual([
      ['data/talks__fall2022.yaml#0', 2, 'Risk forecasting', '2022-09-20', '3:15 PM', 'Hall 101'],
      ['data/talks__fall2022.yaml#1', 8, 'Sparse estimation', '2022-09-27', undefined, undefined],
    ]);
    expect(talks[0]!.people).toEqual([
      {
        name: 'Ana Lopez',
        key: 'ana lopez',
        role: 'speaker',
        affiliation: 'University of Waterloo',
        homepage: 'https://ana.example.org/',
      },
    ]);
    expect(talks[1]!.people[0]!.name).toBe('Bram Devries');
    const profile = r.records.find((x) => x.kind === 'profile');
    expect(profile).toMatchObject({ title: 'Ana Lopez', source: 'data/people.yaml#0', line: 1 });
  });

  it('decides the kind per entry and reports entries that are not records, with their line', () => {
    const yaml =
      'faculty:\n  - name: "Ada Lovelace"\n    bio: "Ada writes programs."\n    webpage: "https://ada.org"\nnav:\n  - title: Home\n    url: /\n';
    const r = parseRoot('lab', [file('data/people.yml', yaml)]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ kind: 'profile', title: 'Ada Lovelace', bio: 'Ada writes programs.', line: 2 });
    expect(r.records[0]!.people[0]).toMatchObject({ role: 'subject', homepage: 'https://ada.org' });
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        source: 'data/people.yml',
        line: 6,
        message: expect.stringMatching(/^1 entry is not a talk, person or news item/),
      }),
    ]);
    expect(r.indexed).toEqual(['data/people.yml']);
  });

  it('completes dates from a group year and takes the speaker from "Talk: Name"', () => {
    const yaml =
      '- term: Spring 2017\n  meetings:\n    - date: Jan 30 (3-4pm)\n      paper: "Talk: Jonas Berg (Berkeley)"\n      presenter:\n';
    const [talk] = parseRoot('reading', [file('data/meetings.yaml', yaml)]).records;
    expect(talk).toMatchObject({ kind: 'talk', date: '2017-01-30', time: '3-4pm', line: 3 });
    expect(talk!.people).toEqual([{ name: 'Jonas Berg', key: 'jonas berg', role: 'speaker', affiliation: 'Berkeley' }]);
  });

  it('reads schedule groups with emoji rooms and US dates', () => {
    const yaml =
      '- type: Schedule\n  members:\n    - speaker: Wen Zhou (UPenn)\n      date: (📍 Room 480, Main Building) 10/11/2024, 1:00 PM - 3:00 PM\n      title: Typed Programming\n      abstract: Typed programs compose well.\n      livestream: https://example.zoom.us/j/1\n';
    const [talk] = parseRoot('seminar', [file('data/talks.yml', yaml)]).records;
    expect(talk).toMatchObject({
      date: '2024-10-11',
      time: '1:00 PM - 3:00 PM',
      location: 'Room 480, Main Building',
      online: 'https://example.zoom.us/j/1',
      abstract: 'Typed programs compose well.',
    });
    expect(talk!.people[0]).toMatchObject({ name: 'Wen Zhou', affiliation: 'UPenn' });
  });

  it('reads day-first dates when the file shows them', () => {
    const yaml = '- speaker: Ana Lima\n  title: One\n  date: 25/09/2024\n- speaker: Bo Chen\n  title: Two\n  date: 8/11/2022\n';
    expect(parseRoot('lab', [file('data/speakers.yml', yaml)]).records.map((r) => r.date)).toEqual(['2024-09-25', '2022-11-08']);
  });

  it('takes the speaker from a nested `contents` entry', () => {
    const yaml =
      '- title: "Certifiable Control"\n  contents:\n    - title: Liu Fang\n      academic_institution: Harvard\n      date: October 4, 2024\n      abstract: Direct methods.\n';
    const [talk] = parseRoot('lab', [file('data/seminars.yml', yaml)]).records;
    expect(talk).toMatchObject({ title: 'Certifiable Control', date: '2024-10-04' });
    expect(talk!.people[0]).toMatchObject({ name: 'Liu Fang', affiliation: 'Harvard' });
  });

  it('reads a people file where a name is enough, job titles and dated news lines', () => {
    const people =
      'faculty:\n  - img: "images/m.jpg"\n    url: "https://m.github.io/"\n    name: "Owen Clarke"\n- group : Faculty\n';
    const harvard = '- group : Faculty\n  people :\n    - name : Ruth Adler\n      title : Professor\n';
    const news =
      'items:\n  - date: "2025-07-20"\n    text: "[DeepMath](https://m.uk/) conference on [**Inverse Problems**](https://m.uk/ip)"\n';
    const r = parseRoot('lab', [
      file('data/people.yml', people.replace('- group : Faculty\n', '')),
      file('data/members.yaml', harvard),
      file('data/news.yml', news),
    ]);
    expect(r.records.map((x) => [x.kind, x.title, x.summary, x.date])).toEqual([
      ['profile', 'Ruth Adler', 'Professor', undefined],
      ['news', 'DeepMath conference on Inverse Problems', 'DeepMath conference on Inverse Problems', '2025-07-20'],
      ['profile', 'Owen Clarke', undefined, undefined],
    ]);
    expect(r.records[2]!.people[0]!.homepage).toBe('https://m.github.io/');
  });

  it('reads hyphenated keys and placeholders of an events file', () => {
    const yaml =
      '- type: "colloquium"\n  speaker-name: "Speaker TBA"\n  speaker-affiliation: "Affiliation TBA"\n  start-date-time: "2026-10-09 14:00"\n  end-date-time: "2026-10-09 15:00"\n  talk-location: "Room 12-345"\n  talk-title: "Details to come."\n- type: "colloquium"\n  speaker-name: "Amy Chen"\n  speaker-affiliation: "UC San Diego"\n  speaker-website: "https://amychen.example.org/"\n  start-date-time: "2021-10-15 14:00"\n  end-date-time: "2021-10-15 15:00"\n  talk-title: "Learning Dynamics"\n  youtube-link: "https://youtu.be/x"\n';
    const [tba, rose] = parseRoot('institute', [file('data/colloquia.yml', yaml)]).records;
    expect(tba).toMatchObject({
      title: 'Details to come.',
      placeholder: true,
      people: [],
      date: '2026-10-09',
      time: '14:00 - 15:00',
    });
    expect(rose).toMatchObject({
      title: 'Learning Dynamics',
      date: '2021-10-15',
      time: '14:00 - 15:00',
      links: [{ label: 'Video', url: 'https://youtu.be/x' }],
    });
    expect(rose!.people[0]).toEqual({
      name: 'Amy Chen',
      key: 'amy chen',
      role: 'speaker',
      affiliation: 'UC San Diego',
      homepage: 'https://amychen.example.org/',
    });
  });

  it('reads a markdown table of talks on a page outside the kind folders', () => {
    const md =
      '## Fall 2020\n\nPresenter | Date | Paper/Topic\n--- | --- | ---\nNick Foley | 09/14/2020 | Overview of clinical models\n[Omar Reed](https://e.org) | 10/26/2020 | [TBD]\n';
    const r = parseRoot('group', [file('data/seminars.md', md)]);
    expect(r.records.map((t) => [t.title, t.date, t.people[0]?.name, t.line])).toEqual([
      ['Overview of clinical models', '2020-09-14', 'Nick Foley', 5],
      ['Talk by Omar Reed', '2020-10-26', 'Omar Reed', 6],
    ]);
    expect(r.records[1]!.people[0]!.homepage).toBe('https://e.org');
  });

  it('reads a course schedule whose topic cells name several talks and their guests', () => {
    const md = [
      '# HST 2021 Course Schedule',
      '| Week | Date | Topic | Objective |',
      '| --- | --- | --- | --- |',
      '| 1 | 2/19 | Intro to the course | Meet the data. |',
      '| 2 | 2/26 | Vital Statistics <br> Kirk Bol, Branch Chief, Colorado Center for Health and Environmental Data<br><br> Air Pollution and COVID19 <br> [Xiao Wu](https://x.org/wu) | Learn the data. |',
      '| 3 | 3/5 | Surveys <br> [Outbreaks Near Me](https://o.org) <br> Ben Rader and Autumn Gertz<br><br>[Satchit Balsari](https://s.net)<br><br>Hodan Ali, Benadir Regional Administration | |',
      '| 4 | 3/12 | Job Data <br> [CDC NIOSH](https://c.gov) <br><br> Vulnerability <br> [Grace Charles](https://g.org) | Map job data. |',
      '| 5 | 3/19 | Final Presentations | |',
    ].join('\n');
    const r = parseRoot('course', [file('data/SCHEDULE.md', md)]);
    expect(r.records.map((t) => [t.title, t.date, t.line, t.people.map((p) => [p.name, p.affiliation, p.homepage])])).toEqual([
      ['Intro to the course', '2021-02-19', 4, []],
      [
        'Vital Statistics',
        '2021-02-26',
        5,
        [['Kirk Bol', 'Branch Chief, Colorado Center for Health and Environmental Data', undefined]],
      ],
      ['Air Pollution and COVID19', '2021-02-26', 5, [['Xiao Wu', undefined, 'https://x.org/wu']]],
      [
        'Surveys',
        '2021-03-05',
        6,
        [
          ['Ben Rader', undefined, undefined],
          ['Autumn Gertz', undefined, undefined],
          ['Satchit Balsari', undefined, 'https://s.net'],
          ['Hodan Ali', 'Benadir Regional Administration', undefined],
        ],
      ],
      ['Job Data', '2021-03-12', 7, []],
      ['Vulnerability', '2021-03-12', 7, [['Grace Charles', undefined, 'https://g.org']]],
    ]);
    expect(r.records[0]!.abstract).toBe('Meet the data.');
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 8, message: expect.stringMatching(/^1 table row\(s\) are not talks/) }),
    ]);
  });

  it('dates a one-day programme table from the page', () => {
    const md =
      'A celebration takes place on Monday, Dec. 2nd, 2019, in Room 5.\n\n### Agenda\n\nTime | Presenter | Talk Title\n---|---|---\n9:30 - 9:45 | Ana Lima (Lake University) | Opening remarks\n';
    const [talk] = parseRoot('group', [file('data/program.md', md)]).records;
    expect(talk).toMatchObject({ title: 'Opening remarks', date: '2019-12-02', time: '9:30 - 9:45', line: 7 });
    expect(talk!.people[0]).toMatchObject({ name: 'Ana Lima', affiliation: 'Lake University' });
  });

  it('drops table entries that repeat a talk with its own file, saying so once', () => {
    const md =
      '| Time | Speaker | Topic |\n|---|---|---|\n| Oct. 22, 2021 | [Hugo Lind](https://m.org/) | Validation |\n| Oct. 29, 2021 | Maya Ortiz | Systems |\n';
    const r = parseRoot('seminar', [
      file('talks/2021-10-22.md', '---\ntitle: Validation\nauthor: Hugo Lind\ntime: 2021-10-22\n---\nAbstract.'),
      file('data/future.md', md),
    ]);
    expect(r.records.map((x) => x.source)).toEqual(['data/future.md#1', 'talks/2021-10-22.md']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        source: 'data/future.md',
        line: 3,
        message: expect.stringMatching(/^1 entry repeats a talk that has its own file/),
      }),
    ]);
  });

  it('reports a data file that does not parse, with its line, and reads the others', () => {
    const r = parseRoot('lab', [
      file('data/seminars.yml', '- speaker: A\n  title: "x\n  date: [\n'),
      file('data/people.yml', '- name: Ada Lovelace\n  role: PI\n'),
    ]);
    expect(r.records).toHaveLength(1);
    expect(r.reported).toEqual(['data/seminars.yml']);
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({
      source: 'data/seminars.yml',
      line: expect.any(Number),
      message: expect.stringMatching(/^YAML does not parse: .*file not indexed$/),
    });
  });

  it('reads JSON with raw tabs and newlines inside strings', () => {
    const json =
      '{\n  "title": "Vehicle routing",\n  "presenter": {"name": "Ada Lovelace", "affiliation": "KTH"},\n  "abstract": "Line one\tand\nline two",\n  "datePrague": "2025-11-12"\n}';
    const [talk] = parseRoot('series', [file('talks/1-routing.json', json)]).records;
    expect(talk).toMatchObject({ kind: 'talk', title: 'Vehicle routing', date: '2025-11-12', abstract: 'Line one and line two' });
    expect(talk!.people[0]).toMatchObject({ name: 'Ada Lovelace', affiliation: 'KTH' });
  });
});

describe('people pages', () => {
  it('reads one profile per bullet of an alumni page, with homepage, affiliation and position', () => {
    const md =
      '## Alumni\n\n### PhD\n\n  * [Ada Lovelace](https://ada.org/) (Analytical Society), PhD 1843\n  * Charles Babbage, SM 1820\n  * [A paper about engines](https://x.org/p.pdf)\n\n### Postdocs\n  * Mary Somerville\n';
    const r = parseRoot('group', [file('data/alumni.md', md)]);
    expect(r.records.map((p) => [p.source, p.line, p.title, p.summary, p.people[0]!.affiliation, p.people[0]!.homepage])).toEqual(
      [
        ['data/alumni.md#0', 5, 'Ada Lovelace', 'PhD 1843', 'Analytical Society', 'https://ada.org/'],
        ['data/alumni.md#1', 6, 'Charles Babbage', 'SM 1820', undefined, undefined],
        ['data/alumni.md#2', 10, 'Mary Somerville', 'Postdocs', undefined, undefined],
      ],
    );
  });
  it('does not read bullets of other pages as people', () => {
    const r = parseRoot('x', [file('data/faq.md', '# FAQ\n\n* Ada Lovelace\n* Charles Babbage\n')]);
    expect(r.records).toEqual([]);
  });
});
