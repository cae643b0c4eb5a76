/**
 * What the planner says, decided here so every state reads true and can be tested without a DOM.
 * Text marks numbers to stress with **double stars**; the popup renders them bold (as text, never markup).
 */
import { formatQuantity, type Units } from '../units';
import { PROJECTION_DAYS, type Plan } from './index';
import type { PlanInput } from './input';
import { isLossGoal, judgeGoal } from './goal';

/** Below this deficit (kcal/day) the scale barely moves in a year: food is not the lever, training is. */
export const MIN_USEFUL_DEFICIT = 100;
export type Outlook = 'loss' | 'no-lever' | 'maintain';

export function outlookOf(plan: Plan, input: PlanInput): Outlook {
  if (judgeGoal(input).kind === 'same') return 'maintain';
  return plan.energy.deficit < MIN_USEFUL_DEFICIT ? 'no-lever' : 'loss';
}

export interface PlanWords {
  outlook: Outlook;
  /** The "Eat" paragraph(s). */
  eat: string[];
  /** What to expect instead of a chart when no weight change is projected. */
  expect?: string;
  /** Where the goal stands against the projection. */
  goal?: string;
}

export function planWords(plan: Plan, input: PlanInput, units: Units): PlanWords {
  const e = plan.energy;
  const w = (kg: number) => formatQuantity('weight', kg, units);
  const outlook = outlookOf(plan, input);
  const protein = `Protein: **${e.protein.low}-${e.protein.high} g** a day, spread over meals.`;
  if (outlook === 'maintain') {
    return {
      outlook,
      eat: [`To keep your weight, eat around maintenance: about **${e.maintenance} kcal** a day.`, protein],
      expect: 'The scale should hold steady. Strength climbs within weeks, and your shape keeps changing as muscle grows.',
    };
  }
  if (outlook === 'no-lever') {
    const relation = e.maintenance <= e.floor ? `below the **${e.floor} kcal** floor` : `only ${e.maintenance - e.floor} kcal above the **${e.floor} kcal** floor`;
    return {
      outlook,
      eat: [
        `Maintenance is about **${e.maintenance} kcal** a day, ${relation} that eating-less plans should not go under without supervision.`,
        `So eating less is not the lever here: eat about **${Math.max(e.maintenance, e.floor)} kcal** a day, and let strength training and daily walks do the work. They build muscle and strength and change how you look and feel, even when the scale barely moves.`,
        protein,
      ],
      expect: 'No weight change is projected at this intake, so there is no weight chart. Expect strength to climb within a few weeks and clothes to fit differently over months.',
      ...(isLossGoal(input)
        ? { goal: `Eating less cannot safely take you to ${w(input.goalKg!)} from here. Judge progress by strength, energy and how clothes fit; if the number matters to you, talk it through with a doctor or dietitian.` }
        : {}),
    };
  }
  const eat = [
    `Maintenance is about **${e.maintenance} kcal** a day. Aim for about **${e.target} kcal**: a ${e.deficit} kcal deficit, roughly ${formatQuantity('weight', e.weeklyLossKg, units, 2)} a week at first (${(e.weeklyLossShare * 100).toFixed(1)} % of your weight).`,
  ];
  if (e.floorApplied) eat.push(`Your numbers hit the floor of ${e.floor} kcal, so the plan stays there and loss is slower. That is fine: slower is easier to keep.`);
  eat.push(protein);
  let goal: string | undefined;
  if (isLossGoal(input)) {
    const end = plan.projection.at(-1)!.weight;
    goal =
      plan.goalWeek !== undefined
        ? `At this pace your goal of ${w(input.goalKg!)} arrives around week ${plan.goalWeek}. Expect plateaus on the way; adjust gently and continue.`
        : `After ${Math.round(PROJECTION_DAYS / 7)} weeks this projection is at about ${w(end)}, still above your goal of ${w(input.goalKg!)}. Loss slows as you get lighter, so the rest takes longer: the same habits, kept up, or a goal to revisit.`;
  }
  return { outlook, eat, ...(goal ? { goal } : {}) };
}
