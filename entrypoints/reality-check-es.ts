import es from 'virtual:catalog/es:embed';
import { defineElements } from '../components/embed/elements';
import { cardsIn } from '../lib/myths/cards';
import { catalogUi, setUi } from '../components/i18n/ui';

/** The embed in Spanish: the same elements as reality-check.js (English); a page loads one of the two. */
export default defineUnlistedScript({
  globalName: false,
  main() {
    setUi(catalogUi(es, 'es'));
    defineElements(cardsIn('es'));
  },
});
