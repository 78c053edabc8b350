import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../indexer/node/write-bundle.ts';

const fresh = async () => mkdtemp(join(tmpdir(), 'talkscope-write-'));

describe('writeBundle: whole or not at all', () => {
  it('creates the folder with every file', async () => {
    const out = join(await fresh(), 'index');
    await writeBundle(out, { 'a.json': '1', 'b.json': '2' });
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.json']);
  });

  it('replaces a previous output and leaves no temporary folder behind', async () => {
    const parent = await fresh();
    const out = join(parent, 'index');
    await writeBundle(out, { 'a.json': 'old', 'b.json': 'old' });
    await writeBundle(out, { 'a.json': 'new', 'b.json': 'new' });
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('new');
    expect(await readdir(parent)).toEqual(['index']);
  });

  it('keeps files of the user’s own in the output folder', async () => {
    const out = join(await fresh(), 'public');
    await mkdir(out);
    await writeFile(join(out, 'README.txt'), 'mine');
    await writeBundle(out, { 'a.json': '1' });
    expect((await readdir(out)).sort()).toEqual(['README.txt', 'a.json']);
  });

  it('a failure half-way leaves the previous output as it was', async () => {
    const parent = await fresh();
    const out = join(parent, 'index');
    await writeBundle(out, { 'a.json': 'old', 'b.json': 'old' });
    await expect(writeBundle(out, { 'a.json': 'new', 'no-such-dir/b.json': 'new' })).rejects.toThrow();
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('old');
    expect(await readdir(parent)).toEqual(['index']);
  });
});
