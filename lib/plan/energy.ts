import { ACTIVITY_FACTOR, type PlanInput } from './input';
import { HEALTHY_BMI, weightAtBmi } from './bmi';

/** Roughly the energy in a kilogram of body weight lost, for turning a deficit into a weekly pace. */
export const KCAL_PER_KG = 7700;
/** Common intake floors below which a plan should not go without supervision. */
export const FLOOR = { female: 1200, male: 1500 } as const;
/** Target pace: the low end of 0.5-1 % of body weight a week, the easiest to keep. */
const PACE_SHARE = 0.005;
const MAX_PACE_SHARE = 0.01;
/** Protein a day per kg of the reference weight, for keeping muscle while eating a little less. */
export const PROTEIN_G_PER_KG = { low: 1.4, high: 1.8 } as const;

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
  /** Grams a day per kg of `referenceKg`: today's weight, up to the top of the healthy range for the height. */
  protein: { low: number; high: number; referenceKg: number };
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
  // Muscle, not total weight, sets the need: per kg of the whole body, 350 kg would ask for 490-630 g a day.
  const ref = Math.min(p.weightKg, Math.round(weightAtBmi(HEALTHY_BMI.high, p.heightCm)));
  return {
    bmr: Math.round(bmr),
    maintenance: round(maintenance, 10),
    target,
    deficit,
    weeklyLossKg,
    weeklyLossShare: weeklyLossKg / p.weightKg,
    floorApplied,
    floor,
    protein: { low: round(PROTEIN_G_PER_KG.low * ref, 5), high: round(PROTEIN_G_PER_KG.high * ref, 5), referenceKg: ref },
  };
}
