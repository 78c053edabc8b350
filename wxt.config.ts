import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUNDLE_DIR, BUNDLE_FILES, type BuildInfo } from './indexer/bundle-format.ts';
import { formatProblem } from './indexer/record.ts';
import { buildArchive } from './indexer/node/build-archive.ts';
import { stampBuildDate } from './indexer/emit/stamp-build-date.ts';
import { INDEX_PARTS, NAME_PARTS, partFiles, RECORD_PARTS, textPartFiles } from './components/lib/record-parts.ts';
import { LITE_PARTS, liteRecordsJson } from './components/lib/lite-records.ts';
import { HOME_FILE, homeRecords } from './components/lib/home-summary.ts';

/**
 * The archive ships as files under /data/, built from the content roots named by
 * TALKSCOPE_CONTENT (several joined by the platform's path list separator; default
 * `content`). Nothing generated lives in the source tree.
 */
function contentRoots(): string[] {
  const raw = process.env.TALKSCOPE_CONTENT?.trim() || 'content';
  return raw
    .split(path.delimiter)
    .map((r) => r.trim())
    .filter(Boolean);
}

let bundle: Promise<Record<string, string>> | undefined;

/** Built once per process, however many hooks ask. */
function archiveFiles(): Promise<Record<string, string>> {
  bundle ??= buildBundle(contentRoots());
  return bundle;
}

async function buildBundle(roots: string[]): Promise<Record<string, string>> {
  // Records name their root by folder name only: the builder's paths stay on the builder's machine.
  const result = await buildArchive({ roots, rootLabel: (root) => path.basename(path.resolve(root)) });
  // Problems are printed, never fatal: the extension ships every good record.
  for (const p of result.problems) if (p.severity === 'error') console.warn(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  console.info(`Talkscope archive: ${result.records.length} records from ${roots.length} root(s), ${errors} file error(s)`);
  const info = stampBuildDate(result.files[BUNDLE_FILES.info]!, new Date(), process.env.SOURCE_DATE_EPOCH);
  // From the day before the build: the page reads "today" in the person's time zone, the build in UTC.
  const day = new Date(Date.parse((JSON.parse(info) as BuildInfo).builtAt!) - 86_400_000).toISOString().slice(0, 10);
  // result.records are the records of records.json, in its order.
  return { ...result.files, [BUNDLE_FILES.info]: info, [HOME_FILE]: JSON.stringify(homeRecords(result.records, day)) };
}

export default defineConfig({
  // Tests and benchmarks build their own archives side by side (TALKSCOPE_OUT_DIR=.output/e2e).
  outDir: process.env.TALKSCOPE_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      const built = await archiveFiles();
      for (const name of Object.values(BUNDLE_FILES)) {
        const contents = built[name];
        if (contents === undefined) throw new Error(`the archive build produced no ${name}`);
        // The large files ship in parts under 4 MB each (see components/lib/record-parts.ts):
        // the records, what a result row shows of them (for the background's first search,
        // lite-records.ts), the names and the search index.
        const shipped =
          name === BUNDLE_FILES.records
            ? [...partFiles(contents, RECORD_PARTS), ...partFiles(liteRecordsJson(contents), LITE_PARTS)]
            : name === BUNDLE_FILES.names
              ? partFiles(contents, NAME_PARTS)
              : name === BUNDLE_FILES.index
                ? textPartFiles(contents, INDEX_PARTS)
                : [{ name, contents }];
        for (const f of shipped) files.push({ relativeDest: `${BUNDLE_DIR}/${f.name}`, contents: f.contents });
      }
      // What the archive page's home lists, read before the whole archive (components/lib/home-summary.ts).
      files.push({ relativeDest: `${BUNDLE_DIR}/${HOME_FILE}`, contents: built[HOME_FILE]! });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`/${BUNDLE_DIR}/${BUNDLE_FILES.info}`, `/${BUNDLE_DIR}/${HOME_FILE}`);
      for (const file of [RECORD_PARTS, LITE_PARTS, NAME_PARTS, INDEX_PARTS])
        paths.push(`/${BUNDLE_DIR}/${file.list}`, {
          type: 'templateLiteral',
          path: `/${BUNDLE_DIR}/${file.stem}-\${number}.json`,
        });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Talkscope',
    description: 'Search and browse a whole talk archive offline.',
    // Least privilege: nothing reads a page until the person asks (activeTab) or opts a site in.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    omnibox: { keyword: 'talks' },
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open the Talkscope search',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'talkscope@talkscope.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
