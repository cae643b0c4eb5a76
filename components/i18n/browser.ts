/** The extension faces' Ui: browser.i18n (the browser's UI language) through @wxt-dev/i18n. */
import { i18n } from '#i18n';
import { formatLocale, langOf } from '../../lib/i18n/lang';
import type { Translate } from '../../lib/i18n/translate';
import { makeUi, type Ui } from './ui';

// i18n.t's overloads check each key's substitutions; Translate is the one loose shape lib/ and the embed share.
const t = i18n.t as unknown as (key: string, ...args: unknown[]) => string;

const translate: Translate = (key, subs, count) => (count == null ? t(key, subs) : t(key, count, subs));

export function browserUi(): Ui {
  const tag = browser.i18n.getUILanguage();
  return makeUi(translate, langOf(tag), formatLocale(tag));
}
