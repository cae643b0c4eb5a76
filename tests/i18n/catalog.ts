/** Unit tests' translators: locales/<lang>.yml through the embed's catalog reader. */
import { catalogUi, type Ui } from '../../components/i18n/ui';
import { formatLocale, langOf, type Lang } from '../../lib/i18n/lang';
import { catalogTranslator, type Translate } from '../../lib/i18n/translate';
import { readCatalog } from '../../scripts/catalog';

export const catalogs = { en: await readCatalog('en'), es: await readCatalog('es') } as const;

export const translators: Record<Lang, Translate> = { en: catalogTranslator(catalogs.en), es: catalogTranslator(catalogs.es) };

/** A Ui as the extension would build it for a browser in this language (e.g. 'es-ES', 'en-US'). */
export const uiFor = (tag: string): Ui => catalogUi(catalogs[langOf(tag)], langOf(tag), formatLocale(tag));
