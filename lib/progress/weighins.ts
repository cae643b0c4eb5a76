import type { LogEntry } from '../log/entry';
import { daysBetween, type CalendarDate } from '../streak/dates';
import { median, medianSlope } from '../median';

export interface WeighIn {
  date: CalendarDate;
  kg: number;
}

/** Days either side a weigh-in is checked against, and how far from its neighbours it may sit. */
const NEIGHBOUR_DAYS = 10;
const MIN_NEIGHBOURS = 3;
const SLIP_KG = 2;
const SLIP_SHARE = 0.025;

/**
 * Live weigh-ins up to `today`, oldest first, with likely slips set aside: a reading far from the median of
 * its neighbours (a typo, the scale on a rug, a big salty dinner) says nothing about fat, and one reading
 * must never turn a read around.
 */
export function cleanWeighIns(entries: readonly LogEntry[], today: CalendarDate): { kept: WeighIn[]; setAside: number } {
  const all = entries
    .filter((e) => e.kind === 'weight' && !e.deleted && e.date <= today)
    .map((e) => ({ date: e.date, kg: e.value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const kept = all.filter((w, i) => {
    const near = all.filter((o, j) => j !== i && Math.abs(daysBetween(o.date, w.date)) <= NEIGHBOUR_DAYS).map((o) => o.kg);
    if (near.length < MIN_NEIGHBOURS) return true;
    const m = median(near);
    return Math.abs(w.kg - m) <= Math.max(SLIP_KG, SLIP_SHARE * m);
  });
  return { kept, setAside: all.length - kept.length };
}

/** Weigh-ins in the `days` days ending `today`. */
export const within = (w: readonly WeighIn[], today: CalendarDate, days: number) =>
  w.filter((x) => daysBetween(x.date, today) >= 0 && daysBetween(x.date, today) < days);

/** Whether every week of the `days` days ending `today` has at least `perWeek` weigh-ins. */
export function everyWeekHas(w: readonly WeighIn[], today: CalendarDate, days: number, perWeek: number): boolean {
  const ago = within(w, today, days).map((p) => daysBetween(p.date, today));
  for (let k = 0; k < Math.ceil(days / 7); k++) if (ago.filter((d) => Math.floor(d / 7) === k).length < perWeek) return false;
  return true;
}

/**
 * A line through the weigh-ins of the last `days` days (Theil-Sen, medianSlope), as kg per week and the line's level today. Null unless every
 * week of the window has at least `perWeek` weigh-ins, so gaps give no line rather than a wrong one.
 */
export function lineOver(w: readonly WeighIn[], today: CalendarDate, days: number, perWeek = 3): { kgPerWeek: number; level: number; count: number } | null {
  if (!everyWeekHas(w, today, days, perWeek)) return null;
  const pts = within(w, today, days).map((p) => ({ x: -daysBetween(p.date, today), y: p.kg }));
  const perDay = medianSlope(pts);
  if (Number.isNaN(perDay)) return null;
  return { kgPerWeek: perDay * 7, level: median(pts.map((p) => p.y - perDay * p.x)), count: pts.length };
}

