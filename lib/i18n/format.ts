/** Numbers, dates, week start and default units by locale, through Intl. Pure: the locale is passed in. */
import type { Units } from '../units';

/** A number as the locale writes it: "72,5" in es, "72.5" in en; at most `maxDigits` decimals. */
export function formatNumber(locale: string, value: number, maxDigits = 1, minDigits = 0, grouping = true): string {
  // useGrouping true would force "2.000" in es; left out, each locale groups as it does ("2000", "12.500").
  const group = grouping ? {} : { useGrouping: false };
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits, ...group }).format(value);
}

/** A number as typed into a field: the locale's decimal comma, no grouping ("12500", "1200,5"), so it reads back as typed. */
export const formatField = (locale: string, value: number, maxDigits = 2): string => formatNumber(locale, value, maxDigits, 0, false);

/** A calendar date (YYYY-MM-DD, read as that day wherever the reader is), e.g. "2 dic 2026" / "Dec 2, 2026". */
export function formatDate(locale: string, date: string, style: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

interface WeekInfo {
  firstDay: number;
}

/**
 * First day of the week, 1 = Monday ... 7 = Sunday (Intl's numbering). Intl.Locale weekInfo where the
 * engine has it (getWeekInfo() in newer ones); else Sunday for US English, Monday (ISO) otherwise.
 */
export function weekStartDay(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info) return info.firstDay;
    return l.language === 'en' && (l.region ?? 'US') === 'US' ? 7 : 1;
  } catch {
    return 1;
  }
}

/** Regions that weigh in pounds (and measure in feet and inches). */
const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM']);

/** The unit system a new user starts with: imperial in the US, Liberia and Myanmar, metric elsewhere. */
export function defaultUnits(locale: string): Units {
  let region: string | undefined;
  try {
    const l = new Intl.Locale(locale);
    // A bare "en" is US English in browsers; a bare "es" is Spain.
    region = l.region ?? (l.language === 'en' ? 'US' : undefined);
  } catch {
    region = undefined;
  }
  return region && IMPERIAL_REGIONS.has(region) ? 'imperial' : 'metric';
}
