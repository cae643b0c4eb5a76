import { daysBetween } from '../streak/dates';
import { medianSlope } from '../median';
import type { LogEntry } from './entry';

/** Days of weigh-ins, ending at each one, that the trend's slope is read from. */
const SLOPE_DAYS = 14;

/**
 * Weight trend: an exponential moving average over weigh-ins, so one day's water and salt do not swing
 * the picture, with the old average carried along the weight's slope (Theil-Sen over the last SLOPE_DAYS days,
 * the line the progress read states) to each new weigh-in before it is blended in. A plain average lags a steady change by about 9.6 days at a 7-day
 * half-life: 0.9 kg above a series falling 0.7 kg a week. Gaps weaken the old average in proportion to the
 * days passed.
 */
export function weightTrend(entries: readonly LogEntry[], halfLifeDays = 7): { date: string; raw: number; trend: number }[] {
  const weighIns = entries.filter((e) => e.kind === 'weight' && !e.deleted).sort((a, b) => (a.date < b.date ? -1 : 1));
  const out: { date: string; raw: number; trend: number }[] = [];
  let from = 0;
  for (const [i, e] of weighIns.entries()) {
    while (daysBetween(weighIns[from]!.date, e.date) >= SLOPE_DAYS) from++;
    const prev = out.at(-1);
    if (!prev) {
      out.push({ date: e.date, raw: e.value, trend: e.value });
      continue;
    }
    const days = Math.max(0, daysBetween(prev.date, e.date));
    // No slope before a second day of weigh-ins (NaN): the first ones are only blended.
    const slope = medianSlope(weighIns.slice(from, i + 1).map((w) => ({ x: -daysBetween(w.date, e.date), y: w.value }))) || 0;
    const keep = Math.pow(0.5, days / halfLifeDays);
    out.push({ date: e.date, raw: e.value, trend: keep * (prev.trend + slope * days) + (1 - keep) * e.value });
  }
  return out;
}
