/**
 * Example logs for each read, kept beside the reads but outside the popup bundle (nothing imports this but
 * tests). A scenario describes a person's weeks in a few numbers; `scenarioContext` turns it into a log.
 */
import { newId, stamp, type LogEntry } from '../log/entry';
import { DEFAULT_INPUT, makePlan, type PlanInput } from '../plan';
import { addDays, type CalendarDate } from '../streak/dates';
import type { ProgressContext } from './facts';
import type { ReadId } from './reads';

export interface Scenario {
  name: string;
  /** Days since the plan started; today is that many days after the start. */
  days: number;
  /** Weekly loss in kg for consecutive phases; the last phase runs until today. */
  phases: { weeks: number; kgPerWeek: number }[];
  /** Weekdays with a weigh-in, 0 = the plan's first weekday. */
  weighInDays?: number[];
  /** Average nights' sleep logged every day, hours; none logged when absent. */
  sleep?: number;
  /** Walking days and strength sessions each week. */
  walkDays?: number;
  strength?: number;
  input?: PlanInput;
}

/** A day-of-week water swing, so example logs look like real scales rather than straight lines. */
const WATER = [0, 0.2, -0.1, 0.1, -0.2, 0.15, -0.05];

export function scenarioWeight(s: Scenario, day: number, startKg: number): number {
  let kg = startKg;
  let d = 0;
  s.phases.forEach((p, i) => {
    const len = i === s.phases.length - 1 ? Math.max(0, day - d) : Math.min(p.weeks * 7, Math.max(0, day - d));
    kg -= (p.kgPerWeek * len) / 7;
    d += len;
  });
  return Math.round((kg + WATER[day % 7]!) * 10) / 10;
}

/** The log a scenario describes, ending on `today`; ids come from a seeded generator so runs repeat. */
export function scenarioContext(s: Scenario, today: CalendarDate = '2026-11-25'): ProgressContext {
  const input = s.input ?? DEFAULT_INPUT;
  const plan = makePlan(input);
  const planStart = addDays(today, -s.days);
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const updated = stamp(Date.UTC(2026, 0, 1));
  const entries: LogEntry[] = [];
  const add = (date: CalendarDate, kind: LogEntry['kind'], value: number, detail?: LogEntry['detail']) =>
    entries.push({ id: newId(random), date, kind, value, ...(detail ? { detail } : {}), updated });
  const weighIns = s.weighInDays ?? [0, 2, 4, 6];
  for (let day = 0; day <= s.days; day++) {
    const date = addDays(planStart, day);
    const dow = day % 7;
    if (weighIns.includes(dow)) add(date, 'weight', scenarioWeight(s, day, input.weightKg));
    if (s.sleep !== undefined) add(date, 'sleep', s.sleep);
    if (dow < (s.walkDays ?? 5)) add(date, 'walk', 35, 'min');
    if ([0, 2, 4, 5].slice(0, s.strength ?? plan.targets.strengthSessions).includes(dow)) add(date, 'strength', 1, 'full');
  }
  return { entries, input, energy: plan.energy, targets: plan.targets, planStart, today };
}

const steady = (kgPerWeek: number) => [{ weeks: 52, kgPerWeek }];

/** Positive examples give the read; negative examples give any other read. */
export const READ_EXAMPLES: Record<ReadId, { positive: Scenario[]; negative: Scenario[] }> = {
  'not-enough-data': {
    positive: [
      { name: 'first ten days', days: 10, phases: steady(0.4) },
      { name: 'weighed once a week', days: 56, phases: steady(0.4), weighInDays: [0] },
      { name: 'weighed twice a week', days: 56, phases: steady(0.4), weighInDays: [1, 4] },
      { name: 'no weigh-ins at all', days: 70, phases: steady(0.4), weighInDays: [] },
    ],
    negative: [
      { name: 'three weeks, weighed four times a week', days: 21, phases: steady(0.35) },
      { name: 'ten weeks, weighed three times a week', days: 70, phases: steady(0.35), weighInDays: [1, 3, 5] },
    ],
  },
  'too-fast': {
    positive: [
      { name: '1.5 % a week for five weeks', days: 35, phases: steady(1.1) },
      { name: 'steady, then two crash weeks', days: 56, phases: [{ weeks: 6, kgPerWeek: 0.35 }, { weeks: 2, kgPerWeek: 1.2 }] },
    ],
    negative: [
      { name: 'fast first week only (water)', days: 28, phases: [{ weeks: 1, kgPerWeek: 1.5 }, { weeks: 3, kgPerWeek: 0.35 }] },
      { name: 'just under 1 % a week', days: 42, phases: steady(0.55) },
    ],
  },
  plateau: {
    positive: [
      { name: 'six weeks of loss, then four flat', days: 70, phases: [{ weeks: 6, kgPerWeek: 0.4 }, { weeks: 4, kgPerWeek: 0 }] },
      { name: 'flat and sleeping little', days: 49, phases: [{ weeks: 3, kgPerWeek: 0.4 }, { weeks: 4, kgPerWeek: 0 }], sleep: 6 },
      { name: 'creeping up after week five', days: 63, phases: [{ weeks: 5, kgPerWeek: 0.4 }, { weeks: 4, kgPerWeek: -0.1 }] },
    ],
    negative: [
      { name: 'flat, but still in the first month', days: 25, phases: [{ weeks: 1, kgPerWeek: 0.5 }, { weeks: 3, kgPerWeek: 0 }] },
      { name: 'flat for only the last ten days', days: 56, phases: [{ weeks: 46 / 7, kgPerWeek: 0.4 }, { weeks: 2, kgPerWeek: 0 }] },
      { name: 'slow but steady', days: 70, phases: steady(0.2) },
    ],
  },
  'on-track': {
    positive: [
      { name: 'week 7 at the plan pace', days: 45, phases: steady(0.35) },
      { name: 'week 10 a little slow', days: 70, phases: steady(0.25) },
    ],
    negative: [
      { name: 'week 10 barely moving', days: 70, phases: steady(0.15) },
      { name: 'week 10 quick', days: 70, phases: steady(0.55) },
    ],
  },
  slower: {
    positive: [{ name: 'week 10 barely moving', days: 70, phases: steady(0.15) }],
    negative: [{ name: 'week 7 at the plan pace', days: 45, phases: steady(0.35) }],
  },
  ahead: {
    positive: [{ name: 'week 10 quick but under 1 %', days: 70, phases: steady(0.55) }],
    negative: [{ name: 'week 10 at the plan pace', days: 70, phases: steady(0.35) }],
  },
};
