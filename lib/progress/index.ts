import type { I18n } from '../i18n/translate';
import type { Units } from '../units';
import type { CalendarDate } from '../streak/dates';
import { weightAxis, weightSeries, type ChartPoint } from './chart';
import { facts, type ProgressContext } from './facts';
import { nonScale, type NonScale } from './nonscale';
import { verdict, type Verdict } from './reads';
import { firstReviewDay, weeklyReview, type WeeklyReview } from './review';

export { facts, type Facts, type ProgressContext } from './facts';
export { READS, verdict, weekNote, smallChange, TOO_FAST_SHARE, FLAT_SHARE, type Read, type ReadId, type Verdict } from './reads';
export { firstReviewDay, weeklyReview, type WeeklyReview } from './review';
export { nonScale, type NonScale } from './nonscale';
export { cleanWeighIns, type WeighIn } from './weighins';
export { projectionBand, MAINTENANCE_ERROR, type BandDay } from './band';
export { weightSeries, weightAxis, MIN_AXIS_KG, type ChartPoint } from './chart';

export interface Progress {
  week: number;
  verdict: Verdict;
  /** The trend (of the weigh-ins kept), the band's edges up to today (plus two weeks ahead), and the y axis over all of them. */
  chart: { trend: ChartPoint[]; weighIns: ChartPoint[]; bandHigh: ChartPoint[]; bandLow: ChartPoint[]; axis: [number, number] };
  nonScale: NonScale;
  /** Nothing live in the log at all: the view shows what to log instead of empty figures. */
  nothingLogged: boolean;
  /** Last week's review; null until `firstReview`, while last week began before the plan. */
  review: WeeklyReview | null;
  firstReview: CalendarDate;
}

/** Everything the Progress view shows, from the log, the plan, its start date and today, in the user's units and language. */
export function progress(ctx: ProgressContext, streak: number, units: Units, i18n: I18n): Progress {
  const f = facts(ctx);
  const { weighIns, trend } = weightSeries(ctx.entries, ctx.today, ctx.planStart);
  const horizon = Math.min(f.band.length - 1, f.day + 14);
  const firstReview = firstReviewDay(ctx.planStart);
  const band = f.band.slice(0, horizon + 1).filter((d) => d.day % 7 === 0 || d.day === horizon);
  const bandHigh = band.map((d) => ({ x: d.day, y: d.high }));
  const bandLow = band.map((d) => ({ x: d.day, y: d.low }));
  const read = verdict(f, units, i18n);
  return {
    week: f.week,
    verdict: read,
    chart: { trend, weighIns, bandHigh, bandLow, axis: weightAxis([...weighIns, ...trend, ...bandHigh, ...bandLow]) },
    nonScale: nonScale(ctx.entries, ctx.planStart, ctx.today),
    nothingLogged: !ctx.entries.some((e) => !e.deleted),
    review: ctx.today >= firstReview ? weeklyReview(ctx.entries, ctx.targets, ctx.today, streak, i18n, read.tone === 'adjust' || read.change !== undefined) : null,
    firstReview,
  };
}
