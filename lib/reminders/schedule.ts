import { formatNumber } from '../i18n/format';
import type { Words } from '../i18n/translate';
import { daysBetween, weekStart, addDays, type CalendarDate } from '../streak/dates';

/** Optional reminders, all off by default; quiet hours run from `quietFrom` to `quietTo` (local hours, may wrap midnight). */
export interface ReminderSettings {
  checkIn: boolean;
  nudge: boolean;
  quietFrom: number;
  quietTo: number;
}

export const DEFAULT_REMINDERS: ReminderSettings = { checkIn: false, nudge: false, quietFrom: 21, quietTo: 8 };

export type ReminderKind = 'check-in' | 'nudge';

const hour = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 23 ? x : fallback);

export function parseReminders(x: unknown): ReminderSettings {
  const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  return {
    checkIn: r.checkIn === true,
    nudge: r.nudge === true,
    quietFrom: hour(r.quietFrom, DEFAULT_REMINDERS.quietFrom),
    quietTo: hour(r.quietTo, DEFAULT_REMINDERS.quietTo),
  };
}

export function inQuietHours(h: number, s: Pick<ReminderSettings, 'quietFrom' | 'quietTo'>): boolean {
  if (s.quietFrom === s.quietTo) return false;
  return s.quietFrom < s.quietTo ? h >= s.quietFrom && h < s.quietTo : h >= s.quietFrom || h < s.quietTo;
}

/** The check-in comes on Sunday from this hour; the nudge after this many days with nothing logged. */
export const CHECK_IN_HOUR = 18;
export const NUDGE_AFTER_DAYS = 3;
const NUDGE_HOUR = 10;

export interface Reminder {
  kind: ReminderKind;
  title: Words;
  message: Words;
}

/**
 * Which reminder, if any, is due now. Everything is passed in: the local calendar date and hour, the last
 * day anything was logged, and the day each kind was last shown (each comes at most once a day, and the
 * check-in once a week). Quiet hours win over everything.
 */
export function dueReminder(
  s: ReminderSettings,
  now: { date: CalendarDate; hour: number },
  lastLogged: CalendarDate | null,
  lastShown: Partial<Record<ReminderKind, CalendarDate>>,
): Reminder | null {
  if (inQuietHours(now.hour, s)) return null;
  const sunday = addDays(weekStart(now.date), 6);
  const shownCheckIn = lastShown['check-in'];
  if (s.checkIn && now.date === sunday && now.hour >= CHECK_IN_HOUR && (!shownCheckIn || shownCheckIn < weekStart(now.date))) {
    return { kind: 'check-in', title: ({ t }) => t('coach.checkIn.title'), message: ({ t }) => t('coach.checkIn.message') };
  }
  const idle = lastLogged === null ? null : daysBetween(lastLogged, now.date);
  if (s.nudge && idle !== null && idle >= NUDGE_AFTER_DAYS && now.hour >= NUDGE_HOUR && lastShown.nudge !== now.date) {
    return { kind: 'nudge', title: ({ t }) => t('coach.nudge.title'), message: ({ t, locale }) => t('coach.nudge.message', { n: formatNumber(locale, idle, 0) }, idle) };
  }
  return null;
}
