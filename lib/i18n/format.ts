/** Numbers, dates, week start and default units by locale, through Intl. Pure: the locale is passed in. */
import type { Units } from '../units';

/** How a locale groups an integer's digits: separator, digits a first group needs, digits per group above the first. */
type Grouping = readonly [separator: string, minimum: 1 | 2, size: 2 | 3];

/**
 * CLDR's integer grouping for the languages we ship, as Chromium 156 and Node's ICU write it: each language's
 * rule, then the regions that differ (any other region formats as its language). es groups from five digits.
 */
const GROUPINGS: Record<string, { rule: Grouping; regions: [Grouping, string][] }> = {
  en: {
    rule: [',', 1, 3],
    regions: [
      [['.', 1, 3], 'AT BE DD DE DK ES ID IT NL PL RO SI'],
      [["'", 1, 3], 'CH'],
      [['\u00a0', 1, 3], 'CZ EE FI HU LT LV NO PT SE SK UA ZA'],
      [['\u202f', 1, 3], 'FR FX GE'],
      [[',', 1, 2], 'IN'],
    ],
  },
  es: {
    rule: ['.', 2, 3],
    regions: [
      [[',', 1, 3], '419 BR BZ CU DO GT HN MX NI PA PE PR PZ SV US'],
      [['.', 1, 3], 'AR BO CL CO EC PY UY VE'],
      [['\u00a0', 1, 3], 'CR'],
    ],
  },
};

/** The regions that differ, by tag ("en-DE"): their lists split once, on the first number grouped, not per number. */
let regional: Map<string, Grouping> | undefined;
const regionalGroupings = () =>
  (regional ??= new Map(
    Object.entries(GROUPINGS).flatMap(([lang, { regions }]) =>
      regions.flatMap(([rule, list]) => list.split(' ').map((region) => [`${lang}-${region}`, rule] as const)),
    ),
  ));

/** A locale's grouping by its language and region; null for any other tag (a script, a numbering system). */
function groupingOf(locale: string): Grouping | null {
  const [, lang] = /^([a-z]{2})(?:-(?:[A-Z]{2}|\d{3}))?$/.exec(locale) ?? [];
  const known = lang ? GROUPINGS[lang] : undefined;
  if (!known) return null;
  return regionalGroupings().get(locale) ?? known.rule;
}

/** A non-negative integer's digits grouped by `rule`: "11,112", "12.345", "1234" (es), "12,34,567" (en-IN). */
function groupDigits(n: number, [separator, minimum, size]: Grouping): string {
  const digits = String(n);
  if (digits.length < 3 + minimum) return digits;
  let out = digits.slice(-3);
  for (let end = digits.length - 3; end > 0; end -= size) out = digits.slice(Math.max(0, end - size), end) + separator + out;
  return out;
}

/**
 * A number as the locale writes it: "72,5" in es, "72.5" in en; at most `maxDigits` decimals. An integer is
 * grouped by hand where its locale's rule is known: the first Intl.NumberFormat in a tab sets up ICU's number
 * formatting, 9-33 ms on the page's main thread in Chromium 156, which a page's claim count ("11,112") paid.
 */
export function formatNumber(locale: string, value: number, maxDigits = 1, minDigits = 0, grouping = true): string {
  const rule = Number.isSafeInteger(value) && (value > 0 || Object.is(value, 0)) && !minDigits ? groupingOf(locale) : null;
  if (rule) return grouping ? groupDigits(value, rule) : String(value);
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
