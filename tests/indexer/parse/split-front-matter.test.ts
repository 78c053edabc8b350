import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../indexer/parse/split-front-matter.ts';
import { loadYaml, quoteColonValue } from '../../../indexer/parse/load-yaml.ts';

describe('splitFrontMatter', () => {
  it.each([
    [
      'YAML, dates and times kept as written',
      '---\ntitle: "A talk"\ntime: 2023-09-20\nhour: 12:00 - 13:00 ET\nstart: 2017-07-18 13:30:00\n---\nBody',
      'yaml',
      { title: 'A talk', time: '2023-09-20', hour: '12:00 - 13:00 ET', start: '2017-07-18 13:30:00' },
      'Body',
      7,
    ],
    ['YAML with comments and no body', '---\n# Display name\ntitle: Minji Song\n---\n', 'yaml', { title: 'Minji Song' }, '', 5],
    ['closing fence with a trailing space', '---\ntitle: X\n--- \nText', 'yaml', { title: 'X' }, ' \nText', 3],
    [
      'closed by YAML\'s own "..."',
      '---\ntitle: X\nspeaker: Bob\n...\nBody.',
      'yaml',
      { title: 'X', speaker: 'Bob' },
      'Body.',
      5,
    ],
    ['a "..." inside a later body is text', '---\ntitle: X\n---\nWait...\n...\n', 'yaml', { title: 'X' }, 'Wait...\n...\n', 4],
    [
      'TOML',
      '+++\ntitle = "Orbits"\ndate = "2020-05-28 17:00:00"\ncategories = ["a"]\n+++\n\nAbstract here',
      'toml',
      { title: 'Orbits', date: '2020-05-28 17:00:00', categories: ['a'] },
      '\nAbstract here',
      6,
    ],
    [
      'Pelican headers',
      'Title: Program\nDate: 2017-06-01\n<!-- note -->\nBelow is the schedule.',
      'pelican',
      { title: 'Program', date: '2017-06-01' },
      '<!-- note -->\nBelow is the schedule.',
      3,
    ],
    [
      'a JSON object (Hugo), braces inside its strings',
      '{\n  "title": "Sets {and} \\"classes\\"",\n  "date": "2024-03-01"\n}\n\nThe abstract.',
      'json',
      { title: 'Sets {and} "classes"', date: '2024-03-01' },
      '\nThe abstract.',
      5,
    ],
    ['a body that opens with a brace is text', '{\nnot json\n}\nText', 'none', {}, '{\nnot json\n}\nText', 1],
    ['no front matter', 'No seminar scheduled.', 'none', {}, 'No seminar scheduled.', 1],
    ['duplicate keys: the last wins', '---\npublished: false\npublished: true\n---\n', 'yaml', { published: true }, '', 5],
    [
      'trailing comma in a flow list',
      '---\nenddate: [2019-09-01, 2022-01-01,]\n---\n',
      'yaml',
      { enddate: ['2019-09-01', '2022-01-01'] },
      '',
      4,
    ],
    ['tab after a colon', '---\nemail: \tjoe@x.org\n---\n', 'yaml', { email: 'joe@x.org' }, '', 4],
  ])('%s', (_, text, format, data, body, bodyLine) => {
    const fm = splitFrontMatter(text);
    expect(fm.error).toBeUndefined();
    expect(fm.format).toBe(format);
    expect(fm.data).toEqual(data);
    expect(fm.body).toBe(body);
    expect(fm.bodyLine).toBe(bodyLine);
  });

  it('keeps YAML booleans and numbers of the core schema, never Date objects', () => {
    const fm = splitFrontMatter('---\ndraft: true\nweight: 3\nwhen: 2022-11-15T13:24:21.488Z\nanswer: yes\n---\n');
    expect(fm.data).toEqual({ draft: true, weight: 3, when: '2022-11-15T13:24:21.488Z', answer: 'yes' });
  });

  it('reads YAML after a short preamble of notes, with a warning', () => {
    const fm = splitFrontMatter('Required fields:\nName, start date\n---\nname: FirstName LastName\nposition: PhD\n---\n');
    expect(fm.data).toEqual({ name: 'FirstName LastName', position: 'PhD' });
    expect(fm.warnings).toEqual([{ line: 1, message: '2 line(s) of text before the front matter ignored' }]);
  });

  it('does not take a markdown page with a rule for front matter', () => {
    const fm = splitFrontMatter('## Current Members\n\nName | Position\n---\nmore');
    expect(fm.format).toBe('none');
  });

  it('reads tabs used as indentation, with a warning on their line', () => {
    const fm = splitFrontMatter('---\ntitle: A\nspeaker:\n\tname: Ada\n---\n');
    expect(fm.data).toEqual({ title: 'A', speaker: { name: 'Ada' } });
    expect(fm.warnings).toEqual([{ line: 4, message: 'tab characters in YAML, read as spaces' }]);
  });

  it.each([
    [
      'a title with a colon',
      '---\ntitle: Minimax: Learning\nspeaker: Han\n---\nBody',
      { title: 'Minimax: Learning', speaker: 'Han' },
      [2],
    ],
    [
      'a nested value, and a second slip further down',
      '---\nspeaker:\n  name: Han\n  affil: PKU: Beijing\nnote: see: below\n---\n',
      { speaker: { name: 'Han', affil: 'PKU: Beijing' }, note: 'see: below' },
      [4, 5],
    ],
    ['a comment after the value stays a comment', '---\ntitle: A: B # draft\n---\n', { title: 'A: B' }, [2]],
    [
      'a block of text that holds "Note: …" is left as written',
      '---\nabstract: |\n  Note: early\ntitle: T: U\n---\n',
      { abstract: 'Note: early\n', title: 'T: U' },
      [4],
    ],
  ])('reads an unquoted ": " in a plain value as text, with a warning on its line: %s', (_, text, data, lines) => {
    const fm = splitFrontMatter(text);
    expect(fm.error).toBeUndefined();
    expect(fm.data).toEqual(data);
    expect(fm.warnings.map((w) => w.line)).toEqual(lines);
    expect(fm.warnings[0]?.message).toMatch(/^": " in the value of \w+, read as text/);
  });

  it.each([
    ['  - title: A: B # x', { key: 'title', line: '  - title: "A: B" # x' }],
    ['title: He said "no": twice', { key: 'title', line: 'title: "He said \\"no\\": twice"' }],
    ['title: A: B', { key: 'title', line: 'title: "A: B"' }],
    ['title: "A": B', undefined],
    ['title: [A]: B', undefined],
    ['title: a plain value', undefined],
    ['  Note: early', undefined],
    ['# a: b: c', undefined],
  ])('quoteColonValue(%j)', (line, out) => {
    expect(quoteColonValue(line)).toEqual(out);
  });

  it.each([
    ['a colon in a value that is not a plain line of its own', '---\ntitle: "Minimax": Learning\n---\nBody', 2],
    ['an unclosed flow list', '---\ntitle: A\ntags: [a, b\nbody: x\n---\n', 4],
    ['bad indentation further down', '---\na: 1\nb: 2\nc:\n  - x\n - y\n---\n', 6],
  ])('locates YAML that does not parse: %s', (_, text, line) => {
    const fm = splitFrontMatter(text);
    expect(fm.error?.line).toBe(line);
    expect(fm.error?.message).toMatch(/^YAML does not parse: /);
    expect(fm.data).toEqual({});
  });

  it('locates TOML that does not parse', () => {
    const fm = splitFrontMatter('+++\ntitle = "A"\ndate = \n+++\n');
    expect(fm.error?.message).toMatch(/^TOML does not parse/);
    expect(fm.error?.line).toBe(3);
  });

  it.each([
    ['aliases that repeat one list a few times are read', 'a: &a [x, y]\nb: [*a, *a]\n', true],
    [
      'aliases nested to spell millions of values are refused at the first alias',
      'a: &a [x,x,x,x,x,x,x,x,x]\n' +
        ['b', 'c', 'd', 'e', 'f', 'g', 'h']
          .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)
          .join('\n') +
        '\nspeaker: *h\n',
      false,
    ],
  ])('loadYaml: %s', (_, text, ok) => {
    const r = loadYaml(text, 10);
    expect(r.ok).toBe(ok);
    if (!r.ok)
      expect(r.error).toEqual({ line: 12, message: expect.stringMatching(/aliases .* expand to more than 1,000,000 values/) });
  });

  it('loadYaml refuses an alias that holds itself, which would never end', () => {
    expect(loadYaml('title: Loop\nspeaker: &s [Ana, *s]\n')).toEqual({
      ok: false,
      error: { line: 2, message: 'YAML does not parse: an alias (*name) holds itself, so its value never ends' },
    });
  });

  it('loadYaml reports file lines with an offset', () => {
    const r = loadYaml('a: [1\n', 10);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(11);
  });
});
