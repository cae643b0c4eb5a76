import es from 'virtual:catalog/es:plan';
import { definePlannerElement } from '../components/embed/planner';
import { catalogUi, setUi } from '../components/i18n/ui';

/** The planner teaser embed in Spanish, beside reality-check-es.js (as reality-check-plan.js is beside reality-check.js). */
export default defineUnlistedScript({
  globalName: false,
  main() {
    setUi(catalogUi(es, 'es'));
    definePlannerElement();
  },
});
