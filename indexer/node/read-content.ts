/**
 * Reads a content root from disk: every file under it, as bytes, in a stable order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../parse/parse-root.ts';
import { UserError } from './user-error.ts';

/**
 * Every file under `root`, recursively, paths relative to it and `/`-separated,
 * sorted by code point so builds are reproducible. Hidden files and folders
 * (`.git`, `.DS_Store`) are not archive content and are not read.
 *
 * @throws UserError when `root` does not exist or is not a folder.
 */
export async function readContent(root: string): Promise<SourceFile[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new UserError(`${root}: no such folder (given with --content)`);
  if (!info.isDirectory())
    throw new UserError(`${root}: not a folder (--content takes the folder holding talks/, news/, profiles/)`);

  const paths: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) paths.push(full);
    }
  };
  await walk(root);
  const files = await Promise.all(
    paths.map(async (full) => ({ path: relative(root, full).split(sep).join('/'), bytes: new Uint8Array(await readFile(full)) })),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
