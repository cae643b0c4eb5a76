import es from 'virtual:catalog/es:numbers';
import { defineNumbersElement } from '../components/embed/numbers';
import { catalogUi, setUi } from '../components/i18n/ui';

/** The claim-numbers embed in Spanish, beside reality-check-es.js (as reality-check-numbers.js is beside reality-check.js). */
export default defineUnlistedScript({
  globalName: false,
  main() {
    setUi(catalogUi(es, 'es'));
    defineNumbersElement();
  },
});
