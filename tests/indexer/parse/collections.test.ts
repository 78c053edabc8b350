import { describe, expect, it } from 'vitest';
import { classifyEntry } from '../../../indexer/parse/classify-entry.ts';
import { parseRoot, type SourceFile } from '../../../indexer/parse/parse-root.ts';

const file = (path: string, text: string): SourceFile => ({ path, bytes: new TextEncoder().encode(text) });

describe('classifyEntry', () => {
  it.each([
    [{ speaker: 'Ada Lovelace', title: 'Engines', date: '1843-01-01' }, 'talk'],
    [{ 'speaker-name': 'Ada', 'talk-title': 'Engines', 'start-date-time': '2026-09-25 14:00' }, 'talk'],
    [{ presenter: 'srush', date: 'Sept 19', paper: 'Matching Networks' }, 'talk'],
    [{ date: 'Jan 30', paper: 'Talk: Jacob Andreas (Berkeley)' }, 'talk'],
    [{ speakers: ['ruodu_wang'], date: '2022-09-20', title: 'E-backtesting' }, 'talk'],
    [{ name: 'Ruma Maity', position: 'INSPIRE Faculty Fellow', phd: 'IIT Bombay' }, 'profile'],
    [{ firstname: 'Roland', lastname: 'Andrews', position: 'PhD student', url: 'https://x.org' }, 'profile'],
    [{ name: 'Filippo Bianchi', bio: 'Filippo is a professor.' }, 'profile'],
    [{ date: '2022-10-28', title: 'Open Data prize', content: 'The team won.', url: '/2022/10/28/prize.html' }, 'news'],
    [{ date: '25/09/2024', message: 'Rainbow Teaming has been accepted to NeurIPS 2024.' }, 'news'],
    [{ 'event-name': 'Summer Workshop', 'start-date-time': '2026-08-10 9:00', 'event-details': 'Plenary talks and posters.' }, 'news'],
    [{ name: 'Bank of England', url: 'https://www.bankofengland.co.uk/' }, undefined],
    [{ title: 'Home', url: '/index.html' }, undefined],
    [{ title: 'Poster session', start: '2020-04-27T12:00:00+00:00', link: 'https://iclr.cc/x' }, undefined],
    [{ title: 'A paper', authors: 'A, B', year: 2020, journal: 'JMLR' }, undefined],
    [{ info: 'Spring 2019', url: 'index-s19.html' }, undefined],
  ])('%o → %s', (entry, kind) => {
    expect(classifyEntry(entry)).toBe(kind);
  });
});

