import type { LogEntry } from '../log/entry';
import { weightTrend } from '../log/trend';
import { daysBetween, type CalendarDate } from '../streak/dates';
import { cleanWeighIns } from './weighins';

/** One point of a chart, x in days since the chart's first day. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** The least height of a weight chart's axis, kg: a wobble of a few hundred grams is drawn as the small thing it is. */
export const MIN_AXIS_KG = 2;

/**
 * The weigh-ins and their trend as every weight chart draws them: slips set aside (as the reads set them
 * aside), the trend run over all kept weigh-ins so a day's trend is the same wherever it shows, and the
 * points from `from` (default: the first weigh-in) on, x in days since `from`.
 */
export function weightSeries(entries: readonly LogEntry[], today: CalendarDate, from?: CalendarDate): { from: CalendarDate; weighIns: ChartPoint[]; trend: ChartPoint[] } {
  const { kept } = cleanWeighIns(entries, today);
  const start = from ?? kept[0]?.date ?? today;
  const run = weightTrend(kept.map((w, i) => ({ id: `w${i}`, date: w.date, kind: 'weight', value: w.kg, updated: 0 }) satisfies LogEntry)).filter((p) => p.date >= start);
  const x = (date: CalendarDate) => daysBetween(start, date);
  return { from: start, weighIns: run.map((p) => ({ x: x(p.date), y: p.raw })), trend: run.map((p) => ({ x: x(p.date), y: p.trend })) };
}

/** The y axis of a weight chart: every weight it draws, and at least MIN_AXIS_KG tall around their middle. */
export function weightAxis(points: readonly ChartPoint[]): [number, number] {
  const ys = points.map((p) => p.y);
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  const grow = Math.max(0, MIN_AXIS_KG - (hi - lo)) / 2;
  return [lo - grow, hi + grow];
}
