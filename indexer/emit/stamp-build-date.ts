/**
 * The extension's build date, written into its copy of build-info.json.
 */
import type { BuildInfo } from '../bundle-format.ts';

/**
 * Returns `infoText` (a build-info.json) with `builtAt` set to the UTC day of
 * `when`: the moment given by `sourceDateEpoch` (seconds, the reproducible-builds
 * convention) when it is a whole number, else `now`.
 *
 * @example stampBuildDate('{"format":1,…}', new Date('2026-11-22T23:30:00Z')) // …"builtAt": "2026-11-22"…
 */
export function stampBuildDate(infoText: string, now: Date, sourceDateEpoch?: string): string {
  const epoch = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch.trim()) ? new Date(Number(sourceDateEpoch) * 1000) : now;
  const info = JSON.parse(infoText) as BuildInfo;
  return JSON.stringify({ ...info, builtAt: epoch.toISOString().slice(0, 10) }, null, 2) + '\n';
}
