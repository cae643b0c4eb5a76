import { formatNumber } from '../i18n/format';
import type { I18n, MessageKey, Words } from '../i18n/translate';
import { formatQuantity, rangeText, readQuantity, unitOf, type Refusal, type Units } from '../units';
import { goalAgainst } from './goal';

/** Planner input: what the user types, validated field by field with a plain message, never NaN. */
export type Sex = 'female' | 'male';
export type { Units } from '../units';
export type Activity = 'sedentary' | 'light' | 'moderate' | 'active';

export interface PlanInput {
  sex: Sex;
  age: number;
  /** Always stored in metric; the form converts. */
  heightCm: number;
  weightKg: number;
  activity: Activity;
  /** Strength sessions a week the user can fit in (2-5). */
  sessions: number;
  goalKg?: number;
}

/** Activity factors on resting energy (Mifflin-St Jeor), the usual published multipliers. */
export const ACTIVITY_FACTOR: Record<Activity, number> = { sedentary: 1.2, light: 1.375, moderate: 1.55, active: 1.725 };
export const ACTIVITIES = Object.keys(ACTIVITY_FACTOR) as Activity[];
const ACTIVITY_LABEL: Record<Activity, MessageKey> = {
  sedentary: 'plan.activity.sedentary',
  light: 'plan.activity.light',
  moderate: 'plan.activity.moderate',
  active: 'plan.activity.active',
};
/** What the activity choice says to the user ("Light (some walking)"). */
export const activityLabel = (a: Activity, { t }: I18n) => t(ACTIVITY_LABEL[a]);

/** The choices the planner's form offers (a stored value outside them falls back: the form could not show it). */
export const SEXES: readonly Sex[] = ['female', 'male'];
export const SESSION_CHOICES: readonly string[] = ['2', '3', '4', '5'];

export const DEFAULT_INPUT: PlanInput = { sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3 };

export type Field = 'sex' | 'age' | 'height' | 'weight' | 'activity' | 'sessions' | 'goal';
/**
 * The optional goal never blocks the plan: a goal problem comes back in `errors.goal` beside an ok plan
 * input (without the goal), so the user still sees their plan while fixing it. Errors are Words: the
 * background and the claim reader validate too and never show them.
 */
export type Validation =
  | { ok: true; value: PlanInput; errors: { goal?: Words } }
  | { ok: false; errors: Partial<Record<Field, Words>> };

/** Raw form values as strings (or anything), in the user's units. */
export type RawInput = Partial<Record<Field, unknown>>;

const AGE = [18, 90] as const;

/** Parses a whole or decimal form number ("35", "35,5"); anything else is undefined. */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(',', '.');
  return /^\d{1,4}(?:\.\d{1,2})?$/.test(s) ? Number(s) : undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function validatePlanInput(raw: RawInput, units: Units): Validation {
  const errors: Partial<Record<Field, Words>> = {};
  const sex = raw.sex === 'male' || raw.sex === 'female' ? raw.sex : undefined;
  if (!sex) errors.sex = ({ t }) => t('plan.input.sex');
  const activity = typeof raw.activity === 'string' && raw.activity in ACTIVITY_FACTOR ? (raw.activity as Activity) : undefined;
  if (!activity) errors.activity = ({ t }) => t('plan.input.activity');

  const age = parseNumber(raw.age);
  if (age === undefined) errors.age = ({ t, locale }) => t('plan.input.age', { example: formatNumber(locale, 35) });
  else if (age < AGE[0] || age > AGE[1]) errors.age = ({ t, locale }) => t('plan.input.adults', { min: formatNumber(locale, AGE[0]), max: formatNumber(locale, AGE[1]) });

  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const height = readQuantity('height', text(raw.height), units);
  if (!height.ok) errors.height = height.error;
  const weight = readQuantity('weight', text(raw.weight), units);
  if (!weight.ok) errors.weight = weight.error;

  const sessions = parseNumber(raw.sessions);
  if (sessions === undefined || !Number.isInteger(sessions) || sessions < 2 || sessions > 5) {
    errors.sessions = ({ t, locale }) => t('plan.input.sessions', { min: formatNumber(locale, 2), max: formatNumber(locale, 5) });
  }

  const goal = readGoal(text(raw.goal), units, weight.ok ? weight.metric : undefined);
  if (Object.keys(errors).length) return { ok: false, errors: goal.ok ? errors : { ...errors, goal: goal.error } };
  return {
    ok: true,
    value: {
      sex: sex!,
      age: age!,
      heightCm: round1(height.ok ? height.metric : 0),
      weightKg: round1(weight.ok ? weight.metric : 0),
      activity: activity!,
      sessions: sessions!,
      ...(goal.ok && goal.metric !== undefined ? { goalKg: round1(goal.metric) } : {}),
    },
    errors: goal.ok ? {} : { goal: goal.error },
  };
}

/**
 * The optional goal weight: empty is no goal. The planner plans fat loss, so a goal above today's weight
 * (goalAgainst, the rule the plan reads too) is refused here and the plan is made without it; what a lower
 * goal means is lib/plan/goal's job.
 */
function readGoal(raw: string, units: Units, weightKg: number | undefined): { ok: true; metric?: number } | Refusal {
  if (raw.trim() === '') return { ok: true };
  const r = readQuantity('weight', raw, units);
  if (r.ok && weightKg !== undefined && goalAgainst(r.metric, weightKg) === 'above') {
    const w = (kg: number, locale: string) => formatQuantity('weight', kg, units, 1, locale);
    return { ok: false, reason: 'range', error: ({ t, locale }) => t('plan.input.goalAbove', { goal: w(r.metric, locale), weight: w(weightKg, locale) }) };
  }
  if (r.ok || r.reason === 'decimals') return r;
  if (r.reason === 'range') return { ...r, error: ({ t, locale }) => t('plan.input.goalRange', rangeText('weight', units, locale)) };
  return { ...r, error: ({ t }) => t('plan.input.goal', { unit: unitOf('weight', units) }) };
}
