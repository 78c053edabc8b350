import { registerPageNames } from './page-names.ts';
import { registerContextMenu, handleContextMenuClick } from './context-menu.ts';
import { registerOmnibox, handleOmniboxEnter, omniboxSuggestions } from './omnibox.ts';
import { registerArchiveMessages, answer } from './archive-messages.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';
import { runInSlices } from '../../indexer/search/run-in-slices.ts';

/** A slice of warming up the archive: a search arriving meanwhile waits at most this long. */
const WARM_SLICE_MS = 3;

export default defineBackground(() => {
  // Each feature registers its own listeners, in its own file beside this one.
  registerArchiveMessages();
  registerContextMenu();
  registerOmnibox();
  registerPageNames();
  // Load the archive now, so the popup's first search does not wait for it; then, in idle
  // slices, work out what the first searches would otherwise work out as they go.
  void getLoadedArchive().then((loaded) =>
    runInSlices(loaded.warmUp(), WARM_SLICE_MS, { now: () => performance.now(), later: (next) => setTimeout(next) }),
  );
  // End-to-end tests cannot click a native menu or type in the address bar: they call these
  // (and bench:ui times the popup's questions with `answer`).
  Object.assign(globalThis, { talkscope: { handleContextMenuClick, handleOmniboxEnter, omniboxSuggestions, answer } });
});
