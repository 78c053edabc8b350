/**
 * Nothing is lost silently: every file of an archive is either indexed or
 * reported with a located problem, and a bad file never costs the others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../indexer/node/build-archive.ts';
import { makeArchive, SMALL_ARCHIVE } from '../support/make-archive.ts';

const MESSY: Record<string, string | Uint8Array> = {
  ...SMALL_ARCHIVE,
  'talks/broken-yaml.md': '---\ntitle: "Unclosed\nspeaker: [a, b\n---\nBody\n',
  'talks/empty.md': '',
  'talks/crlf-bom.md': '\ufeff---\r\ntitle: Windows Line Endings\r\nspeaker: Cara Ng\r\ndate: 2022-02-02\r\n---\r\nText.\r\n',
  'talks/latin1.txt': new Uint8Array([...Buffer.from('Sp\xe9cial talk by Jos\xe9 Pe\xf1a\n\nAbstract text here.\n', 'latin1')]),
  'talks/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  'data/talks.yml': '- title: Listed Talk\n  speaker: Dee Olu\n  date: 2021-05-05\n',
  'data/broken.yml': '- title: Another Talk\n  speaker: Eve Ro\n- title: [unbalanced\n',
  'data/broken-list.json': '[{"title": "Lost JSON"',
  'misc/notes.md': '# Just notes\n\nNothing to index here.\n',
  'README.md': '# How this archive is kept\n',
  // Input that once hung the build or failed the whole root.
  'talks/alias-bomb.md':
    '---\ntitle: Bomb\na: &a [x,x,x,x,x,x,x,x,x]\n' +
    ['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`).join('\n') +
    '\nspeaker: *h\n---\n',
  'talks/fractions.md': `---\ntitle: Nested\ndate: 2024-01-01\n---\n$${'\\frac{'.repeat(5000)}$\n`,
  'news/scan.md': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x93, 0x8c]),
  'talks/unicode.md': new Uint8Array([
    0xff,
    0xfe,
    ...[...'---\ntitle: Saved as Unicode\nspeaker: Zoë Park\ndate: 2023-03-03\n---\n'].flatMap((c) => [c.charCodeAt(0), 0]),
  ]),
};

function expectEveryFileAccounted(build: Awaited<ReturnType<typeof buildArchive>>, paths: string[]) {
  const { indexed, reported, skipped } = build.coverage[0]!;
  expect([...indexed, ...reported, ...skipped].sort()).toEqual([...paths].sort());
  expect(new Set([...indexed, ...reported, ...skipped]).size).toBe(paths.length);
  for (const path of reported) expect(build.problems.some((p) => p.source.replace(/#\d+$/, '') === path)).toBe(true);
}

describe('a messy archive', () => {
  it('indexes every good record and reports every other file', async () => {
    const root = await makeArchive(MESSY, 'messy');
    const build = await buildArchive({ roots: [root] });
    expectEveryFileAccounted(build, Object.keys(MESSY));
    const titles = build.records.map((r) => r.title);
    for (const title of [
      'Causal Inference for Time Series',
      'Graph Neural Networks Under Shift',
      'Windows Line Endings',
      'Listed Talk',
      'Saved as Unicode',
      'Nested',
    ]) {
      expect(titles).toContain(title);
    }
    for (const source of ['talks/broken-yaml.md', 'data/broken.yml', 'data/broken-list.json', 'talks/alias-bomb.md']) {
      expect(build.problems.find((p) => p.source === source)).toMatchObject({ severity: 'error', line: expect.any(Number) });
    }
    expect(build.coverage[0]!.reported).toEqual(expect.arrayContaining(['talks/photo.png', 'news/scan.md', 'talks/empty.md']));
    expect(build.coverage[0]!.skipped).toEqual(['README.md']);
  });
});

describe('any bytes at all', () => {
  it('never crash the build, and every file is accounted for', async () => {
    const file = fc.record({
      dir: fc.constantFrom('talks', 'news', 'profiles', 'data', 'other'),
      name: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      ext: fc.constantFrom('.md', '.txt', '.html', '.yml', '.json', '.toml', ''),
      body: fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc.string({ maxLength: 300 }).map((s) => `---\n${s}\n---\n${s}`),
        fc.string({ maxLength: 300 }).map((s) => `+++\n${s}\n+++\n`),
        fc.string({ maxLength: 300 }).map((s) => `- title: ${s}\n  speaker: ${s}\n`),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(file, { minLength: 1, maxLength: 6, selector: (f) => `${f.dir}/${f.name}${f.ext}` }),
        async (files) => {
          const entries = Object.fromEntries(files.map((f) => [`${f.dir}/${f.name}${f.ext}`, f.body]));
          const build = await buildArchive({ roots: [await makeArchive(entries, 'fuzz')] });
          expectEveryFileAccounted(build, Object.keys(entries));
          for (const r of build.records) expect(r.title.trim()).not.toBe('');
        },
      ),
      { numRuns: 40 },
    );
  });
});
