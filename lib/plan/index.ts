import { energyPlan, type EnergyPlan } from './energy';
import { ACTIVITY_FACTOR, type PlanInput } from './input';
import { projectWeight, type ProjectionDay } from './projection';
import { trainingWeek } from './week';
import { isLossGoal } from './goal';

export * from './input';
export { kgToLb, lbToKg, cmToIn, inToCm } from '../units';
export { energyPlan, mifflinStJeor, FLOOR, KCAL_PER_KG, type EnergyPlan } from './energy';
export { projectWeight, baselineIntake, type ProjectionDay, type ProjectionPerson } from './projection';
export { trainingWeek, weekWords, type Session } from './week';

export interface Plan {
  energy: EnergyPlan;
  week: ReturnType<typeof trainingWeek>;
  walking: { minutes: number; steps: number; days: number };
  sleepHours: { low: number; high: number };
  /** Weekly targets the streak uses to decide whether a week counted. */
  targets: WeeklyTargets;
  projection: ProjectionDay[];
  /** Projected week the goal is reached, if a goal was set and is reached within the projection. */
  goalWeek?: number;
}

export interface WeeklyTargets {
  strengthSessions: number;
  walkingDays: number;
}

export const PROJECTION_DAYS = 364;
/** Walking days a week that count toward a good week. */
const WALKING_DAYS = 5;

/** What a good week asks of this person: their strength sessions and walks on most days. */
export function weeklyTargets(input: Pick<PlanInput, 'sessions'>): WeeklyTargets {
  return { strengthSessions: trainingWeek(input.sessions).sessions.length, walkingDays: WALKING_DAYS };
}

export function makePlan(input: PlanInput): Plan {
  const energy = energyPlan(input);
  const week = trainingWeek(input.sessions);
  const projection = projectWeight(
    {
      sex: input.sex,
      ageYears: input.age,
      heightM: input.heightCm / 100,
      weightKg: input.weightKg,
      pal: ACTIVITY_FACTOR[input.activity],
    },
    -energy.deficit,
    PROJECTION_DAYS,
  );
  // Only a goal below today's weight is walked toward (day 0 would "reach" any goal at or above it).
  const goalDay = isLossGoal(input) ? projection.find((d) => d.weight <= input.goalKg!)?.day : undefined;
  return {
    energy,
    week,
    walking: { minutes: 35, steps: 8000, days: WALKING_DAYS },
    sleepHours: { low: 7, high: 9 },
    targets: weeklyTargets(input),
    projection,
    ...(goalDay === undefined ? {} : { goalWeek: Math.ceil(goalDay / 7) }),
  };
}
