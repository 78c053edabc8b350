export default defineBackground(() => {
  // Each feature registers its own listeners, in its own file beside this one.
});
