/**
 * What the planner says, decided here so every state reads true and can be tested without a DOM.
 * Text marks numbers to stress with **double stars**; the popup renders them bold (as text, never markup).
 */
import { formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { formatQuantity, type Units } from '../units';
import { PROJECTION_DAYS, type Plan } from './index';
import { PROTEIN_G_PER_KG } from './energy';
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

export function planWords(plan: Plan, input: PlanInput, units: Units, i18n: I18n): PlanWords {
  const e = plan.energy;
  const { t, locale } = i18n;
  const w = (kg: number) => formatQuantity('weight', kg, units, 1, locale);
  const kcal = (n: number) => formatNumber(locale, n, 0);
  const outlook = outlookOf(plan, input);
  const { low, high, referenceKg } = e.protein;
  const grams = { low, high, perKgLow: formatNumber(locale, PROTEIN_G_PER_KG.low, 1), perKgHigh: formatNumber(locale, PROTEIN_G_PER_KG.high, 1) };
  const protein =
    referenceKg < input.weightKg
      ? t('plan.protein.reference', { ...grams, reference: formatQuantity('weight', referenceKg, units, 0, locale) })
      : t('plan.protein.weight', grams);
  if (outlook === 'maintain') {
    return { outlook, eat: [t('plan.maintain.eat', { kcal: kcal(e.maintenance) }), protein], expect: t('plan.maintain.expect') };
  }
  if (outlook === 'no-lever') {
    const floor = { maintenance: kcal(e.maintenance), floor: kcal(e.floor) };
    return {
      outlook,
      eat: [
        e.maintenance <= e.floor ? t('plan.noLever.belowFloor', floor) : t('plan.noLever.nearFloor', { ...floor, gap: kcal(e.maintenance - e.floor) }),
        t('plan.noLever.lever', { kcal: kcal(Math.max(e.maintenance, e.floor)) }),
        protein,
      ],
      expect: t('plan.noLever.expect'),
      ...(isLossGoal(input) ? { goal: t('plan.noLever.goal', { goal: w(input.goalKg!) }) } : {}),
    };
  }
  const eat = [
    t('plan.loss.eat', {
      maintenance: kcal(e.maintenance),
      target: kcal(e.target),
      deficit: kcal(e.deficit),
      weekly: formatQuantity('weight', e.weeklyLossKg, units, 2, locale),
      share: formatNumber(locale, e.weeklyLossShare * 100, 1, 1),
    }),
  ];
  if (e.floorApplied) eat.push(t('plan.loss.floor', { floor: kcal(e.floor) }));
  eat.push(protein);
  let goal: string | undefined;
  if (isLossGoal(input)) {
    const end = plan.projection.at(-1)!.weight;
    goal =
      plan.goalWeek !== undefined
        ? t('plan.loss.goalWeek', { goal: w(input.goalKg!), week: plan.goalWeek })
        : t('plan.loss.goalBeyond', { weeks: Math.round(PROJECTION_DAYS / 7), end: w(end), goal: w(input.goalKg!) });
  }
  return { outlook, eat, ...(goal ? { goal } : {}) };
}
