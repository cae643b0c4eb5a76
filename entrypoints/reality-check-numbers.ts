import en from 'virtual:catalog/en:numbers';
import { defineNumbersElement } from '../components/embed/numbers';
import { catalogUi, setUi } from '../components/i18n/ui';

/**
 * The claim-numbers embed, in its own file because the main embed is at its 12 kB gzip budget. It
 * defines <reality-check-numbers> and nothing else global; <reality-check-card claim="…"> uses it when
 * both scripts are on the page. No network requests.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    setUi(catalogUi(en, 'en'));
    defineNumbersElement();
  },
});
