import en from 'virtual:catalog/en:numbers';
import { defineNumbersElement } from '../components/embed/numbers';
import { catalogUi, setUi } from '../components/i18n/ui';

/**
 * The claim-numbers embed, in its own file so a page without it does not pay for the claim reader (12 kB
 * gzip budget per file; built with components/embed/dom-jsx.ts instead of preact, see wxt.config.ts). It
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
