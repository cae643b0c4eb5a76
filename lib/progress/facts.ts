import type { LogEntry } from '../log/entry';
import type { EnergyPlan } from '../plan/energy';
import type { PlanInput } from '../plan/input';
import { addDays, daysBetween, weekStart, type CalendarDate, type WeeklyTargets } from '../streak';
import { projectionBand, type BandDay } from './band';
import { cleanWeighIns, lineOver, median, within, type WeighIn } from './weighins';

/** Everything a read needs, passed in: the user's calendar dates and "today", never the clock. */
export interface ProgressContext {
  entries: readonly LogEntry[];
  input: PlanInput;
  energy: Pick<EnergyPlan, 'target' | 'floor' | 'deficit' | 'maintenance'>;
  targets: WeeklyTargets;
  planStart: CalendarDate;
  today: CalendarDate;
}

type Line = NonNullable<ReturnType<typeof lineOver>>;

/** What the reads look at, worked out once. */
export interface Facts {
  ctx: ProgressContext;
  /** Days since the plan started (0 on the first day) and the plan week (1 in the first week). */
  day: number;
  week: number;
  kept: WeighIn[];
  setAside: number;
  /** Weigh-ins in the last 14 days. */
  recent: number;
  line14: Line | null;
  line21: Line | null;
  /** The trend's level today. */
  levelKg: number | null;
  /** Body weight for the percentage rules: the trend, or the plan's weight before there is one. */
  bodyKg: number;
  band: BandDay[];
  sleepAvg14: number | null;
  walkDaysLastWeek: number;
}

/** The band runs this many days past the plan's start (a year, like the planner's projection). */
const BAND_DAYS = 364;

export function facts(ctx: ProgressContext): Facts {
  const day = Math.max(0, daysBetween(ctx.planStart, ctx.today));
  const { kept, setAside } = cleanWeighIns(ctx.entries, ctx.today);
  const line14 = lineOver(kept, ctx.today, 14);
  const line21 = lineOver(kept, ctx.today, 21);
  // From the third week on, the level comes from the three-week line only, so a gap gives no level rather than a shorter, noisier one.
  const levelKg = (day >= 21 ? line21 : line14)?.level ?? null;
  const firstWeek = kept.filter((w) => w.date >= ctx.planStart && daysBetween(ctx.planStart, w.date) < 7).map((w) => w.kg);
  const startKg = firstWeek.length ? median(firstWeek) : ctx.input.weightKg;
  const live = ctx.entries.filter((e) => !e.deleted && e.date <= ctx.today);
  const sleeps = live.filter((e) => e.kind === 'sleep' && daysBetween(e.date, ctx.today) < 14).map((e) => e.value);
  const lastWeek = addDays(weekStart(ctx.today), -7);
  const walkDays = new Set(live.filter((e) => e.kind === 'walk' && e.date >= lastWeek && daysBetween(lastWeek, e.date) < 7).map((e) => e.date));
  return {
    ctx,
    day,
    week: Math.floor(day / 7) + 1,
    kept,
    setAside,
    recent: within(kept, ctx.today, 14).length,
    line14,
    line21,
    levelKg,
    bodyKg: levelKg ?? ctx.input.weightKg,
    band: projectionBand(ctx.input, ctx.energy.deficit, ctx.energy.maintenance, BAND_DAYS, startKg),
    sleepAvg14: sleeps.length ? sleeps.reduce((a, b) => a + b, 0) / sleeps.length : null,
    walkDaysLastWeek: walkDays.size,
  };
}
