import es from 'virtual:catalog/es:embed';
import { defineElements } from '../components/embed/elements';
import { CARDS_ES } from '../lib/myths/cards';
import { catalogUi, setUi } from '../components/i18n/ui';

/** The embed in Spanish: the same elements as reality-check.js (English), Spanish cards only; a page loads one of the two. */
export default defineUnlistedScript({
  globalName: false,
  main() {
    setUi(catalogUi(es, 'es'));
    defineElements(CARDS_ES);
  },
});
