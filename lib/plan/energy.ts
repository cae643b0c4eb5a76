import { ACTIVITY_FACTOR, type PlanInput } from './input';

/** Roughly the energy in a kilogram of body weight lost, for turning a deficit into a weekly pace. */
export const KCAL_PER_KG = 7700;
/** Common intake floors below which a plan should not go without supervision. */
export const FLOOR = { female: 1200, male: 1500 } as const;
/** Target pace: the low end of 0.5-1 % of body weight a week, the easiest to keep. */
const PACE_SHARE = 0.005;
const MAX_PACE_SHARE = 0.01;

export interface EnergyPlan {
  /** Resting energy, Mifflin-St Jeor (kcal/day). */
  bmr: number;
  maintenance: number;
  target: number;
  deficit: number;
  /** Expected loss per week at the start, kg, and as a share of body weight. */
  weeklyLossKg: number;
  weeklyLossShare: number;
  /** True when the floor, not the pace, set the target. */
  floorApplied: boolean;
  floor: number;
  protein: { low: number; high: number };
}

export const mifflinStJeor = (p: Pick<PlanInput, 'sex' | 'age' | 'heightCm' | 'weightKg'>) =>
  10 * p.weightKg + 6.25 * p.heightCm - 5 * p.age + (p.sex === 'male' ? 5 : -161);

const round = (n: number, step: number) => Math.round(n / step) * step;

export function energyPlan(p: PlanInput): EnergyPlan {
  const bmr = mifflinStJeor(p);
  const maintenance = bmr * ACTIVITY_FACTOR[p.activity];
  const floor = FLOOR[p.sex];
  const wanted = (PACE_SHARE * p.weightKg * KCAL_PER_KG) / 7;
  const cap = (MAX_PACE_SHARE * p.weightKg * KCAL_PER_KG) / 7;
  const rawTarget = maintenance - Math.min(wanted, cap);
  const floorApplied = rawTarget < floor;
  const target = round(Math.max(rawTarget, floor), 10);
  const deficit = Math.max(0, round(maintenance, 10) - target);
  const weeklyLossKg = (deficit * 7) / KCAL_PER_KG;
  // Protein per kg of the goal (or current) weight: on a large body, current weight overstates the need.
  const ref = p.goalKg ?? p.weightKg;
  return {
    bmr: Math.round(bmr),
    maintenance: round(maintenance, 10),
    target,
    deficit,
    weeklyLossKg,
    weeklyLossShare: weeklyLossKg / p.weightKg,
    floorApplied,
    floor,
    protein: { low: round(1.4 * ref, 5), high: round(1.8 * ref, 5) },
  };
}
