/**
 * How components get `t`, the language and the Intl locale: they read `ui`, which each face's entrypoint
 * sets once before rendering (extension pages: browserUi(), the browser's UI language; the embed: its one
 * bundled catalog). One language per JavaScript realm, so no context and no hooks (the 12 kB embed has
 * neither).
 */
import { formatNumber } from '../../lib/i18n/format';
import type { Lang } from '../../lib/i18n/lang';
import { catalogTranslator, type Catalog, type I18n, type Translate } from '../../lib/i18n/translate';

/** An I18n (what lib functions take) plus what components need. `locale`: the Intl tag, e.g. es-MX. */
export interface Ui extends I18n {
  lang: Lang;
  /** A number in this locale ("72,5" in es), at most `maxDigits` decimals (1 unless given). */
  num: (value: number, maxDigits?: number) => string;
}

export function makeUi(t: Translate, lang: Lang, locale: string): Ui {
  return { t, lang, locale, num: (value, maxDigits) => formatNumber(locale, value, maxDigits) };
}

/** A Ui over a bundled catalog (the embed, unit tests). */
export const catalogUi = (catalog: Catalog, lang: Lang, locale: string = lang): Ui => makeUi(catalogTranslator(catalog), lang, locale);

/** What components read. Until an entrypoint (or tests/setup.ts) calls setUi it shows keys, never crashes. */
export const ui: Ui = makeUi((key) => key, 'en', 'en');

export function setUi(next: Ui): void {
  Object.assign(ui, next);
}
