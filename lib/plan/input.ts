/** Planner input: what the user types, validated field by field with a plain message, never NaN. */
export type Sex = 'female' | 'male';
export type Units = 'metric' | 'imperial';
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
export const ACTIVITY_LABEL: Record<Activity, string> = {
  sedentary: 'Mostly sitting',
  light: 'Light (some walking)',
  moderate: 'Moderate (on my feet a lot)',
  active: 'Very active (physical job)',
};

export const DEFAULT_INPUT: PlanInput = { sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3 };

const KG_PER_LB = 0.45359237;
const CM_PER_IN = 2.54;
export const kgToLb = (kg: number) => kg / KG_PER_LB;
export const lbToKg = (lb: number) => lb * KG_PER_LB;
export const cmToIn = (cm: number) => cm / CM_PER_IN;
export const inToCm = (inch: number) => inch * CM_PER_IN;

export type Field = 'sex' | 'age' | 'height' | 'weight' | 'activity' | 'sessions' | 'goal';
export type Validation = { ok: true; value: PlanInput } | { ok: false; errors: Partial<Record<Field, string>> };

/** Raw form values as strings (or anything), in the user's units. */
export type RawInput = Partial<Record<Field, unknown>>;

const LIMITS = {
  age: [18, 90],
  heightCm: [120, 230],
  weightKg: [35, 300],
} as const;

/** Parses a form number: accepts "72", "72.5", "72,5"; anything else is undefined. */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim().replace(',', '.');
  if (!/^\d{1,4}(?:\.\d{1,2})?$/.test(s)) return undefined;
  return Number(s);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function validatePlanInput(raw: RawInput, units: Units): Validation {
  const errors: Partial<Record<Field, string>> = {};
  const imperial = units === 'imperial';
  const sex = raw.sex === 'male' || raw.sex === 'female' ? raw.sex : undefined;
  if (!sex) errors.sex = 'Choose one: it changes the energy estimate.';
  const activity = typeof raw.activity === 'string' && raw.activity in ACTIVITY_FACTOR ? (raw.activity as Activity) : undefined;
  if (!activity) errors.activity = 'Choose how active your days are.';

  const age = parseNumber(raw.age);
  if (age === undefined) errors.age = 'Enter your age in years, e.g. 35.';
  else if (age < LIMITS.age[0] || age > LIMITS.age[1]) errors.age = 'This planner is for adults aged 18 to 90.';

  const h = parseNumber(raw.height);
  const heightCm = h === undefined ? undefined : imperial ? inToCm(h) : h;
  const [hMin, hMax] = LIMITS.heightCm;
  const heightRange = imperial ? `${Math.ceil(cmToIn(hMin))}-${Math.floor(cmToIn(hMax))} in` : `${hMin}-${hMax} cm`;
  if (heightCm === undefined) errors.height = `Enter your height in ${imperial ? 'inches, e.g. 65' : 'centimetres, e.g. 165'}.`;
  else if (heightCm < hMin || heightCm > hMax) errors.height = `Height must be between ${heightRange}.`;

  const [wMin, wMax] = LIMITS.weightKg;
  const weightRange = imperial ? `${Math.ceil(kgToLb(wMin))}-${Math.floor(kgToLb(wMax))} lb` : `${wMin}-${wMax} kg`;
  const w = parseNumber(raw.weight);
  const weightKg = w === undefined ? undefined : imperial ? lbToKg(w) : w;
  if (weightKg === undefined) errors.weight = `Enter your weight in ${imperial ? 'pounds' : 'kilograms'}.`;
  else if (weightKg < wMin || weightKg > wMax) errors.weight = `Weight must be between ${weightRange}.`;

  const sessions = parseNumber(raw.sessions);
  if (sessions === undefined || !Number.isInteger(sessions) || sessions < 2 || sessions > 5) {
    errors.sessions = 'Pick 2 to 5 sessions a week.';
  }

  let goalKg: number | undefined;
  if (raw.goal !== undefined && raw.goal !== '' && raw.goal !== null) {
    const g = parseNumber(raw.goal);
    goalKg = g === undefined ? undefined : imperial ? lbToKg(g) : g;
    if (goalKg === undefined) errors.goal = 'Leave empty, or enter a number.';
    else if (goalKg < wMin || goalKg > wMax) errors.goal = `Goal must be between ${weightRange}.`;
    else if (weightKg !== undefined && goalKg >= weightKg) errors.goal = 'A goal above your current weight is not a fat-loss goal: leave it empty.';
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      sex: sex!,
      age: age!,
      heightCm: round1(heightCm!),
      weightKg: round1(weightKg!),
      activity: activity!,
      sessions: sessions!,
      ...(goalKg === undefined ? {} : { goalKg: round1(goalKg) }),
    },
  };
}
