import { daysBetween } from '../streak/dates';
import type { LogEntry } from './entry';

/**
 * Weight trend: an exponential moving average over weigh-ins, so one day's water and salt do not swing
 * the picture. Gaps between weigh-ins weaken the old average in proportion to the days passed.
 */
export function weightTrend(entries: readonly LogEntry[], halfLifeDays = 7): { date: string; raw: number; trend: number }[] {
  const weighIns = entries.filter((e) => e.kind === 'weight' && !e.deleted).sort((a, b) => (a.date < b.date ? -1 : 1));
  const out: { date: string; raw: number; trend: number }[] = [];
  for (const e of weighIns) {
    const prev = out.at(-1);
    if (!prev) {
      out.push({ date: e.date, raw: e.value, trend: e.value });
      continue;
    }
    const keep = Math.pow(0.5, Math.max(0, daysBetween(prev.date, e.date)) / halfLifeDays);
    out.push({ date: e.date, raw: e.value, trend: keep * prev.trend + (1 - keep) * e.value });
  }
  return out;
}
