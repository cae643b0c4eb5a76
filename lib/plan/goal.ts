/** What a goal weight means for this person: above, the same, under a healthy BMI, or fine. */
import { formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { formatQuantity, type Units } from '../units';
import { bmiOf, HEALTHY_BMI, weightAtBmi } from './bmi';
import type { PlanInput } from './input';

export type GoalVerdict =
  | { kind: 'none' }
  | { kind: 'above' }
  | { kind: 'same' }
  | { kind: 'low-bmi'; bmi: number; healthyFromKg: number }
  | { kind: 'fine' };

/**
 * Where a goal stands against today's weight, compared at the 0.1 kg the planner keeps and shows: the one rule
 * for the goal field (which refuses 'above', lib/plan/input.ts), the plan's verdict and the goal it walks toward.
 */
export function goalAgainst(goalKg: number, weightKg: number): 'above' | 'same' | 'below' {
  const tenths = Math.round(goalKg * 10) - Math.round(weightKg * 10);
  return tenths > 0 ? 'above' : tenths < 0 ? 'below' : 'same';
}

export function judgeGoal(input: PlanInput): GoalVerdict {
  const g = input.goalKg;
  if (g === undefined) return { kind: 'none' };
  const side = goalAgainst(g, input.weightKg);
  if (side !== 'below') return { kind: side };
  const bmi = bmiOf(g, input.heightCm);
  if (bmi < HEALTHY_BMI.low) return { kind: 'low-bmi', bmi, healthyFromKg: weightAtBmi(HEALTHY_BMI.low, input.heightCm) };
  return { kind: 'fine' };
}

/** A goal the plan should walk toward: below today's weight. */
export const isLossGoal = (input: PlanInput) => input.goalKg !== undefined && goalAgainst(input.goalKg, input.weightKg) === 'below';

/** A note beside the goal field, or nothing when the goal needs no comment (one above today's weight is refused by validatePlanInput). */
export function goalNote(input: PlanInput, units: Units, i18n: I18n): string | undefined {
  const v = judgeGoal(input);
  const { t, locale } = i18n;
  const w = (kg: number) => formatQuantity('weight', kg, units, 1, locale);
  switch (v.kind) {
    case 'same':
      return t('plan.goalNote.same');
    case 'low-bmi':
      return t('plan.goalNote.lowBmi', { goal: w(input.goalKg!), bmi: formatNumber(locale, v.bmi, 1, 1), healthy: w(v.healthyFromKg) });
    default:
      return undefined;
  }
}
