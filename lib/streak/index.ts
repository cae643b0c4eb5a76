import { addDays, daysBetween, weekStart, type CalendarDate } from './dates';

export * from './dates';

/** What the streak needs from one logged day. */
export interface DayActivity {
  date: CalendarDate;
  strength: number;
  walked: boolean;
}

export interface WeeklyTargets {
  strengthSessions: number;
  walkingDays: number;
}

export interface WeekSummary {
  start: CalendarDate;
  strength: number;
  walkingDays: number;
  good: boolean;
  /** The week holding today: still open, so it can only add to a streak, never break it. */
  current: boolean;
}

/**
 * Summaries of the last `weeks` weeks up to the one holding `today`, oldest first, weeks starting on
 * `firstDay` (1 = Monday ... 7 = Sunday, the locale's). Rest days count for nothing and against nothing.
 */
export function weekSummaries(days: readonly DayActivity[], targets: WeeklyTargets, today: CalendarDate, weeks = 12, firstDay = 1): WeekSummary[] {
  const thisWeek = weekStart(today, firstDay);
  const first = addDays(thisWeek, -7 * (weeks - 1));
  const out: WeekSummary[] = Array.from({ length: weeks }, (_, i) => ({
    start: addDays(first, 7 * i),
    strength: 0,
    walkingDays: 0,
    good: false,
    current: i === weeks - 1,
  }));
  const walked = new Set<CalendarDate>();
  for (const d of days) {
    const i = Math.floor(daysBetween(first, d.date) / 7);
    const w = out[i];
    if (!w || d.date > today) continue;
    w.strength += d.strength;
    if (d.walked && !walked.has(d.date)) {
      walked.add(d.date);
      w.walkingDays += 1;
    }
  }
  for (const w of out) w.good = w.strength >= targets.strengthSessions && w.walkingDays >= targets.walkingDays;
  return out;
}

/** Consecutive good weeks ending with the last finished week, plus the current week once it is good. */
export function currentStreak(summaries: readonly WeekSummary[]): number {
  let streak = 0;
  for (let i = summaries.length - 1; i >= 0; i--) {
    const w = summaries[i]!;
    if (w.good) streak++;
    else if (!w.current) break;
  }
  return streak;
}

/**
 * Habit strength 0..1: exponential smoothing of weekly check-ins (Loop Habit Tracker's idea, by weeks). Each
 * good week moves the score a fifth of the way to 1; a missed week a fifth of the way to 0, so one bad week
 * costs a little and never resets to zero. Part-way weeks count in proportion.
 */
export function habitStrength(summaries: readonly WeekSummary[], targets: WeeklyTargets): number {
  const ALPHA = 0.2;
  let score = 0;
  for (const w of summaries) {
    if (w.current && !w.good) continue;
    const need = Math.max(1, targets.strengthSessions) + Math.max(1, targets.walkingDays);
    const done = Math.min(w.strength, targets.strengthSessions) + Math.min(w.walkingDays, targets.walkingDays);
    score += ALPHA * (done / need - score);
  }
  return Math.max(0, Math.min(1, score));
}

/**
 * Good weeks in a row: the one streak every face shows (popup, toolbar badge). It looks back as far as
 * the log goes, not only over the weeks the heat map draws.
 */
export function goodWeeksInARow(days: readonly DayActivity[], targets: WeeklyTargets, today: CalendarDate, firstDay = 1): number {
  let earliest = today;
  for (const d of days) if (d.date < earliest) earliest = d.date;
  const weeks = Math.floor(daysBetween(weekStart(earliest, firstDay), today) / 7) + 1;
  return currentStreak(weekSummaries(days, targets, today, weeks, firstDay));
}
