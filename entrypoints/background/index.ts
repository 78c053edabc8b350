import { registerPageNames } from './page-names.ts';
import { registerContextMenu, handleContextMenuClick } from './context-menu.ts';
import { registerOmnibox, handleOmniboxEnter, omniboxSuggestions } from './omnibox.ts';
import { registerArchiveMessages, answer } from './archive-messages.ts';
import { getLoadedArchive, getQuickArchive } from '../shared/fetch-bundle.ts';
import { runInSlices } from '../../indexer/search/run-in-slices.ts';

/** A slice of warming up the archive: a search arriving meanwhile waits at most this long. */
const WARM_SLICE_MS = 3;

export default defineBackground(() => {
  // Load the archive now, before any feature asks for it, so the popup's first search does
  // not wait for it: the quick archive first, which a popup that started this background
  // searches while the whole records are still on their way (see fetch-bundle.ts).
  void getQuickArchive();
  const loading = getLoadedArchive();
  // Each feature registers its own listeners, in its own file beside this one.
  registerArchiveMessages();
  registerContextMenu();
  registerOmnibox();
  registerPageNames();
  // Then, in idle slices, work out what the first searches would otherwise work out as they go.
  void loading.then((loaded) =>
    runInSlices(loaded.warmUp(), WARM_SLICE_MS, { now: () => performance.now(), later: (next) => setTimeout(next) }),
  );
  // End-to-end tests cannot click a native menu or type in the address bar: they call these
  // (and bench:ui times the popup's questions with `answer`).
  Object.assign(globalThis, { talkscope: { handleContextMenuClick, handleOmniboxEnter, omniboxSuggestions, answer } });
});
