/**
 * Builds the extension the browser tests load, once per test run, from the seed
 * archive (content/) and a small fixture root written here. Built into
 * .output/e2e/ so a benchmark or a manual build in .output/ is never reused by mistake.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { makeArchive } from '../../support/make-archive.ts';
import { withBuildLock } from './build-lock.ts';
import { E2E_ARCHIVE } from './e2e-archive.ts';

export const ROOT = join(import.meta.dirname, '../../..');
/**
 * The unpacked Chrome MV3 build, built if this test run has not built it yet.
 * `host` adds the local test server's host permission (see wxt-host.config.ts).
 */
export async function ensureExtensionBuilt(variant: 'plain' | 'host' = 'plain'): Promise<string> {
  const OUT = join(ROOT, variant === 'plain' ? '.output/e2e' : '.output/e2e-host');
  const STAMP = join(OUT, 'built-for');
  const dir = join(OUT, 'chrome-mv3');
  // Test files run in parallel workers of one Vitest process: build once for all of them.
  const runId = String(process.env.VITEST_RUN_ID ?? process.ppid);
  const built = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId && existsSync(join(dir, 'manifest.json'));
  if (built()) return dir;
  await withBuildLock(async () => {
    // Another worker may have built it while this one waited.
    if (built()) return;
    const fixture = await makeArchive(E2E_ARCHIVE, 'e2e-seminar');
    const config = variant === 'host' ? ['-c', 'tests/e2e/support/wxt-host.config.ts'] : [];
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', ...config], {
      cwd: ROOT,
      env: { ...process.env, TALKSCOPE_CONTENT: ['content', fixture].join(delimiter), TALKSCOPE_OUT_DIR: OUT },
      stdio: 'pipe',
    });
    writeFileSync(STAMP, runId);
  });
  return dir;
}
