/** Which of our languages a BCP 47 tag asks for, and the locale Intl formats with. Pure. */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The language subtag of a tag, lower-cased: `es-419`, `ES_mx` -> es; nothing -> "". */
export const primaryOf = (tag: string | null | undefined): string => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** `es`, `es-419`, `es_MX` -> es; anything else (or nothing) -> en. */
export function langOf(tag: string | null | undefined): Lang {
  const primary = primaryOf(tag);
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}

/**
 * The Intl locale for a UI language: the tag itself when we ship its language (so es-MX keeps its own
 * number style), else English in the tag's region (a French browser reads English text with "en-FR"
 * numbers and dates, not French ones mixed into English sentences).
 */
export function formatLocale(tag: string | null | undefined): string {
  const clean = (tag ?? '').trim().replace(/_/g, '-');
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(clean || 'en');
  } catch {
    return 'en';
  }
  if (langOf(locale.language) === locale.language) return locale.toString();
  return locale.region ? `en-${locale.region}` : 'en';
}
