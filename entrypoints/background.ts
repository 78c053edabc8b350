export default defineBackground(() => {
  // Wired up by the extension work: context menu, omnibox, badge, index host.
});
