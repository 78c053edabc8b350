/**
 * Builds the extension the browser tests load, once per test run, from the seed
 * archive (content/) and a small fixture root written here. Built into
 * .output/e2e/ so a benchmark or a manual build in .output/ is never reused by mistake.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { makeArchive } from '../../support/make-archive.ts';
import { E2E_ARCHIVE } from './e2e-archive.ts';

export const ROOT = join(import.meta.dirname, '../../..');
/**
 * The unpacked Chrome MV3 build, built if this test run has not built it yet.
 * `host` adds the local test server's host permission (see wxt-host.config.ts).
 */
export async function ensureExtensionBuilt(variant: 'plain' | 'host' = 'plain'): Promise<string> {
  const OUT = join(ROOT, variant === 'plain' ? '.output/e2e' : '.output/e2e-host');
  const LOCK = `${OUT}.lock`;
  const STAMP = join(OUT, 'built-for');
  const dir = join(OUT, 'chrome-mv3');
  // Test files run in parallel workers of one Vitest process: build once for all of them.
  const runId = String(process.env.VITEST_RUN_ID ?? process.ppid);
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  for (;;) {
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId && existsSync(join(dir, 'manifest.json'))) return dir;
    try {
      mkdirSync(LOCK);
    } catch {
      // A run stopped mid-build leaves its lock behind: a build never takes five minutes.
      if (Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000)
        rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!(existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId)) {
        const fixture = await makeArchive(E2E_ARCHIVE, 'e2e-seminar');
        const config = variant === 'host' ? ['-c', 'tests/e2e/support/wxt-host.config.ts'] : [];
        execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', ...config], {
          cwd: ROOT,
          env: { ...process.env, TALKSCOPE_CONTENT: ['content', fixture].join(delimiter), TALKSCOPE_OUT_DIR: OUT },
          stdio: 'pipe',
        });
        writeFileSync(STAMP, runId);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
