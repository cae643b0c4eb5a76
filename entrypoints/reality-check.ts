import en from 'virtual:catalog/en:embed';
import { defineElements } from '../components/embed/elements';
import { CARDS } from '../lib/myths/cards';
import { catalogUi, setUi } from '../components/i18n/ui';

/**
 * The embed snippet: a standalone script any blog includes with one tag. It defines the
 * <reality-check-*> elements and nothing else global; it makes no network requests. English only
 * (reality-check-es.js adds Spanish), so it stays within its 12 kB gzip budget.
 */
export default defineUnlistedScript({
  // No `var realityCheck = …` on the blog's window: the elements are the only thing this script defines.
  globalName: false,
  main() {
    setUi(catalogUi(en, 'en'));
    defineElements(CARDS);
  },
});
