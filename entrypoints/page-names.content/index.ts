import './page-names.css';
import { startPageNames } from './start-page-names.ts';

/**
 * Names on pages. Never in the manifest: the background registers this script only for the
 * sites the person allowed (entrypoints/background/page-names.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Registered and also started in already-open tabs: run once per page.
    const w = window as unknown as { __talkscopePageNames?: boolean };
    if (w.__talkscopePageNames) return;
    w.__talkscopePageNames = true;
    void startPageNames((cb) => ctx.onInvalidated(cb));
  },
});
