import { makePlan, validatePlanInput, type Units } from '../plan';
import type { ReaderNumbers } from './explain';

/** The reader's numbers from the popup planner's raw form values, or undefined when they do not validate. */
export function readerFromPlanner(raw: Record<string, string>, units: Units): ReaderNumbers | undefined {
  const input = validatePlanInput(raw, units);
  if (!input.ok) return undefined;
  const plan = makePlan(input.value);
  return {
    sex: input.value.sex,
    weightKg: input.value.weightKg,
    units,
    maintenance: plan.energy.maintenance,
    target: plan.energy.target,
    fatKg: plan.projection[0]!.fat,
    projection: plan.projection,
  };
}
