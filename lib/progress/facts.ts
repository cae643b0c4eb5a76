import type { LogEntry } from '../log/entry';
import type { EnergyPlan } from '../plan/energy';
import type { PlanInput } from '../plan/input';
import { addDays, daysBetween, weekStart, type CalendarDate, type WeeklyTargets } from '../streak';
import { projectionBand, type BandDay } from './band';
import { cleanWeighIns, everyWeekHas, lineOver, within, type WeighIn } from './weighins';

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
  /** Every week the band's start and the level rest on has a weigh-in on most days (a close call needs that). */
  fullWeeks: boolean;
  /** Body weight for the percentage rules: the trend, or the plan's weight before there is one. */
  bodyKg: number;
  band: BandDay[];
  sleepAvg14: number | null;
  walkDaysLastWeek: number;
}

/** The band runs this many days past the plan's start (a year, like the planner's projection). */
const BAND_DAYS = 364;
/** Days from the plan's start whose weigh-ins place the band's start. */
const START_DAYS = 21;
/** Weigh-ins a week that make a week full (the popup asks for 3-4 mornings). */
const FULL_WEEK = 4;

export function facts(ctx: ProgressContext): Facts {
  const day = Math.max(0, daysBetween(ctx.planStart, ctx.today));
  const { kept, setAside } = cleanWeighIns(ctx.entries, ctx.today);
  const line14 = lineOver(kept, ctx.today, 14);
  const line21 = lineOver(kept, ctx.today, 21);
  // From the third week on, the level comes from the three-week line only, so a gap gives no level rather than a shorter, noisier one.
  const levelDays = day >= 21 ? 21 : 14;
  const levelKg = (levelDays === 21 ? line21 : line14)?.level ?? null;
  // The band starts where the line through the first three weeks' weigh-ins stood on day 0: one weigh-in
  // or a first-week median moves with every day left out, a line through a dozen readings barely does.
  const startEnd = addDays(ctx.planStart, START_DAYS - 1);
  const first = lineOver(kept, startEnd, START_DAYS, 0);
  const startKg = first ? first.level - (first.kgPerWeek / 7) * (START_DAYS - 1) : ctx.input.weightKg;
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
    fullWeeks: everyWeekHas(kept, startEnd, START_DAYS, FULL_WEEK) && everyWeekHas(kept, ctx.today, levelDays, FULL_WEEK),
    bodyKg: levelKg ?? ctx.input.weightKg,
    band: projectionBand(ctx.input, ctx.energy.deficit, ctx.energy.maintenance, BAND_DAYS, startKg),
    sleepAvg14: sleeps.length ? sleeps.reduce((a, b) => a + b, 0) / sleeps.length : null,
    walkDaysLastWeek: walkDays.size,
  };
}
