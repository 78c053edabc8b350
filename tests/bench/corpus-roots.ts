/** The content roots benchmarks and evaluations read: given ones, else every archive of ../shared/corpus. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

/** `--content DIR` flags from argv, or every site folder of the shared corpus, or content/. */
export function contentRoots(argv: readonly string[] = process.argv.slice(2)): string[] {
  const given: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--content' && argv[i + 1]) given.push(argv[i + 1]!);
    else if (a.startsWith('--content=')) given.push(a.slice('--content='.length));
  });
  if (given.length) return given;
  if (existsSync(CORPUS_DIR)) {
    return readdirSync(CORPUS_DIR)
      .filter((d) => statSync(join(CORPUS_DIR, d)).isDirectory())
      .sort()
      .map((d) => join(CORPUS_DIR, d));
  }
  return ['content'];
}
