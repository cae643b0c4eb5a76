import type { MessageKey } from '../i18n/translate';
import { fallbackProblem } from './fallback';
import { safeItem } from './safe-item';
import { ACTIVITIES, DEFAULT_INPUT, SESSION_CHOICES, SEXES, type Units } from '../plan/input';
import { switchUnits } from '../units';

/**
 * Popup preferences: the planner's raw form values (what the user typed, even if invalid, so nothing
 * typed is lost), units, and the hour a day starts for the streak. Synced: small and personal.
 */
export interface Prefs {
  units: Units;
  raw: Record<string, string>;
  dayStartHour: number;
}

export const DEFAULT_PREFS: Prefs = {
  units: 'metric',
  raw: {
    sex: DEFAULT_INPUT.sex,
    age: String(DEFAULT_INPUT.age),
    height: String(DEFAULT_INPUT.heightCm),
    weight: String(DEFAULT_INPUT.weightKg),
    activity: DEFAULT_INPUT.activity,
    sessions: String(DEFAULT_INPUT.sessions),
    goal: '',
  },
  dayStartHour: 4,
};

/** The hours a day may start at, as the popup's choice offers them: a stored hour outside it could not be shown there. */
export const DAY_START_HOURS: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

const FIELDS = Object.keys(DEFAULT_PREFS.raw);
/** The characters a planner value keeps (sync is small); the form's fields take no more. */
export const RAW_MAX_LENGTH = 20;
/** The fields the form offers as a choice: any other value there, it could neither show nor mark as wrong. */
const CHOICES: Partial<Record<string, readonly string[]>> = { sex: SEXES, activity: ACTIVITIES, sessions: SESSION_CHOICES };

/** Any stored value read as Prefs, field by field; garbage falls back to defaults. */
export function parsePrefs(x: unknown): Prefs {
  const p = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const rawIn = (typeof p.raw === 'object' && p.raw !== null ? p.raw : {}) as Record<string, unknown>;
  const raw: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = rawIn[f];
    // A longer typed value keeps its start rather than silently becoming the example value.
    const kept = typeof v === 'string' ? v.slice(0, RAW_MAX_LENGTH) : undefined;
    raw[f] = kept !== undefined && (CHOICES[f]?.includes(kept) ?? true) ? kept : DEFAULT_PREFS.raw[f]!;
  }
  const hour = p.dayStartHour;
  return {
    units: p.units === 'imperial' ? 'imperial' : 'metric',
    raw,
    dayStartHour: typeof hour === 'number' && DAY_START_HOURS.includes(hour) ? hour : DEFAULT_PREFS.dayStartHour,
  };
}

/** Each stored field in words, for the message naming what fell back to its default. */
const FIELD_NAMES: Record<string, MessageKey> = {
  units: 'store.prefs.units',
  dayStartHour: 'store.prefs.dayStartHour',
  'raw.sex': 'store.prefs.sex',
  'raw.age': 'store.prefs.age',
  'raw.height': 'store.prefs.height',
  'raw.weight': 'store.prefs.weight',
  'raw.activity': 'store.prefs.activity',
  'raw.sessions': 'store.prefs.sessions',
  'raw.goal': 'store.prefs.goal',
};

export const prefsProblem = (raw: unknown) => fallbackProblem(raw, parsePrefs(raw), { all: 'store.prefs.all', some: 'store.prefs.some' }, FIELD_NAMES);

const item = safeItem('sync:prefs', parsePrefs, DEFAULT_PREFS, prefsProblem);
export const prefsLoadProblem = item.problem;

/**
 * The saved prefs, or on first run the defaults in `firstUnits` (the locale's: lb in the US), with the
 * planner's example values converted into them.
 */
export async function loadPrefs(firstUnits: Units = 'metric'): Promise<Prefs> {
  if (firstUnits === 'metric' || (await item.saved())) return item.load();
  const fields = { height: 'height', weight: 'weight' } as const;
  return { ...DEFAULT_PREFS, units: firstUnits, raw: switchUnits(DEFAULT_PREFS.raw, fields, 'metric', firstUnits).raw };
}
export const savePrefs = item.save;
/** Calls back with the prefs each time they change (the popup's planner saves as the user types). */
export const watchPrefs = item.watch;
