/**
 * The extension as the "on this page" test loads it: the real configuration plus
 * the host permission for the local test server. The popup reads the active tab
 * under the activeTab grant a toolbar click gives; a headless browser cannot
 * click the toolbar, and this permission stands in for that grant.
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
  manifest: async (env) => {
    const m = typeof base.manifest === 'function' ? await (base.manifest as ManifestFn)(env) : ((await base.manifest) ?? {});
    return { ...m, host_permissions: [...(m.host_permissions ?? []), 'http://127.0.0.1/*'] };
  },
});
