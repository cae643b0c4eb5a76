import fc from 'fast-check';
import { expect, test } from 'vitest';
import { energyPlan, makePlan, validatePlanInput, type PlanInput } from '../../lib/plan';
import { goalNote, isLossGoal, judgeGoal } from '../../lib/plan/goal';
import { planWords } from '../../lib/plan/words';
import { plain } from '../claim-numbers/plain';
import { uiFor } from '../i18n/catalog';

const en = uiFor('en');
const base: PlanInput = { sex: 'male', age: 40, heightCm: 180, weightKg: 80, activity: 'light', sessions: 3 };
const proteinWords = (input: PlanInput) => plain(planWords(makePlan(input), input, 'metric', en).eat.at(-1));

test('protein follows a reference weight for the height, not the whole body: 350 kg at 180 cm is not 490-630 g a day', () => {
  // The top of the healthy BMI range at 180 cm: 25 x 1.8² = 81 kg.
  expect(energyPlan({ ...base, weightKg: 350 }).protein).toEqual({ low: 115, high: 145, referenceKg: 81 });
  expect(energyPlan({ ...base, weightKg: 150 }).protein).toEqual({ low: 115, high: 145, referenceKg: 81 });
  // Up to that weight, the weight itself.
  expect(energyPlan({ ...base, weightKg: 70 }).protein).toEqual({ low: 100, high: 125, referenceKg: 70 });
  // A goal never raises it (a goal above today's weight is not a fat-loss goal).
  expect(energyPlan({ ...base, weightKg: 70, goalKg: 90 }).protein.high).toBe(125);
});

test('the protein line says what it is based on', () => {
  expect(proteinWords({ ...base, weightKg: 350 })).toBe(
    'Protein: **115-145 g** a day, spread over meals: 1.4-1.8 g per kg of 81 kg, the top of the healthy weight range for your height (muscle, not total weight, sets the need).',
  );
  expect(proteinWords({ ...base, weightKg: 70 })).toBe('Protein: **100-125 g** a day, spread over meals: 1.4-1.8 g per kg of your weight.');
});

test('a goal above today’s weight is refused at the field, clearly, and the plan is made without it', () => {
  const raw = { sex: 'female', age: '35', height: '165', weight: '72', activity: 'light', sessions: '3', goal: '80' };
  const v = validatePlanInput(raw, 'metric');
  expect(v.ok && v.value.goalKg).toBeUndefined();
  expect(plain(v.errors.goal?.(en))).toBe('80 kg is above your weight today (72 kg). This planner is for losing fat: enter a goal below 72 kg, or leave it empty.');
  expect(validatePlanInput(raw, 'imperial').errors.goal?.(en)).toMatch(/^80\slb is above your weight today \(72\slb\)/);
  expect(validatePlanInput({ ...raw, goal: '72' }, 'metric').errors.goal).toBeUndefined();
  expect(validatePlanInput({ ...raw, goal: '68' }, 'metric').errors.goal).toBeUndefined();
  expect(goalNote({ ...base, weightKg: 70, goalKg: 90 }, 'metric', en)).toBeUndefined();
});

test('one rule says a goal is above today\'s weight: the field refuses exactly the goals the plan reads as above', () => {
  // Both compare at the 0.1 kg the planner keeps and shows: 72.04 kg against 71.96 reads "72.0" twice, the same weight.
  const kg = fc.integer({ min: 6000, max: 9000 }).map((n) => n / 100);
  fc.assert(
    fc.property(kg, kg, (weight, goal) => {
      const raw = { sex: 'male', age: '40', height: '180', weight: String(weight), activity: 'light', sessions: '3', goal: String(goal) };
      const refused = validatePlanInput(raw, 'metric').errors.goal !== undefined;
      const input = { ...base, weightKg: weight, goalKg: goal };
      expect(judgeGoal(input).kind === 'above').toBe(refused);
      expect(isLossGoal(input)).toBe(!refused && judgeGoal(input).kind !== 'same');
    }),
    { examples: [[71.96, 72.04]] },
  );
  expect(judgeGoal({ ...base, weightKg: 71.96, goalKg: 72.04 }).kind).toBe('same');
});
