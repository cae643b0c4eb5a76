/**
 * Calendar dates as 'YYYY-MM-DD' strings. A log belongs to the user's local calendar day, not to an instant:
 * storing dates (not timestamps) is what keeps streaks intact across daylight-saving changes, travel and the
 * date line. Date arithmetic runs in UTC on purpose, where every day has 24 hours.
 */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(x: unknown): x is CalendarDate {
  if (typeof x !== 'string') return false;
  const m = DATE.exec(x);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === x;
}

const toUtc = (date: CalendarDate) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): CalendarDate => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

export const addDays = (date: CalendarDate, n: number): CalendarDate => fromUtc(toUtc(date) + n * DAY_MS);
export const daysBetween = (a: CalendarDate, b: CalendarDate): number => Math.round((toUtc(b) - toUtc(a)) / DAY_MS);

/**
 * First day of the week holding `date`. `firstDay` as Intl numbers it (lib/i18n/format weekStartDay):
 * 1 = Monday (the default, ISO) ... 7 = Sunday (US).
 */
export function weekStart(date: CalendarDate, firstDay = 1): CalendarDate {
  const dow = new Date(toUtc(date)).getUTCDay() || 7; // 1 = Monday ... 7 = Sunday
  return addDays(date, -((dow - firstDay + 7) % 7));
}

/**
 * The calendar day an instant belongs to for someone in `timeZone` whose day starts at `dayStartHour`
 * (0-12): a log at 00:30 with a 04:00 day start still counts for the evening before.
 */
export function dayOf(instant: Date, timeZone: string, dayStartHour = 0): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const local: CalendarDate = `${get('year')}-${get('month')}-${get('day')}`;
  return Number(get('hour')) < dayStartHour ? addDays(local, -1) : local;
}

/** Today, as the streak counts it, in this device's time zone. */
export const localDay = (dayStartHour: number, now: Date = new Date()): CalendarDate =>
  dayOf(now, Intl.DateTimeFormat().resolvedOptions().timeZone, dayStartHour);
