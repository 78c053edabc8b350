/**
 * `npm run bench:ab -- REV ui|page [--pairs 2] [-- flags for the bench]`: the same benchmark
 * on the build at REV (A) and on the working tree (B), taking turns: A B, B A, A B… On this
 * machine the order of two runs alone moved their figures by as much as the differences we
 * look for (the first of a pair was mostly the slower): a fixed order flatters one side. Prints each run's
 * figures, labelled, in the order they ran. REV is checked out in a temporary worktree, removed
 * at the end; both read the same archives (all of ../shared/corpus unless `--content` is given).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentRoots } from './corpus-roots.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCHES = {
  ui: {
    file: 'tests/bench/ui.ts',
    lines:
      /keystroke|asked →|answered →|answer alone|box ready|first results|its background|data\/ shipped|archive page|load average/,
  },
  page: {
    file: 'tests/bench/page-scan.ts',
    lines: /^== |first scan,|reading every text node|stylesheet|design before|update:|load average/,
  },
} as const;

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const own = split >= 0 ? argv.slice(0, split) : argv;
const passed = split >= 0 ? argv.slice(split + 1) : [];
const [rev, which] = own;
const pairs = own.includes('--pairs') ? Number(own[own.indexOf('--pairs') + 1]) : 2;
if (!rev || !(which === 'ui' || which === 'page') || !(pairs >= 1)) {
  console.error('usage: npm run bench:ab -- REV ui|page [--pairs N] [-- flags for the bench]');
  process.exit(2);
}
const bench = BENCHES[which];
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--verify', `${rev}^{commit}`);

const base = mkdtempSync(join(tmpdir(), 'talkscope-ab-'));
git('worktree', 'add', '--detach', base, commit);
try {
  // The same installed packages: only the code differs.
  symlinkSync(join(ROOT, 'node_modules'), join(base, 'node_modules'));
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['prepare'], { cwd: base, stdio: 'ignore' });
  const roots = passed.includes('--content') ? [] : contentRoots([]).flatMap((r) => ['--content', r]);
  const builds = { A: { dir: base, name: `A ${commit.slice(0, 7)}` }, B: { dir: ROOT, name: 'B working tree' } };
  for (let p = 0; p < pairs; p++) {
    for (const key of p % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const { dir, name } = builds[key];
      const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [bench.file, ...passed, ...roots], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      console.log(`\n## ${name} (pair ${p + 1})`);
      for (const line of out.split('\n')) if (bench.lines.test(line)) console.log(line);
    }
  }
} finally {
  git('worktree', 'remove', '--force', base);
  rmSync(base, { recursive: true, force: true });
}
