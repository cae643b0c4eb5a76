import { ui } from '../i18n/ui';

/**
 * A claim count as the overlay shows it. The first Intl.NumberFormat in a tab's renderer sets up ICU's
 * number formatting: 22-33 ms on the page's main thread in Chromium 156, paid by every page with a claim
 * for a count like "3". Below 1,000 every locale the extension formats in (en-* and es-*, see formatLocale)
 * writes an integer as its plain digits, so only larger counts go through Intl.
 */
export const countText = (n: number): string => (n < 1000 ? String(n) : ui.num(n));
