import { registerPageNames } from './page-names.ts';

export default defineBackground(() => {
  // Each feature registers its own listeners, in its own file beside this one.
  registerPageNames();
});
