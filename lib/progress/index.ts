import type { I18n } from '../i18n/translate';
import type { LogEntry } from '../log/entry';
import type { Units } from '../units';
import { weightTrend } from '../log/trend';
import { daysBetween, type CalendarDate } from '../streak/dates';
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

/** One point of the chart, x in days since the plan started. */
export interface ChartPoint {
  x: number;
  y: number;
}

export interface Progress {
  week: number;
  verdict: Verdict;
  /** The smoothed trend (of the weigh-ins kept), the band's edges up to today (plus two weeks ahead), and the waist. */
  chart: { trend: ChartPoint[]; weighIns: ChartPoint[]; bandHigh: ChartPoint[]; bandLow: ChartPoint[] };
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
  const x = (date: string) => daysBetween(ctx.planStart, date);
  const since = f.kept.filter((w) => w.date >= ctx.planStart);
  const trend = weightTrend(since.map((w, i) => ({ id: `w${i}`, date: w.date, kind: 'weight', value: w.kg, updated: 0 }) satisfies LogEntry));
  const horizon = Math.min(f.band.length - 1, f.day + 14);
  const firstReview = firstReviewDay(ctx.planStart);
  const band = f.band.slice(0, horizon + 1).filter((d) => d.day % 7 === 0 || d.day === horizon);
  return {
    week: f.week,
    verdict: verdict(f, units, i18n),
    chart: {
      trend: trend.map((p) => ({ x: x(p.date), y: p.trend })),
      weighIns: trend.map((p) => ({ x: x(p.date), y: p.raw })),
      bandHigh: band.map((d) => ({ x: d.day, y: d.high })),
      bandLow: band.map((d) => ({ x: d.day, y: d.low })),
    },
    nonScale: nonScale(ctx.entries, ctx.planStart, ctx.today),
    nothingLogged: !ctx.entries.some((e) => !e.deleted),
    review: ctx.today >= firstReview ? weeklyReview(ctx.entries, ctx.targets, ctx.today, streak, i18n) : null,
    firstReview,
  };
}
