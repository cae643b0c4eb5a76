import { ACTIVITY_FACTOR, type PlanInput } from '../plan/input';
import { projectWeight } from '../plan/projection';

/**
 * How far off a predicted maintenance can be for one person (Mifflin-St Jeor is within about 10 % for most
 * adults), so the plan's deficit really lies somewhere in deficit ± this share of maintenance.
 */
export const MAINTENANCE_ERROR = 0.1;

export interface BandDay {
  day: number;
  /** Weights the model expects on this day for the slow and fast ends of the range, and the middle. */
  high: number;
  mid: number;
  low: number;
}

/**
 * The plan's Hall projection as a band, anchored on `startKg` (the scale's level when the plan started),
 * not on the weight typed into the planner: the model's changes are what carry over.
 */
export function projectionBand(input: PlanInput, deficit: number, maintenance: number, days: number, startKg = input.weightKg): BandDay[] {
  const person = { sex: input.sex, ageYears: input.age, heightM: input.heightCm / 100, weightKg: input.weightKg, pal: ACTIVITY_FACTOR[input.activity] };
  const spread = MAINTENANCE_ERROR * maintenance;
  const run = (change: number) => projectWeight(person, change, days).map((d) => d.weight - input.weightKg + startKg);
  const mid = run(-deficit);
  const slow = run(-Math.max(0, deficit - spread));
  const fast = run(-(deficit + spread));
  return mid.map((m, day) => ({ day, mid: m, high: slow[day]!, low: fast[day]! }));
}
