/** The extension faces' Ui: browser.i18n (the browser's UI language) through @wxt-dev/i18n. */
import { i18n } from '#i18n';
import { formatLocale, langOf, type Lang } from '../../lib/i18n/lang';
import { catalogTranslator, type Catalog, type Translate } from '../../lib/i18n/translate';
import { makeUi, type Ui } from './ui';

// i18n.t's overloads check each key's substitutions; Translate is the one loose shape lib/ and the embed share.
const t = i18n.t as unknown as (key: string, ...args: unknown[]) => string;

const translate: Translate = (key, subs, count) => (count == null ? t(key, subs) : t(key, count, subs));

/**
 * `bundled`: messages shipped in the script, by language, answered without browser.i18n; other keys still go
 * to it. In Chromium a tab's first getMessage loads the extension's whole message bundle over a synchronous
 * IPC, so a face that often shows only bundled words (the in-page overlay until a card opens) never pays it.
 */
export function browserUi(bundled?: Readonly<Record<Lang, Catalog>>): Ui {
  const tag = browser.i18n.getUILanguage();
  const lang = langOf(tag);
  const own = bundled?.[lang];
  if (!own) return makeUi(translate, lang, formatLocale(tag));
  const fromOwn = catalogTranslator(own);
  return makeUi((key, subs, count) => (Object.hasOwn(own, key) ? fromOwn : translate)(key, subs, count), lang, formatLocale(tag));
}
