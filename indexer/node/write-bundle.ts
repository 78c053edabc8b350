/**
 * Writes the bundle files whole or not at all: a reader never sees half an index,
 * and a failed build leaves the previous output as it was.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `files` into `outDir`. Everything is first written into a sibling
 * temporary folder; only when all files are there does it take `outDir`'s place
 * (a folder rename, atomic on one file system). When `outDir` holds files of
 * its own, those stay: each of ours is renamed in after all are written.
 */
export async function writeBundle(outDir: string, files: Record<string, string>): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}-${Date.now()}`);
  await mkdir(tmp);
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(tmp, name), text);
    const existing = await readdir(outDir).catch(() => undefined);
    const onlyOurs = existing?.every((name) => name in files) ?? true;
    if (onlyOurs) {
      const old = `${tmp}-old`;
      if (existing) await rename(outDir, old);
      await rename(tmp, outDir);
      if (existing) await rm(old, { recursive: true, force: true });
    } else {
      for (const name of Object.keys(files)) await rename(join(tmp, name), join(outDir, name));
      await rm(tmp, { recursive: true, force: true });
    }
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
