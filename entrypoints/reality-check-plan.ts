import en from 'virtual:catalog/en:plan';
import { definePlannerElement } from '../components/embed/planner';
import { catalogUi, setUi } from '../components/i18n/ui';

/**
 * The planner teaser embed, in its own file so reality-check.js (the card and timeline) stays within its
 * 12 kB gzip budget. Defines <reality-check-planner> and nothing else global. No network requests.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    setUi(catalogUi(en, 'en'));
    definePlannerElement();
  },
});
