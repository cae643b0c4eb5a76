import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from 'virtual:catalog/en';
import { catalogUi, setUi } from '../components/i18n/ui';

// Components render English in unit tests, from the same catalog the embed bundles.
// en-GB: English words, metric first-run units and day-month dates, as the tests were written.
setUi(catalogUi(en, 'en', 'en-GB'));

beforeEach(() => {
  fakeBrowser.reset();
});
