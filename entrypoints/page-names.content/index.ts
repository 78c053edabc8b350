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
    // Started again in a page where it already runs (the background starts it in open tabs
    // when a site is allowed or resumed), WXT invalidates the older run first: it cleans up.
    void startPageNames((cb) => ctx.onInvalidated(cb));
  },
});