describe('collection files', () => {
  it('reads a list of talks, one record per entry, each with its line and #n source', () => {
    const yaml = '# Fall talks\n- date: 2022-09-20\n  speakers:\n  - ruodu_wang\n  title: E-backtesting\n  room: NSH 4305\n  time: 3:15 PM\n- date: 2022-09-27\n  speakers: [tudor_manole]\n  title: Minimax estimation\n';
    const people = 'ruodu_wang:\n  name: Ruodu Wang\n  affiliation: University of Waterloo\n  url: https://sas.uwaterloo.ca/~wang/\n';
    const r = parseRoot('cmu', [file('data/talks__fall2022.yaml', yaml), file('data/people.yaml', people)]);
    const talks = r.records.filter((x) => x.kind === 'talk');
    expect(talks.map((t) => [t.source, t.line, t.title, t.date, t.time, t.location])).toEqual([
      ['data/talks__fall2022.yaml#0', 2, 'E-backtesting', '2022-09-20', '3:15 PM', 'NSH 4305'],
      ['data/talks__fall2022.yaml#1', 8, 'Minimax estimation', '2022-09-27', undefined, undefined],
    ]);
    expect(talks[0]!.people).toEqual([{ name: 'Ruodu Wang', key: 'ruodu wang', role: 'speaker', affiliation: 'University of Waterloo', homepage: 'https://sas.uwaterloo.ca/~wang/' }]);
    expect(talks[1]!.people[0]!.name).toBe('Tudor Manole');
    const profile = r.records.find((x) => x.kind === 'profile');
    expect(profile).toMatchObject({ title: 'Ruodu Wang', source: 'data/people.yaml#0', line: 1 });
  });

  it('decides the kind per entry and reports entries that are not records, with their line', () => {
    const yaml = 'faculty:\n  - name: "Ada Lovelace"\n    bio: "Ada writes programs."\n    webpage: "https://ada.org"\nnav:\n  - title: Home\n    url: /\n';
    const r = parseRoot('lab', [file('data/people.yml', yaml)]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ kind: 'profile', title: 'Ada Lovelace', bio: 'Ada writes programs.', line: 2 });
    expect(r.records[0]!.people[0]).toMatchObject({ role: 'subject', homepage: 'https://ada.org' });
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', source: 'data/people.yml', line: 6, message: expect.stringMatching(/^1 entry is not a talk, person or news item/) })]);
    expect(r.indexed).toEqual(['data/people.yml']);
  });

  it('completes dates from a group year and takes the speaker from "Talk: Name"', () => {
    const yaml = '- term: Spring 2017\n  meetings:\n    - date: Jan 30 (3-4pm)\n      paper: "Talk: Jacob Andreas (Berkeley)"\n      presenter:\n';
    const [talk] = parseRoot('nlp', [file('data/meetings.yaml', yaml)]).records;
    expect(talk).toMatchObject({ kind: 'talk', date: '2017-01-30', time: '3-4pm', line: 3 });
    expect(talk!.people).toEqual([{ name: 'Jacob Andreas', key: 'jacob andreas', role: 'speaker', affiliation: 'Berkeley' }]);
  });

  it('reads schedule groups with emoji rooms and US dates', () => {
    const yaml = '- type: Schedule\n  members:\n    - speaker: Ziyang Li (UPenn)\n      date: (📍 CSB 480, Mudd Building) 10/11/2024, 1:00 PM - 3:00 PM\n      title: Relational Programming\n      abstract: Neurosymbolic programming combines two worlds.\n      livestream: https://columbia.zoom.us/j/1\n';
    const [talk] = parseRoot('plse', [file('data/talks.yml', yaml)]).records;
    expect(talk).toMatchObject({ date: '2024-10-11', time: '1:00 PM - 3:00 PM', location: 'CSB 480, Mudd Building', online: 'https://columbia.zoom.us/j/1', abstract: 'Neurosymbolic programming combines two worlds.' });
    expect(talk!.people[0]).toMatchObject({ name: 'Ziyang Li', affiliation: 'UPenn' });
  });

  it('reads day-first dates when the file shows them', () => {
    const yaml = '- speaker: Ana Lima\n  title: One\n  date: 25/09/2024\n- speaker: Bo Chen\n  title: Two\n  date: 8/11/2022\n';
    expect(parseRoot('dark', [file('data/speakers.yml', yaml)]).records.map((r) => r.date)).toEqual(['2024-09-25', '2022-11-08']);
  });

  it('takes the speaker from a nested `contents` entry', () => {
    const yaml = '- title: "Certifiable Control"\n  contents:\n    - title: Heng Yang\n      academic_institution: Harvard\n      date: October 4, 2024\n      abstract: Direct methods.\n';
    const [talk] = parseRoot('willow', [file('data/seminars.yml', yaml)]).records;
    expect(talk).toMatchObject({ title: 'Certifiable Control', date: '2024-10-04' });
    expect(talk!.people[0]).toMatchObject({ name: 'Heng Yang', affiliation: 'Harvard' });
  });

  it('reads a people file where a name is enough, job titles and dated news lines', () => {
    const people = 'faculty:\n  - img: "images/m.jpg"\n    url: "https://m.github.io/"\n    name: "Michael Murray"\n- group : Faculty\n';
    const harvard = '- group : Faculty\n  people :\n    - name : Stuart Shieber\n      title : Professor\n';
    const news = 'items:\n  - date: "2025-07-20"\n    text: "[Maths4DL](https://m.uk/) conference on [**Inverse Problems**](https://m.uk/ip)"\n';
    const r = parseRoot('lab', [file('data/people.yml', people.replace('- group : Faculty\n', '')), file('data/members.yaml', harvard), file('data/news.yml', news)]);
    expect(r.records.map((x) => [x.kind, x.title, x.summary, x.date])).toEqual([
      ['profile', 'Stuart Shieber', 'Professor', undefined],
      ['news', 'Maths4DL conference on Inverse Problems', 'Maths4DL conference on Inverse Problems', '2025-07-20'],
      ['profile', 'Michael Murray', undefined, undefined],
    ]);
    expect(r.records[2]!.people[0]!.homepage).toBe('https://m.github.io/');
  });

  it('reads hyphenated keys and placeholders of an events file', () => {
    const yaml = '- type: "colloquium"\n  speaker-name: "Speaker TBA"\n  speaker-affiliation: "Affiliation TBA"\n  start-date-time: "2026-10-09 14:00"\n  end-date-time: "2026-10-09 15:00"\n  talk-location: "MIT Kolker Room (26-414)"\n  talk-title: "Details to come."\n- type: "colloquium"\n  speaker-name: "Rose Yu"\n  speaker-affiliation: "UC San Diego"\n  speaker-website: "https://roseyu.com/"\n  start-date-time: "2021-10-15 14:00"\n  end-date-time: "2021-10-15 15:00"\n  talk-title: "Physics-Guided AI"\n  youtube-link: "https://youtu.be/x"\n';
    const [tba, rose] = parseRoot('iaifi', [file('data/colloquia.yml', yaml)]).records;
    expect(tba).toMatchObject({ title: 'Details to come.', placeholder: true, people: [], date: '2026-10-09', time: '14:00 - 15:00' });
    expect(rose).toMatchObject({ title: 'Physics-Guided AI', date: '2021-10-15', time: '14:00 - 15:00', links: [{ label: 'Video', url: 'https://youtu.be/x' }] });
    expect(rose!.people[0]).toEqual({ name: 'Rose Yu', key: 'rose yu', role: 'speaker', affiliation: 'UC San Diego', homepage: 'https://roseyu.com/' });
  });

  it('reads a markdown table of talks on a page outside the kind folders', () => {
    const md = '## Fall 2020\n\nPresenter | Date | Paper/Topic\n--- | --- | ---\nWillie Boag | 09/14/2020 | Overview of MLHC videos\n[Eric Lehman](https://e.org) | 10/26/2020 | [TBD]\n';
    const r = parseRoot('medg', [file('data/seminars.md', md)]);
    expect(r.records.map((t) => [t.title, t.date, t.people[0]?.name, t.line])).toEqual([
      ['Overview of MLHC videos', '2020-09-14', 'Willie Boag', 5],
      ['Talk by Eric Lehman', '2020-10-26', 'Eric Lehman', 6],
    ]);
    expect(r.records[1]!.people[0]!.homepage).toBe('https://e.org');
  });

  it('drops table entries that repeat a talk with its own file, saying so once', () => {
    const md = '| Time | Speaker | Topic |\n|---|---|---|\n| Oct. 22, 2021 | [Matthew Dwyer](https://m.org/) | Validation |\n| Oct. 29, 2021 | Felix Lin | Systems |\n';
    const r = parseRoot('uva', [file('talks/2021-10-22.md', '---\ntitle: Validation\nauthor: Matthew Dwyer\ntime: 2021-10-22\n---\nAbstract.'), file('data/future.md', md)]);
    expect(r.records.map((x) => x.source)).toEqual(['data/future.md#1', 'talks/2021-10-22.md']);
    expect(r.problems).toEqual([expect.objectContaining({ source: 'data/future.md', line: 3, message: expect.stringMatching(/^1 entry repeats a talk that has its own file/) })]);
  });

  it('reports a data file that does not parse, with its line, and reads the others', () => {
    const r = parseRoot('bath', [file('data/seminars.yml', '- speaker: A\n  title: "x\n  date: [\n'), file('data/people.yml', '- name: Ada Lovelace\n  role: PI\n')]);
    expect(r.records).toHaveLength(1);
    expect(r.reported).toEqual(['data/seminars.yml']);
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({ source: 'data/seminars.yml', line: expect.any(Number), message: expect.stringMatching(/^YAML does not parse: .*file not indexed$/) });
  });

  it('reads JSON with raw tabs and newlines inside strings', () => {
    const json = '{\n  "title": "Vehicle routing",\n  "presenter": {"name": "Ada Lovelace", "affiliation": "KTH"},\n  "abstract": "Line one\tand\nline two",\n  "datePrague": "2025-11-12"\n}';
    const [talk] = parseRoot('sched', [file('talks/1-routing.json', json)]).records;
    expect(talk).toMatchObject({ kind: 'talk', title: 'Vehicle routing', date: '2025-11-12', abstract: 'Line one and line two' });
    expect(talk!.people[0]).toMatchObject({ name: 'Ada Lovelace', affiliation: 'KTH' });
  });
});

describe('people pages', () => {
  it('reads one profile per bullet of an alumni page, with homepage, affiliation and position', () => {
    const md = '## Alumni\n\n### PhD\n\n  * [Ada Lovelace](https://ada.org/) (Analytical Society), PhD 1843\n  * Charles Babbage, SM 1820\n  * [A paper about engines](https://x.org/p.pdf)\n\n### Postdocs\n  * Mary Somerville\n';
    const r = parseRoot('medg', [file('data/alumni.md', md)]);
    expect(r.records.map((p) => [p.source, p.line, p.title, p.summary, p.people[0]!.affiliation, p.people[0]!.homepage])).toEqual([
      ['data/alumni.md#0', 5, 'Ada Lovelace', 'PhD 1843', 'Analytical Society', 'https://ada.org/'],
      ['data/alumni.md#1', 6, 'Charles Babbage', 'SM 1820', undefined, undefined],
      ['data/alumni.md#2', 10, 'Mary Somerville', 'Postdocs', undefined, undefined],
    ]);
  });
  it('does not read bullets of other pages as people', () => {
    const r = parseRoot('x', [file('data/faq.md', '# FAQ\n\n* Ada Lovelace\n* Charles Babbage\n')]);
    expect(r.records).toEqual([]);
  });
});
