import { defineElements } from '../components/embed/elements';

/**
 * The embed snippet: a standalone script any blog includes with one tag. It defines the
 * <reality-check-*> elements and nothing else global; it makes no network requests.
 */
export default defineUnlistedScript({
  // No `var realityCheck = …` on the blog's window: the elements are the only thing this script defines.
  globalName: false,
  main() {
    defineElements();
  },
});
