/**
 * The project's own conventions, checked: which layer may import what, and how
 * files are named. A failure here names the file and the import that crossed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const NODE_BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|url$|zlib$|util$|stream$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
}

const rules: { layer: string; files: string[]; forbidden: (spec: string) => boolean; why: string }[] = [
  {
    layer: 'indexer/ outside indexer/node/',
    files: sourceFiles('indexer').filter((f) => !f.startsWith('indexer/node/')),
    forbidden: (s) =>
      NODE_BUILTINS.test(s) ||
      s.startsWith('wxt') ||
      s.includes('webextension-polyfill') ||
      /(^|\/)(node|entrypoints|components)\//.test(s),
    why: 'the core is shared by Node and the extension: no Node, browser or UI imports',
  },
  {
    layer: 'components/',
    files: sourceFiles('components'),
    forbidden: (s) =>
      s.startsWith('wxt/browser') || s.includes('webextension-polyfill') || NODE_BUILTINS.test(s) || /indexer\/node\//.test(s),
    why: 'components are UI only: browser APIs live in entrypoints adapters',
  },
  {
    layer: 'entrypoints/',
    files: sourceFiles('entrypoints'),
    forbidden: (s) => NODE_BUILTINS.test(s) || /indexer\/(node|parse)\//.test(s) || s === 'gray-matter',
    why: 'the extension never bundles the Node indexer or the parser',
  },
];

describe.each(rules)('$layer', ({ files, forbidden, why }) => {
  it(`imports nothing it must not (${why})`, () => {
    const crossings = files.flatMap((f) =>
      importsOf(f)
        .filter(forbidden)
        .map((s) => `${f} imports ${s}`),
    );
    expect(crossings).toEqual([]);
  });
});

describe('file names', () => {
  it('are kebab-case, named after what they export', () => {
    const all = ['indexer', 'components', 'entrypoints', 'tests'].flatMap(sourceFiles);
    const bad = all.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z]+)*$/.test(f.split('/').pop()!));
    expect(bad).toEqual([]);
  });
});
