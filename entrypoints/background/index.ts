import { registerPageNames } from './page-names.ts';
import { registerContextMenu, handleContextMenuClick } from './context-menu.ts';
import { registerOmnibox, handleOmniboxEnter, omniboxSuggestions } from './omnibox.ts';
import { registerArchiveMessages, answer } from './archive-messages.ts';
import { getLoadedArchive } from '../shared/fetch-bundle.ts';

export default defineBackground(() => {
  // Each feature registers its own listeners, in its own file beside this one.
  registerArchiveMessages();
  registerContextMenu();
  registerOmnibox();
  registerPageNames();
  // Load the archive now, so the popup's first search does not wait for it.
  void getLoadedArchive().then((loaded) => loaded.archive);
  // End-to-end tests cannot click a native menu or type in the address bar: they call these
  // (and bench:ui times the popup's questions with `answer`).
  Object.assign(globalThis, { talkscope: { handleContextMenuClick, handleOmniboxEnter, omniboxSuggestions, answer } });
});
