/**
 * Reads the real archives of ../shared/corpus by path into records, for the
 * evaluation and the benchmark. Nothing of the corpus is copied into the project.
 *
 * Uses the pipeline's `buildArchive` (indexer/node/build-archive.ts) when it is
 * there, so the records are exactly what the extension ships (related records
 * included); otherwise reads each site folder and calls `parseRoot` directly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TalkRecord } from '../../indexer/record.ts';
import { parseRoot, type SourceFile } from '../../indexer/parse/parse-root.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');

/** Every site folder of the corpus: each is one content root. */
export function corpusRoots(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => join(dir, name));
}

export async function loadCorpusRecords(dir = CORPUS_DIR): Promise<{ records: TalkRecord[]; via: string }> {
  const roots = corpusRoots(dir);
  const buildPath = resolve(import.meta.dirname, '../../indexer/node/build-archive.ts');
  if (existsSync(buildPath) && !process.env.TALKSCOPE_EVAL_PARSE_ONLY) {
    try {
      const mod = (await import(pathToFileURL(buildPath).href)) as {
        buildArchive?: (o: { roots: string[] }) => Promise<{ records: TalkRecord[] }>;
      };
      if (mod.buildArchive) {
        const { records } = await mod.buildArchive({ roots });
        return { records: [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), via: 'buildArchive' };
      }
    } catch (error) {
      console.error(`buildArchive failed, reading with parseRoot instead: ${String(error)}`);
    }
  }
  const records: TalkRecord[] = [];
  for (const root of roots) {
    const files: SourceFile[] = listFiles(root).map((path) => ({
      path: relative(root, path).split('\\').join('/'),
      bytes: new Uint8Array(readFileSync(path)),
    }));
    records.push(...parseRootTolerantly(root, files));
  }
  return { records: records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), via: 'parseRoot' };
}

/** While the parser is still being written it may throw: then keep what single files give. */
function parseRootTolerantly(root: string, files: SourceFile[]): TalkRecord[] {
  try {
    return parseRoot(root, files).records;
  } catch {
    return files.flatMap((file) => {
      try {
        return parseRoot(root, [file]).records;
      } catch {
        return [];
      }
    });
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}
