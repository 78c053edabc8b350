import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoot, type SourceFile } from '../../../indexer/parse/parse-root.ts';
import { globMatcher, readConfig } from '../../../indexer/parse/root-config.ts';

const enc = new TextEncoder();
const file = (path: string, text: string | Uint8Array): SourceFile => ({
  path,
  bytes: typeof text === 'string' ? enc.encode(text) : text,
});

const TALK =
  '---\ntitle: "Engines"\nauthor: Ada Lovelace\norg: Analytical Society\ntime: 2023-09-20\nhour: 12:00 - 13:00 ET\nloc: "Rice 540"\nzoom: ""\n---\n\n**Abstract**\nWe compute.\n\n**Bio**\n\nAda computes.\n';

describe('parseRoot', () => {
  it('takes the kind from the first folder and accounts for every file', () => {
    const r = parseRoot('site/', [
      file('talks/2023-09-20-ada.md', TALK),
      file('news/2024-01-02-hello.md', '---\ntitle: Hello\nauthor: Bo Chen\n---\nWe moved.'),
      file('profiles/bo.md', '---\nname: Bo Chen, Ph.D.\nposition: Postdoc\ndescription: "Bo studies graphs."\n---\n'),
      file('README.md', '# How to add talks'),
      file('talkscope.config.yml', 'series: Site Seminar\n'),
      file('images/a.png', new Uint8Array([0x89, 0x50])),
    ]);
    expect(r.series).toBe('Site Seminar');
    expect(r.records.map((x) => [x.kind, x.id, x.title])).toEqual([
      ['news', 'site-seminar/news/2024-01-02-hello.md', 'Hello'],
      ['profile', 'site-seminar/profiles/bo.md', 'Bo Chen'],
      ['talk', 'site-seminar/talks/2023-09-20-ada.md', 'Engines'],
    ]);
    expect(r.indexed).toEqual(['news/2024-01-02-hello.md', 'profiles/bo.md', 'talks/2023-09-20-ada.md']);
    expect(r.skipped).toEqual(['README.md', 'talkscope.config.yml']);
    expect(r.reported).toEqual(['images/a.png']);
    expect(r.problems.map((p) => p.source)).toEqual(['images/a.png']);
    const profile = r.records[1]!;
    expect(profile).toMatchObject({ summary: 'Postdoc', bio: 'Bo studies graphs.' });
    expect(profile.date).toBeUndefined();
    expect(profile.people).toEqual([{ name: 'Bo Chen', key: 'bo chen', role: 'subject' }]);
    const news = r.records[0]!;
    expect(news).toMatchObject({ date: '2024-01-02', body: 'We moved.', summary: 'We moved.' });
  });

  it.each([
    ['an empty file', 'talks/next.md', new Uint8Array([]), 'empty file: nothing to index'],
    ['a file of blank lines', 'talks/next.md', new TextEncoder().encode('\n  \n'), 'empty file: nothing to index'],
    [
      'an image named as text',
      'news/photo.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      /binary data/,
    ],
  ])('reports %s, and indexes nothing of it', (_, path, bytes, message) => {
    const r = parseRoot('x', [{ path, bytes }]);
    expect(r.records).toEqual([]);
    expect(r.reported).toEqual([path]);
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', source: path, message: expect.stringMatching(message) }),
    ]);
  });

  it.each([
    ['seminar_title', 'presented_by', 'seminar_abstract'],
    ['presentation_title', 'invited_speaker', 'abstract_text'],
    ['lecture_title', 'speaker_full_name', 'talk_abstract'],
  ])('reads %s, %s and %s', (titleKey, speakerKey, abstractKey) => {
    const text = `---\n${titleKey}: Causal forests\n${speakerKey}: Ana Lima\ndate: 2024-03-01\n${abstractKey}: Forests that find effects.\n---\n`;
    const [r] = parseRoot('lab', [file('talks/a.md', text)]).records;
    expect(r).toMatchObject({
      title: 'Causal forests',
      people: [{ name: 'Ana Lima', role: 'speaker' }],
      abstract: 'Forests that find effects.',
    });
  });

  it('reads a whole web page saved as a talk: its headline, labelled lines and abstract, not its menus', () => {
    const html =
      '<!DOCTYPE html>\n<html><head><title>Seminar: Orbits | Math Dept</title></head><body><nav>Home | Seminars</nav>' +
      '<h1>Optimal transport on graphs</h1><p>Speaker: Ana Lima (University of Porto)</p><p>Date: March 5, 2024, 4:00 pm</p>' +
      '<h2>Abstract</h2><p>We study optimal transport on graphs.</p><footer>© 2024 Math Dept</footer></body></html>';
    const r = parseRoot('dept', [file('talks/orbits.html', html)]);
    expect(r.records).toEqual([
      expect.objectContaining({
        title: 'Optimal transport on graphs',
        date: '2024-03-05',
        time: '4:00 pm',
        people: [expect.objectContaining({ name: 'Ana Lima', affiliation: 'University of Porto' })],
        abstract: 'We study optimal transport on graphs.',
      }),
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reads Quarto and R Markdown pages as markdown with front matter', () => {
    const r = parseRoot('lab', [
      file(
        'talks/2024-03-01-causal/index.qmd',
        '---\ntitle: Causal forests\nspeaker: Ana Lima\ndate: 2024-03-01\n---\nForests that find effects.',
      ),
      file('news/2024-02-01-award.Rmd', '---\ntitle: Best paper\ndate: 2024-02-01\n---\nOur paper won.'),
    ]);
    expect(r.records.map((x) => [x.kind, x.title, x.people.map((p) => p.name)])).toEqual([
      ['news', 'Best paper', []],
      ['talk', 'Causal forests', ['Ana Lima']],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('uses the config: folders, field names, exclude, base address, day-first dates', () => {
    const config =
      'series: Escola Seminários\nfolders:\n  seminars: talk\nfields:\n  quem: speaker\n  onde: location\n  interno: ignore\nexclude:\n  - drafts/**\nbaseUrl: https://escola.example.br/\ndayFirst: true\n';
    const r = parseRoot('escola', [
      file('talkscope.config.yml', config),
      file(
        'seminars/x.md',
        '---\ntitle: Séries temporais\nquem: Clara Nunes\nonde: Sala 537\ndata: 02/08/2012\nslides: /files/s.pdf\ninterno: https://secret.example.org\n---\nResumo do seminário.',
      ),
      file('drafts/y.md', '---\ntitle: Draft\n---\n'),
    ]);
    expect(r.skipped).toEqual(['drafts/y.md', 'talkscope.config.yml']);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({
      id: 'escola-seminarios/seminars/x.md',
      series: 'Escola Seminários',
      kind: 'talk',
      location: 'Sala 537',
      date: '2012-08-02',
      abstract: 'Resumo do seminário.',
      links: [{ label: 'Slides', url: 'https://escola.example.br/files/s.pdf' }],
    });
    expect(r.records[0]!.people[0]!.name).toBe('Clara Nunes');
  });

  it('reports config mistakes with their line and goes on', () => {
    const r = parseRoot('x', [
      file('talkscope.config.yml', 'series: X\nkind: lecture\nfields:\n  quem: speeker\ncolour: red\n'),
      file('talks/a.md', TALK),
    ]);
    expect(r.records).toHaveLength(1);
    expect(r.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [2, 'warning', 'config "kind": expected talk, news or profile, found "lecture"'],
      [4, 'warning', expect.stringMatching(/^config fields\.quem: expected one of title, speaker, .* found "speeker"$/)],
      [5, 'warning', expect.stringMatching(/^config: unknown setting "colour"/)],
    ]);
  });

  it('a broken file yields an error at its line and no record; the others are unaffected', () => {
    const r = parseRoot('x', [file('talks/bad.md', '---\ntitle: Minimax\ntags: [a, b\n---\nBody'), file('talks/good.md', TALK)]);
    expect(r.records.map((x) => x.source)).toEqual(['talks/good.md']);
    expect(r.reported).toEqual(['talks/bad.md']);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        root: 'x',
        source: 'talks/bad.md',
        line: 4,
        message: expect.stringMatching(/^YAML does not parse: .*; file not indexed$/),
      },
    ]);
  });

  it.each([
    ['a TBA speaker', '---\ntitle: TBA\nspeaker: TBD\ndate: 2019-05-03\n---\n', { placeholder: true, people: [], title: 'TBA' }],
    [
      'a no-seminar week',
      '---\ntitle: "No Lab Seminar - Finals Week"\nno_seminar: true\nspeakers:\ndate: "2016-03-16"\nlocation: "TBD"\nabstract: |\n  TBD\n---\n',
      { placeholder: true, title: 'No Lab Seminar - Finals Week' },
    ],
    [
      'a cancelled talk with an empty title',
      '---\ntitle: ""\ntalk_title: Seminar cancelled\ndate: 2018-02-02\n---\n',
      { placeholder: true, title: 'Seminar cancelled' },
    ],
  ])('marks %s as a placeholder, naming no one', (_, text, expected) => {
    const r = parseRoot('x', [file('talks/2019-05-03-tba.md', text)]);
    expect(r.records[0]).toMatchObject(expected);
    expect(r.records[0]!.location).toBeUndefined();
    expect(r.records[0]!.abstract).toBeUndefined();
    expect(r.problems.some((p) => /placeholder/.test(p.message))).toBe(true);
  });

  it.each([
    ['a plain-text week with no seminar', 'talks/apr14.txt', 'No seminar scheduled.'],
    ['a TBA talk with no date', 'talks/next.md', '---\ntitle: TBA\nspeaker: TBD\n---\n'],
  ])('reports %s, and indexes nothing of it', (_, path, text) => {
    const r = parseRoot('x', [file(path, text)]);
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        source: path,
        message: expect.stringMatching(/with no date: nothing to schedule, not indexed$/),
      }),
    ]);
  });

  it.each([
    [
      'TOML front matter',
      'talks/28-5-x.md',
      '+++\ntitle = "Orbits"\nspeaker = "Marco Bellini"\naffiliation = "Queen\'s University"\nstart = "2020-05-28 17:00:00"\nabstract = "Orbits equidistribute."\n+++\n',
      { title: 'Orbits', date: '2020-05-28', time: '17:00', abstract: 'Orbits equidistribute.' },
    ],
    [
      'Pelican headers',
      'talks/2017_program.md',
      'Title: Program\nDate: 2017-06-01\n\nAll events take place in Room 104A.',
      { title: 'Program', date: '2017-06-01' },
    ],
    [
      'a CRLF .html post with HTML in YAML',
      'talks/2018-02-23-models.html',
      '---\r\ntitle: ""\r\ntalk_title: Large cardinals and inner models\r\nspeaker_first: Simon\r\nspeaker_last: Hart\r\naffiliation: Harvard\r\ndate: 2018-02-23\r\nabstract: "<p>We study <em>models</em>&nbsp;here.</p>"\r\n---\r\n',
      { title: 'Large cardinals and inner models', date: '2018-02-23', abstract: 'We study models here.' },
    ],
    [
      'Portuguese keys',
      'talks/2011-02-17-x.md',
      '\ufeff---\nlayout: seminar\ntitle: Dados em grande escala\nquem: Rui Prado\nhour: 16:00h\n---\n\nOs avanços recentes.',
      { date: '2011-02-17', time: '16:00h', abstract: 'Os avanços recentes.' },
    ],
    [
      'a nested speaker map',
      'talks/2019-01-21-karl.md',
      '---\ntitle: Introduction to RL\nspeaker:\n  name: Karl Vogt\n  affil: Lake University\n  url: https://karlvogt.example.org/\n---\n\nSee [Slides](/s.pdf) and [Video](https://youtu.be/x).',
      { date: '2019-01-21', abstract: 'See Slides and Video.', links: [{ label: 'Video', url: 'https://youtu.be/x' }] },
    ],
  ])('reads %s', (_, path, text, expected) => {
    const r = parseRoot('x', [file(path, text)]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.records[0]).toMatchObject(expected);
    if (!path.includes('program')) expect(r.records[0]!.people.length).toBeGreaterThan(0);
  });

  it.each<[string, string, { label: string; url: string }[]]>([
    [
      'a video in an abstract written as HTML in the front matter',
      `abstract: "<p>Models.</p> <a href='https://youtu.be/v1'>Video</a>"`,
      [{ label: 'Video', url: 'https://youtu.be/v1' }],
    ],
    [
      'papers cited by their title',
      'abstract: "Resources: [ZeRO: Memory Optimizations](https://arxiv.org/abs/1910.02054); [Horovod](https://arxiv.org/abs/1802.05799)"',
      [
        { label: 'ZeRO: Memory Optimizations', url: 'https://arxiv.org/abs/1910.02054' },
        { label: 'Horovod', url: 'https://arxiv.org/abs/1802.05799' },
      ],
    ],
    [
      'a link written as its address, or as "here": named by its site',
      'abstract: "Code [here](https://github.com/a/b), paper [https://arxiv.org/abs/1](https://arxiv.org/abs/1)."',
      [
        { label: 'github.com', url: 'https://github.com/a/b' },
        { label: 'arxiv.org', url: 'https://arxiv.org/abs/1' },
      ],
    ],
    [
      'a paper on OpenReview and a talk on Vimeo, by their titles alone',
      'abstract: "See [Deep Sets](https://openreview.net/forum?id=1) and [the talk](https://vimeo.com/2)."',
      [
        { label: 'Deep Sets', url: 'https://openreview.net/forum?id=1' },
        { label: 'The talk', url: 'https://vimeo.com/2' },
      ],
    ],
    [
      'a link to anything else, by words that do not say what it is',
      'abstract: "Visit [the lab](https://lab.example.org/)."',
      [],
    ],
  ])('takes links from the text: %s', (_, abstract, links) => {
    const text = `---\ntitle: Models\nspeaker: Ana Lima\ndate: 2024-01-02\n${abstract}\n---\n`;
    expect(parseRoot('x', [file('talks/a.md', text)]).records[0]!.links).toEqual(links);
  });

  it('reads unquoted TOML dates as the day written', () => {
    const r = parseRoot('x', [
      file('talks/a.md', '+++\ntitle = "A"\nspeaker = "Ana Lima"\nstart = 2023-09-20T23:30:00-08:00\ndate = 2023-01-01\n+++\n'),
    ]);
    expect(r.records[0]).toMatchObject({ date: '2023-09-20', time: '23:30' });
  });

  it('reads a legacy Windows-1252 announcement with a warning', () => {
    const bytes = new Uint8Array([
      ...enc.encode('Wednesday, October 22 2003, 2 pm, 228 Main Hall\n\nEli Stone (Duke)\n\n'),
      0x93,
      ...enc.encode('Some identities'),
      0x94,
      ...enc.encode('\n\nThe last few years.'),
    ]);
    const r = parseRoot('x', [file('talks/1999-03__Oct22.txt', bytes)]);
    expect(r.records[0]).toMatchObject({
      title: 'Some identities',
      date: '2003-10-22',
      time: '2 pm',
      location: '228 Main Hall',
      abstract: 'The last few years.',
    });
    expect(r.records[0]!.people[0]).toMatchObject({ name: 'Eli Stone', affiliation: 'Duke' });
    // Its title is read from the quoted line: no warning says it has none.
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 1, message: expect.stringMatching(/Windows-1252/) }),
    ]);
  });

  it.each([
    [
      'a headline wrapped after a colon',
      'talks/nov19.txt',
      'Small obstacles with Neumann boundary condition:\na variant of the Crushed Ice Problem\n\nThe classical problem.\n',
      'Small obstacles with Neumann boundary condition: a variant of the Crushed Ice Problem',
      'The classical problem.',
    ],
    [
      'a headline wrapped in the middle of a phrase',
      'talks/a.txt',
      'Random walks on groups\nand their boundaries\n\nWe study walks.\n',
      'Random walks on groups and their boundaries',
      'We study walks.',
    ],
    [
      'a title over a first line of prose',
      'talks/b.txt',
      'Quantum walks\nWe study walks.\n\nMore.\n',
      'Quantum walks',
      'We study walks.',
    ],
    [
      'a short first paragraph of prose',
      'talks/c.txt',
      'An introduction to Anderson localization\nand its uses.\n\nMore.\n',
      'An introduction to Anderson localization',
      'An introduction to Anderson localization and its uses.',
    ],
    ['a title over a byline', 'news/d.md', 'Lab wins award\nJo Doe | Graph Lab\n\nWe won.\n', 'Lab wins award', 'We won.'],
  ])('reads the headline of a page without front matter: %s', (_, path, text, title, summary) => {
    const [r] = parseRoot('x', [file(path, text)]).records;
    expect(r).toMatchObject({ title, summary });
  });

  it('does not index a template profile', () => {
    const r = parseRoot('x', [
      file(
        'profiles/_template.md',
        'Required fields:\nName, start date\n---\nname: FirstName LastName #Include Ph.D.\nposition: #job title\n---\n',
      ),
    ]);
    expect(r.records).toEqual([]);
    expect(r.reported).toEqual(['profiles/_template.md']);
    expect(r.problems.map((p) => p.message)).toEqual([
      '2 line(s) of text before the front matter ignored',
      'profile names no one (name: "FirstName LastName"): a template or placeholder, not indexed',
    ]);
  });

  it('skips Hugo section pages and reads a Hugo author profile', () => {
    const r = parseRoot('x', [
      file('profiles/_index.md', '+++\ndate = "2020-05-04 12:29:46"\ntitle = "People"\n+++\n'),
      file(
        'profiles/minji___index.md',
        '---\n# Display name\ntitle: Minji Song\nauthors:\n  - Minji\nrole: MPhil Student\n---\n',
      ),
    ]);
    expect(r.records.map((p) => [p.title, p.people, p.summary])).toEqual([
      ['Minji Song', [{ name: 'Minji Song', key: 'minji song', role: 'subject' }], 'MPhil Student'],
    ]);
    expect(r.problems[0]).toMatchObject({ source: 'profiles/_index.md', message: expect.stringMatching(/section index page/) });
  });

  const HUGO_SECTION = '+++\ntitle = "DAI Seminar"\nmenu = ["main"]\n+++\n\nWelcome to the page of the DAI Seminar.\n';
  const COLLECTION_PAGE = (what: string) => `a section index page (_index.md) describes the collection, not ${what}: not indexed`;
  const EMPTY_PAGE = 'a section index page (_index.md) with no text of its own: not a record';
  it.each([
    ['a talks section page with text', 'talks/_index.md', HUGO_SECTION, '', [], COLLECTION_PAGE('a talk')],
    ['a news section page with text', 'news/_index.md', HUGO_SECTION, '', [], COLLECTION_PAGE('a news item')],
    ['a profiles section page with text', 'profiles/_index.md', HUGO_SECTION, '', [], COLLECTION_PAGE('a profile')],
    [
      'a section page of a folder named in the config',
      'seminars/_index.md',
      HUGO_SECTION,
      'folders:\n  seminars: talk\n',
      [],
      COLLECTION_PAGE('a talk'),
    ],
    ['a section page at the top of a root of one kind', '_index.md', HUGO_SECTION, 'kind: talk\n', [], COLLECTION_PAGE('a talk')],
    ['an empty section page deeper down', 'talks/2023/_index.md', '+++\ntitle = "2023"\n+++\n', '', [], EMPTY_PAGE],
    [
      "a Wowchemy author's page deeper down is a profile",
      'profiles/jdoe/_index.md',
      '---\ntitle: Jo Doe\nrole: PhD Student\n---\nJo studies graphs.\n',
      '',
      ['Jo Doe'],
      undefined,
    ],
    [
      'in a root of profiles, an author folder is a profile',
      'jdoe/_index.md',
      '---\ntitle: Jo Doe\nrole: PhD Student\n---\nJo studies graphs.\n',
      'kind: profile\n',
      ['Jo Doe'],
      undefined,
    ],
    [
      'a flattened Hugo profile (authors/Juyoung/_index.md) is a profile',
      'profiles/Juyoung___index.md',
      '---\ntitle: Juyoung Kim\nrole: MPhil Student\n---\nJuyoung studies images.\n',
      '',
      ['Juyoung Kim'],
      undefined,
    ],
    [
      'a flattened Hugo news bundle (news/slug/index.md) is news',
      'news/one-paper-accepted__index.md',
      '---\ntitle: One paper accepted\ndate: 2023-05-01\n---\nOur paper was accepted.\n',
      '',
      ['One paper accepted'],
      undefined,
    ],
  ])('%s', (_, path, text, config, titles, message) => {
    const files = [file(path, text), ...(config ? [file('talkscope.config.yml', config)] : [])];
    const r = parseRoot('x', files);
    expect(r.records.map((x) => x.title)).toEqual(titles);
    if (message) {
      expect(r.reported).toEqual([path]);
      expect(r.problems).toEqual([expect.objectContaining({ source: path, line: 1, severity: 'warning', message })]);
    } else {
      expect(r.indexed).toEqual([path]);
      expect(r.problems.filter((p) => /section index page/.test(p.message))).toEqual([]);
    }
  });

  it('names the candidate of a thesis defense as the speaker', () => {
    const r = parseRoot('x', [
      file(
        'talks/2017-07-18-lam-defense.md',
        '---\ntitle: "Thesis defense announcement: Daniel Ka Wai Lam"\nevent-date: 2017-07-20 9:00:00\ndate: 2017-07-18 13:30:00\n---\nYou are invited.',
      ),
    ]);
    expect(r.records[0]).toMatchObject({
      date: '2017-07-20',
      time: '9:00',
      people: [{ name: 'Daniel Ka Wai Lam', role: 'speaker' }],
    });
  });

  it('splits a faculty page into one profile per named section', () => {
    const md =
      '# Course Faculty\n### Lars Berg\n<img src="leo.jpg">\n\nLars practises medicine.\n\n### Tara Singh\nTara studies statistics.\n';
    const r = parseRoot('x', [file('profiles/FACULTY.md', md)]);
    expect(r.records.map((p) => [p.source, p.line, p.title, p.bio])).toEqual([
      ['profiles/FACULTY.md#0', 2, 'Lars Berg', 'Lars practises medicine.'],
      ['profiles/FACULTY.md#1', 7, 'Tara Singh', 'Tara studies statistics.'],
    ]);
  });

  it('gives the same output for the same input, whatever the file order', () => {
    const files = [
      file('talks/2023-09-20-ada.md', TALK),
      file('news/a.md', '---\ntitle: A\n---\nx'),
      file('data/people.yml', '- name: Ada Lovelace\n  role: PI\n'),
    ];
    const a = JSON.stringify(parseRoot('x', files));
    const b = JSON.stringify(parseRoot('x', [...files].reverse()));
    expect(b).toBe(a);
  });

  it('never crashes, and accounts for every file, whatever the bytes', () => {
    const path = fc.constantFrom(
      'talks/a.md',
      'news/b.html',
      'profiles/c.txt',
      'data/d.yml',
      'data/e.json',
      'talks/f.yaml',
      'x/g.md',
      'talkscope.config.yml',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom(
            '---\n',
            '+++\n',
            'title: ',
            'speaker: ',
            '"',
            '[',
            '{',
            '- ',
            '  ',
            '\t',
            'TBA',
            'Ada Lovelace',
            '2023-09-20',
            '\n',
            ': ',
            '**Abstract**',
            '<p>',
            '{{ page.x }}',
            'Title: x\n',
            '=',
            'name: ',
            '|',
          ),
          { maxLength: 40 },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(path, text), { selector: (t) => t[0], maxLength: 5 }), (entries) => {
        const files = entries.map(([p, t]) => file(p, t));
        const r = parseRoot('root', files);
        expect([...r.indexed, ...r.reported, ...(r.skipped ?? [])].sort()).toEqual(files.map((f) => f.path).sort());
        for (const rec of r.records) expect(rec.title.trim()).not.toBe('');
        expect(new Set(r.records.map((x) => x.id)).size).toBe(r.records.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('config helpers', () => {
  it.each([
    ['drafts/**', 'drafts/a/b.md', true],
    ['drafts/**', 'talks/drafts.md', false],
    ['_template.md', 'profiles/_template.md', true],
    ['talks/*.txt', 'talks/a.txt', true],
    ['talks/*.txt', 'talks/x/a.txt', false],
  ])('glob %s on %s', (glob, path, match) => {
    expect(globMatcher(glob)(path)).toBe(match);
  });
  it('reads a JSON config', () => {
    expect(readConfig('{"series": "S", "kind": "news", "folders": {"_posts": "news"}}', true)).toEqual({
      config: { series: 'S', kind: 'news', folders: { _posts: 'news' } },
      problems: [],
    });
  });
});
