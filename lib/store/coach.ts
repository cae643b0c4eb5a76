import type { Words } from '../i18n/translate';
import { safeItem } from './safe-item';
import { isCalendarDate, type CalendarDate } from '../streak/dates';
import { DEFAULT_REMINDERS, parseReminders, type ReminderKind, type ReminderSettings } from '../reminders/schedule';

/** Coach settings, synced: the day the plan started (null: from the first weigh-in) and the optional reminders. */
export interface CoachSettings {
  planStart: CalendarDate | null;
  reminders: ReminderSettings;
}

export const DEFAULT_COACH: CoachSettings = { planStart: null, reminders: DEFAULT_REMINDERS };

export function parseCoach(x: unknown): CoachSettings {
  const c = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  return { planStart: isCalendarDate(c.planStart) ? c.planStart : null, reminders: parseReminders(c.reminders) };
}

/** A stored value that did not read back as itself lost something to the defaults: say so. */
export function coachProblem(raw: unknown): Words | null {
  if (raw === undefined || raw === null) return null;
  return JSON.stringify(parseCoach(raw)) === JSON.stringify(raw) ? null : ({ t }) => t('coach.unreadable');
}

const item = safeItem('sync:coach', parseCoach, DEFAULT_COACH, coachProblem);
export const loadCoach = item.load;
export const saveCoach = item.save;
export const watchCoach = item.watch;

/** When each reminder was last shown, per browser (local): a reminder shown here need not repeat. */
const shown = safeItem(
  'local:remindersShown',
  (x): Partial<Record<ReminderKind, CalendarDate>> => {
    const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(r).filter(([k, v]) => (k === 'check-in' || k === 'nudge') && isCalendarDate(v)));
  },
  {},
  // Only bookkeeping: a lost record means at most one reminder shown twice, nothing to tell the user.
  () => null,
);
export const loadShown = shown.load;
export const saveShown = shown.save;
