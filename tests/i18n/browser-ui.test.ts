import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserUi } from '../../components/i18n/browser';

// browser.i18n's own answers, told apart from the bundled catalog's.
const fromBrowser = vi.hoisted(() => vi.fn((key: string) => `browser:${key}`));
vi.mock('#i18n', () => ({ i18n: { t: fromBrowser } }));

const bundled = {
  en: { 'overlay.badge': 'Reality check', 'overlay.toggle_label': 'One claim | {n} claims' },
  es: { 'overlay.badge': 'Comprobación' },
};
const inLanguage = (tag: string) => ((fakeBrowser.i18n as { getUILanguage?: () => string }).getUILanguage = () => tag);
afterEach(() => fromBrowser.mockClear());

test('bundled keys are answered in the browser language without browser.i18n, with plurals and substitutions', () => {
  inLanguage('es-MX');
  expect(browserUi(bundled).t('overlay.badge')).toBe('Comprobación');
  inLanguage('en-US');
  const ui = browserUi(bundled);
  expect(ui.t('overlay.toggle_label', { n: 3 }, 3)).toBe('3 claims');
  expect(ui.t('overlay.toggle_label', { n: 1 }, 1)).toBe('One claim');
  expect(fromBrowser).not.toHaveBeenCalled();
});

test('other keys, and every key without a bundle, still come from browser.i18n', () => {
  inLanguage('es-ES');
  expect(browserUi(bundled).t('card.kicker')).toBe('browser:card.kicker');
  expect(browserUi().t('overlay.badge')).toBe('browser:overlay.badge');
  expect(fromBrowser).toHaveBeenCalledTimes(2);
});
