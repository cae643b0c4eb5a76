import { computed, signal } from '@preact/signals';
import { browser, type Browser } from 'wxt/browser';
import { FIT, type Fit } from '../../lib/log';
import { progress } from '../../lib/progress';
import type { ReminderSettings } from '../../lib/reminders/schedule';
import { DEFAULT_COACH, loadCoach, saveCoach, watchCoach, type CoachSettings } from '../../lib/store/coach';
import { addDays } from '../../lib/streak';
import { ui } from '../i18n/ui';
import { announce, logEntry, plan, prefs, streak, targets, today, validation, visible } from './store';

/** The Progress view's state: coach settings (plan start, reminders) and the progress worked out from the log. */
export const coach = signal<CoachSettings>(DEFAULT_COACH);
export const coachReady = signal(false);
void loadCoach().then((c) => {
  coach.value = c;
  coachReady.value = true;
});
watchCoach((c) => (coach.value = c));

/** The plan start the user set, else the first weigh-in, else today. */
export const planStart = computed(() => coach.value.planStart ?? visible.value.find((e) => e.kind === 'weight')?.date ?? today.value);

export const current = computed(() => {
  const v = validation.value;
  if (!v.ok || !plan.value) return null;
  const ctx = { entries: visible.value, input: v.value, energy: plan.value.energy, targets: targets.value, planStart: planStart.value, today: today.value };
  return progress(ctx, streak.value, prefs.value.units, ui);
});

function saveSettings(next: CoachSettings): Promise<void> {
  coach.value = next;
  return saveCoach(next);
}

/** The earliest plan start taken: about the five years of logs sync keeps; a date typed further back read as "week 105709". */
export const earliestPlanStart = computed(() => addDays(today.value, -5 * 365));
/** The last date typed as the plan start was after today or before earliestPlanStart, and was not saved. */
export const planStartRefused = signal(false);

/** Saves the plan start (empty: from the first weigh-in); a date out of range is refused, and the start set before stays. */
export function setPlanStart(date: string | null): void {
  planStartRefused.value = !!date && (date > today.value || date < earliestPlanStart.value);
  if (!planStartRefused.value) void saveSettings({ ...coach.value, planStart: date || null });
}

/** One tap; a second tap the same day is a new log on purpose, so no "logged that already?" question. */
export async function logFit(fit: Fit): Promise<void> {
  await logEntry('fit', FIT[fit], undefined, today.value, true);
}

/**
 * Optional permissions a reminder needs, asked for only when the user turns one on: those the manifest
 * lists as optional (Firefox cannot make `alarms` optional, so there it comes with the install, silently).
 */
const REMINDER_PERMISSIONS = (): Browser.permissions.Permissions => {
  const optional = new Set(browser.runtime.getManifest().optional_permissions ?? []);
  return { permissions: (['alarms', 'notifications'] as const).filter((p) => optional.has(p)) };
};

/**
 * Turns a reminder on or off. Turning one on asks for the permissions right away (the request must come
 * straight from the click); turning the last one off gives them back.
 */
export async function setReminder(kind: 'checkIn' | 'nudge', on: boolean): Promise<void> {
  const next: ReminderSettings = { ...coach.value.reminders, [kind]: on };
  if (on) {
    let granted = false;
    try {
      granted = await browser.permissions.request(REMINDER_PERMISSIONS());
    } catch {
      granted = false;
    }
    if (!granted) {
      announce(ui.t('popup.progress.reminders_denied'));
      return;
    }
  } else if (!next.checkIn && !next.nudge) {
    await browser.permissions.remove(REMINDER_PERMISSIONS()).catch(() => false);
  }
  await saveSettings({ ...coach.value, reminders: next });
  announce(ui.t(kind === 'checkIn' ? (on ? 'popup.progress.check_in_on' : 'popup.progress.check_in_off') : on ? 'popup.progress.nudge_on' : 'popup.progress.nudge_off'));
}

export function setQuietHours(from: number, to: number): void {
  void saveSettings({ ...coach.value, reminders: { ...coach.value.reminders, quietFrom: from, quietTo: to } });
}
