/**
 * The extension as the browser tests that read pages load it: the real
 * configuration plus the host permission for the local test server, granted at
 * install. A headless browser can click neither the toolbar nor a permission prompt:
 * - "on this page": the popup reads the active tab under the activeTab grant a
 *   toolbar click gives; this permission stands in for that grant;
 * - names on pages: "Allow on this site" opens a permission prompt; with the
 *   permission already granted, the tests take the rest of the person's path
 *   themselves (tests/e2e/page-names/page-names-setup.ts). Nothing runs on the test
 *   pages before that: the background registers the content script only for
 *   sites the person allowed.
 */
import { defineConfig, type UserManifest } from 'wxt';
import base from '../../../wxt.config.ts';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: 2 | 3;
  mode: string;
  command: 'build' | 'serve';
}) => UserManifest | Promise<UserManifest>;

export default defineConfig({
  ...base,
  // `npm run bench:page -- --profile` reads the page's script by its own function names.
  vite: async (env) => {
    const v = typeof base.vite === 'function' ? await base.vite(env) : {};
    return process.env.TALKSCOPE_MINIFY === 'false' ? { ...v, build: { ...v.build, minify: false } } : v;
  },
  manifest: async (env) => {
    const m = typeof base.manifest === 'function' ? await (base.manifest as ManifestFn)(env) : ((await base.manifest) ?? {});
    return { ...m, host_permissions: [...(m.host_permissions ?? []), 'http://127.0.0.1/*'] };
  },
});
