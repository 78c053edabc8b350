/** The lock that keeps the browser tests' extension builds one at a time. */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * WXT writes its generated types into .wxt/ on every build: the browser tests' builds (the seed
 * build, the local test site's builds, the Firefox build) run `build` one at a time.
 */
export async function withBuildLock<T>(build: () => T | Promise<T>): Promise<T> {
  const lock = join(ROOT, '.output/e2e.lock');
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed is not waited for forever.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
