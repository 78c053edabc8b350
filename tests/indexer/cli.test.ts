import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeArchive, SMALL_ARCHIVE } from '../support/make-archive.ts';
import { runCli } from '../support/run-cli.ts';

let root: string;
let out: string;

beforeAll(async () => {
  root = await makeArchive(SMALL_ARCHIVE, 'lab-seminar');
  out = join(await mkdtemp(join(tmpdir(), 'talkscope-out-')), 'index');
  const result = await runCli(['index', '--content', root, '--out', out]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
});

describe('talkscope index', () => {
  it('writes the four bundle files and says what it indexed', async () => {
    expect((await readdir(out)).sort()).toEqual(['build-info.json', 'names.json', 'records.json', 'search-index.json']);
    const info = JSON.parse(await readFile(join(out, 'build-info.json'), 'utf8'));
    expect(info.counts).toMatchObject({ records: 4, talk: 2, news: 1, profile: 1, files: 4 });
    expect(info.roots).toEqual([{ root, series: expect.any(String), files: 4, records: 4 }]);
  });
});

describe('talkscope search', () => {
  it('--json gives whole records with score, root and source', async () => {
    const { code, out: text } = await runCli(['search', '--index', out, '--json', 'graph neural networks']);
    expect(code).toBe(0);
    const [first] = JSON.parse(text);
    expect(first).toMatchObject({
      id: expect.any(String),
      kind: 'talk',
      title: 'Graph Neural Networks Under Shift',
      people: expect.any(Array),
      root,
      source: 'talks/2023-10-10-graphs.md',
      score: expect.any(Number),
    });
  });

  it.each([
    ['--kind news keeps only news', ['--kind', 'news', 'award'], ['news']],
    ['--limit 1 keeps one', ['--limit', '1', 'causal'], ['talk']],
  ])('%s', async (_, args, kinds) => {
    const { out: text } = await runCli(['search', '--index', out, '--json', ...args]);
    expect(JSON.parse(text).map((r: { kind: string }) => r.kind)).toEqual(kinds);
  });

  it('--batch answers one JSON array per line of stdin', async () => {
    const { code, out: text } = await runCli(['search', '--index', out, '--batch'], 'graph\n\naward\nzzzzqqq\n');
    expect(code).toBe(0);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0][0].title).toBe('Graph Neural Networks Under Shift');
    expect(lines[2]).toEqual([]);
  });

  it('offers a correction from the archive’s own words when nothing matches', async () => {
    const { code, out: text } = await runCli(['search', '--index', out, 'qwzx', 'neurall']);
    expect(code).toBe(0);
    expect(text).toMatch(/did you mean: .*neural/);
  });

  it('prints readable lines without --json', async () => {
    const { out: text } = await runCli(['search', '--index', out, 'award']);
    expect(text).toContain('1. Ana Lopez wins the statistics award');
    expect(text).toContain(`${root}/news/2024-01-02-award.md`);
  });
});

describe('talkscope list', () => {
  it('--json prints every record, one per line', async () => {
    const { out: text } = await runCli(['list', '--index', out, '--json']);
    const records = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.source).sort()).toEqual(Object.keys(SMALL_ARCHIVE).sort());
  });
});

describe('talkscope check', () => {
  it('prints the field table per kind and exits 0 on a clean archive', async () => {
    const { code, out: text } = await runCli(['check', '--content', root]);
    expect(code).toBe(0);
    expect(text).toMatch(/^kind\s+records\s+title\s+people\s+date\s+abstract/m);
    expect(text).toMatch(/^talk\s+2\s+2 \(100%\)/m);
    expect(text).toMatch(/^all\s+4\s/m);
  });

  it('--json gives problems and coverage', async () => {
    const { out: text } = await runCli(['check', '--content', root, '--json']);
    const report = JSON.parse(text);
    expect(report.problems).toEqual([]);
    expect(report.coverage.map((r: { kind: string }) => r.kind)).toEqual(['talk', 'news', 'profile']);
  });
});

describe('mistakes get a clear message and a non-zero exit', () => {
  it.each([
    ['an unknown flag', ['index', '--contnet', 'x'], /Unknown option '--contnet'/],
    ['an unknown command', ['indx'], /unknown command "indx"/],
    ['a missing folder', ['check', '--content', '/nonexistent/talks-archive'], /\/nonexistent\/talks-archive: no such folder/],
    ['index without --out', ['index', '--content', '.'], /index needs --out DIR/],
    ['index without --content', ['index', '--out', '/tmp/x'], /index needs --content DIR/],
    ['search without an index', ['search', 'causal'], /needs --index DIR/],
    ['search on a folder that is no index', ['search', '--index', '/tmp', 'causal'], /not found; is \/tmp a folder written by/],
    ['a bad --limit', ['search', '--index', '.', '--limit', 'ten', 'x'], /--limit ten: expected a whole number/],
    ['a bad --kind', ['search', '--index', '.', '--kind', 'video', 'x'], /--kind video: expected one of talk, news, profile/],
  ])('%s', async (_, args, message) => {
    const { code, err } = await runCli(args);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
  });

  it('an empty archive is an error, and nothing is written', async () => {
    const empty = await makeArchive({}, 'empty');
    const target = join(empty, '..', 'out');
    const { code, err } = await runCli(['index', '--content', empty, '--out', target]);
    expect(code).toBe(1);
    expect(err).toMatch(/no records found in .*empty/);
    await expect(readdir(target)).rejects.toThrow();
  });
});
