/** What a goal weight means for this person: above, the same, under a healthy BMI, or fine. */
import { formatQuantity, type Units } from '../units';
import type { PlanInput } from './input';

/** The low end of the healthy BMI range. */
export const HEALTHY_BMI = 18.5;

export type GoalVerdict =
  | { kind: 'none' }
  | { kind: 'above' }
  | { kind: 'same' }
  | { kind: 'low-bmi'; bmi: number; healthyFromKg: number }
  | { kind: 'fine' };

const bmiOf = (kg: number, cm: number) => kg / (cm / 100) ** 2;
/** Goals and weights compare at the 0.1 kg the planner keeps. */
const same = (a: number, b: number) => Math.abs(a - b) < 0.05;

export function judgeGoal(input: PlanInput): GoalVerdict {
  const g = input.goalKg;
  if (g === undefined) return { kind: 'none' };
  if (same(g, input.weightKg)) return { kind: 'same' };
  if (g > input.weightKg) return { kind: 'above' };
  const bmi = bmiOf(g, input.heightCm);
  if (bmi < HEALTHY_BMI) return { kind: 'low-bmi', bmi, healthyFromKg: HEALTHY_BMI * (input.heightCm / 100) ** 2 };
  return { kind: 'fine' };
}

/** A goal the plan should walk toward: below today's weight. */
export const isLossGoal = (input: PlanInput) => input.goalKg !== undefined && !same(input.goalKg, input.weightKg) && input.goalKg < input.weightKg;

/** A note beside the goal field, or nothing when the goal needs no comment. */
export function goalNote(input: PlanInput, units: Units): string | undefined {
  const v = judgeGoal(input);
  const w = (kg: number) => formatQuantity('weight', kg, units);
  switch (v.kind) {
    case 'above':
      return `That is above your weight today (${w(input.weightKg)}), so it is not a fat-loss goal: leave it empty, or enter a lower weight.`;
    case 'same':
      return 'That is your weight today, so the plan below is for keeping it while you get stronger.';
    case 'low-bmi':
      return `${w(input.goalKg!)} would be a BMI of ${v.bmi.toFixed(1)} at your height, under the healthy range, which starts around ${w(v.healthyFromKg)}. Is that the number you mean? A doctor or dietitian can help you choose a safe goal.`;
    default:
      return undefined;
  }
}

