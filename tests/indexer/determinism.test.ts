/**
 * The same input gives byte-identical output: twice in a row, in any time zone,
 * and whatever order the file system lists files in.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../indexer/node/build-archive.ts';
import { makeArchive, SMALL_ARCHIVE } from '../support/make-archive.ts';

const CONTENT = join(import.meta.dirname, '../../content');

const digest = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([n, t]) => [n, createHash('sha256').update(t).digest('hex')]));

describe('determinism', () => {
  it('builds the same bytes twice', async () => {
    const root = await makeArchive(SMALL_ARCHIVE);
    const a = await buildArchive({ roots: [CONTENT, root] });
    const b = await buildArchive({ roots: [CONTENT, root] });
    expect(digest(b.files)).toEqual(digest(a.files));
  });

  it('does not depend on the order files were written in', async () => {
    const reversed = Object.fromEntries(Object.entries(SMALL_ARCHIVE).reverse());
    const a = await buildArchive({ roots: [await makeArchive(SMALL_ARCHIVE, 'same')] });
    const b = await buildArchive({ roots: [await makeArchive(reversed, 'same')] });
    // The roots differ in path, which records carry; everything else must match.
    const strip = (files: Record<string, string>, root: string) =>
      digest(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, t.split(root).join('ROOT')])));
    expect(strip(b.files, b.info.roots[0]!.root)).toEqual(strip(a.files, a.info.roots[0]!.root));
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('builds the same bytes with TZ=%s', async (tz) => {
    const here = digest((await buildArchive({ roots: [CONTENT] })).files);
    const script = `import { buildArchive } from './indexer/node/build-archive.ts';
      import { createHash } from 'node:crypto';
      const b = await buildArchive({ roots: [${JSON.stringify(CONTENT)}] });
      process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(b.files).map(([n, t]) => [n, createHash('sha256').update(t).digest('hex')]))));`;
    const there = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, TZ: tz },
    }).toString();
    expect(JSON.parse(there)).toEqual(here);
  });
});

describe('rootLabel', () => {
  it('names roots in the emitted files by label, while problems keep the path as given', async () => {
    const root = await makeArchive({ ...SMALL_ARCHIVE, 'talks/bad.md': '---\ntitle: [x\n---\n' }, 'lab-seminar');
    const build = await buildArchive({ roots: [root], rootLabel: () => 'lab-seminar' });
    expect(new Set(build.records.map((r) => r.root))).toEqual(new Set(['lab-seminar']));
    expect(build.info.roots.map((r) => r.root)).toEqual(['lab-seminar']);
    expect(Object.values(build.files).some((text) => text.includes(root))).toBe(false);
    expect(build.problems.map((p) => p.root)).toEqual([root]);
  });
});
