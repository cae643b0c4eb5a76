import { formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import type { LogEntry } from '../log/entry';
import { addDays, weekStart, type CalendarDate, type WeeklyTargets } from '../streak';
import { cleanWeighIns, lineOver } from './weighins';

/** Last week at a glance: Monday to Sunday before the week holding `today`. */
export interface WeeklyReview {
  start: CalendarDate;
  end: CalendarDate;
  strength: { done: number; target: number };
  walking: { days: number; target: number };
  /** Average logged sleep, hours; null when no night was logged. */
  sleepAvg: number | null;
  /** Change of the trend over the week, kg (negative is a loss); null without enough weigh-ins. */
  trendChange: number | null;
  streak: number;
  nextStep: string;
}

/**
 * The day the first review shows: the Monday after the plan's first whole week. A week that began before the
 * plan is not scored against it (0 of 3 for days the plan did not exist yet says nothing).
 */
export const firstReviewDay = (planStart: CalendarDate): CalendarDate => addDays(weekStart(addDays(planStart, 6)), 7);

/** `readAsks`: the read shown above the review asks for a change (too fast, a plateau's one small change), so a full week is not "nothing to change". */
export function weeklyReview(entries: readonly LogEntry[], targets: WeeklyTargets, today: CalendarDate, streak: number, { t, locale }: I18n, readAsks = false): WeeklyReview {
  const start = addDays(weekStart(today), -7);
  const end = addDays(start, 6);
  const inWeek = entries.filter((e) => !e.deleted && e.date >= start && e.date <= end);
  const strength = inWeek.filter((e) => e.kind === 'strength').length;
  const walkDays = new Set(inWeek.filter((e) => e.kind === 'walk').map((e) => e.date)).size;
  const sleeps = inWeek.filter((e) => e.kind === 'sleep').map((e) => e.value);
  const sleepAvg = sleeps.length ? sleeps.reduce((a, b) => a + b, 0) / sleeps.length : null;
  // The trend's change over the week: the slope of a line through that week's and the previous week's weigh-ins.
  const { kept } = cleanWeighIns(entries, end);
  const line = lineOver(kept, end, 14);
  const trendChange = line ? line.kgPerWeek : null;
  const missingStrength = targets.strengthSessions - strength;
  const missingWalks = targets.walkingDays - walkDays;
  const n = (x: number) => formatNumber(locale, x, 0);
  const nextStep =
    missingStrength > 0
      ? t('progress.review.strength', { n: n(missingStrength) }, missingStrength)
      : missingWalks > 0
        ? t('progress.review.walk', { n: n(missingWalks) }, missingWalks)
        : sleepAvg !== null && sleepAvg < 7
          ? t('progress.review.sleep')
          : sleeps.length === 0 && line === null
            ? t('progress.review.logMore')
            : readAsks
              ? t('progress.review.keepAndChange')
              : t('progress.review.repeat');
  return { start, end, strength: { done: strength, target: targets.strengthSessions }, walking: { days: walkDays, target: targets.walkingDays }, sleepAvg, trendChange, streak, nextStep };
}
