import { daysBetween } from '../streak/dates';
import type { LogEntry } from './entry';
import { median } from '../median';

/** Days of weigh-ins, ending at each one, that the trend's slope is read from. */
const SLOPE_DAYS = 14;

/**
 * Slope per day of points (x in days): the repeated median (each point's median slope to the others, then
 * the median of those), so one odd reading among four or more does not tilt it; 0 with fewer than two days.
 */
function slopeOf(points: readonly { x: number; y: number }[]): number {
  const each = points.flatMap((p) => {
    const s = points.filter((q) => q.x !== p.x).map((q) => (q.y - p.y) / (q.x - p.x));
    return s.length ? [median(s)] : [];
  });
  return each.length ? median(each) : 0;
}

/**
 * Weight trend: an exponential moving average over weigh-ins, so one day's water and salt do not swing
 * the picture, with the old average carried along the weight's slope (of the last SLOPE_DAYS days) to each
 * new weigh-in before it is blended in. A plain average lags a steady change by about 9.6 days at a 7-day
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
    const slope = slopeOf(weighIns.slice(from, i + 1).map((w) => ({ x: -daysBetween(w.date, e.date), y: w.value })));
    const keep = Math.pow(0.5, days / halfLifeDays);
    out.push({ date: e.date, raw: e.value, trend: keep * (prev.trend + slope * days) + (1 - keep) * e.value });
  }
  return out;
}
