import { formatField, formatNumber } from './i18n/format';
import type { MessageKey, Words } from './i18n/translate';

/**
 * Body measurements in the user's units: one parser, one formatter and one set of plausible ranges that
 * the planner and the log both call, so "72.5 kg" means the same thing everywhere. Values are kept in
 * metric; imperial is only how they are typed and shown (height as feet + inches).
 */
export type Units = 'metric' | 'imperial';
export type Quantity = 'weight' | 'height' | 'waist';

const KG_PER_LB = 0.45359237;
const CM_PER_IN = 2.54;
export const kgToLb = (kg: number) => kg / KG_PER_LB;
export const lbToKg = (lb: number) => lb * KG_PER_LB;
export const cmToIn = (cm: number) => cm / CM_PER_IN;
export const inToCm = (inch: number) => inch * CM_PER_IN;

/** Plausible ranges in metric: outside them a number is a typo, in the planner and the log alike. */
export const RANGE: Record<Quantity, { min: number; max: number }> = {
  weight: { min: 30, max: 350 },
  height: { min: 120, max: 230 },
  waist: { min: 40, max: 250 },
};

const EXAMPLE: Record<Units, Record<Quantity, number>> = {
  metric: { weight: 72.5, height: 165, waist: 80 },
  imperial: { weight: 160, height: 5, waist: 31.5 },
};

export function unitOf(q: Quantity, units: Units): string {
  if (q === 'weight') return units === 'imperial' ? 'lb' : 'kg';
  return units === 'imperial' ? 'in' : 'cm';
}

const toMetric = (q: Quantity, n: number, units: Units) => (units === 'metric' ? n : q === 'weight' ? lbToKg(n) : inToCm(n));
const fromMetric = (q: Quantity, n: number, units: Units) => (units === 'metric' ? n : q === 'weight' ? kgToLb(n) : cmToIn(n));

/**
 * A metric measurement at the precision the app keeps (0.001 kg or cm): a value typed in lb or in, to the
 * two decimals a field takes, reads back as typed (180 lb, where the 81.6 kg of one decimal read 179.9 lb).
 */
export const keepMetric = (metric: number) => Math.round(metric * 1000) / 1000;

/** Trims a number to `places` decimals without trailing zeros: 82 -> "82", 180.78 -> "180.78". */
export const trim = (n: number, places: number) => String(Math.round(n * 10 ** places) / 10 ** places);

/** Why a typed value was refused (the goal field words its range message itself), and what to tell the user. */
export type Refusal = { ok: false; reason: 'format' | 'decimals' | 'range'; error: Words };
/** A number typed with too many decimals, and what it reads as at face value (for the range check). */
type TooPrecise = Refusal & { reason: 'decimals'; n: number };
const isTooPrecise = (r: Refusal): r is TooPrecise => typeof (r as Partial<TooPrecise>).n === 'number';
export type Read = { ok: true; metric: number } | Refusal;

/** What a field asks for, in words ("your weight in kilograms"), by quantity and unit. */
const WHAT: Record<'weightKg' | 'weightLb' | 'heightCm' | 'waistCm' | 'waistIn' | 'feet' | 'inches' | 'walkMin' | 'walkSteps' | 'sleepHours', MessageKey> = {
  weightKg: 'units.what.weightKg',
  weightLb: 'units.what.weightLb',
  heightCm: 'units.what.heightCm',
  waistCm: 'units.what.waistCm',
  waistIn: 'units.what.waistIn',
  feet: 'units.what.feet',
  inches: 'units.what.inches',
  walkMin: 'units.what.walkMin',
  walkSteps: 'units.what.walkSteps',
  sleepHours: 'units.what.sleepHours',
};

/**
 * A typed decimal: "72", "72.5", "72,5" (or, `whole`, up to six digits: steps). Says what is wrong rather than
 * just "enter a number"; every typed number goes through here, so "1,000" is never read as 1.
 */
export function readDecimal(raw: string, what: keyof typeof WHAT, example: number, whole = false): { ok: true; n: number } | TooPrecise | Refusal {
  const s = raw.trim().replace(',', '.');
  const asked = ({ t, locale }: Parameters<Words>[0]) => ({ what: t(WHAT[what]), example: formatField(locale, example) });
  if (s === '') return { ok: false, reason: 'format', error: (i18n) => i18n.t('units.enter', asked(i18n)) };
  if (whole) return /^\d{1,6}$/.test(s) ? { ok: true, n: Number(s) } : { ok: false, reason: 'format', error: (i18n) => i18n.t('units.whole', asked(i18n)) };
  if (/^\d{1,4}\.\d{3,}$/.test(s)) return { ok: false, reason: 'decimals', n: Number(s), error: ({ t, locale }) => t('units.decimals', { example: formatField(locale, Number(s)) }) };
  if (!/^\d{1,4}(?:\.\d{1,2})?$/.test(s)) return { ok: false, reason: 'format', error: (i18n) => i18n.t('units.number', asked(i18n)) };
  return { ok: true, n: Number(s) };
}

/** Imperial height is typed as feet and inches, kept in one string "5'4.5" so both parts survive as typed. */
export function splitFeet(raw: string): { ft: string; inch: string } {
  const i = raw.indexOf("'");
  if (i >= 0) return { ft: raw.slice(0, i), inch: raw.slice(i + 1) };
  // A bare number is total inches (how heights were stored before feet + inches).
  const n = Number(raw.trim().replace(',', '.'));
  if (raw.trim() === '' || !Number.isFinite(n)) return { ft: raw, inch: '' };
  return { ft: String(Math.floor(n / 12)), inch: trim(n - 12 * Math.floor(n / 12), 2) };
}
export const joinFeet = (ft: string, inch: string) => `${ft}'${inch}`;

/** The plausible range of a quantity in the user's units, rounded inward: { min: "30 kg", max: "350 kg" }. */
export function rangeText(q: Quantity, units: Units, locale: string): { min: string; max: string } {
  const { min, max } = RANGE[q];
  if (q === 'height' && units === 'imperial') return { min: feetText(min, 'up'), max: feetText(max, 'down') };
  const end = (n: number) => withUnit(formatNumber(locale, n, 0), unitOf(q, units));
  return { min: end(Math.ceil(fromMetric(q, min, units))), max: end(Math.floor(fromMetric(q, max, units))) };
}

function feetText(cm: number, round: 'up' | 'down'): string {
  const inches = round === 'up' ? Math.ceil(cmToIn(cm)) : Math.floor(cmToIn(cm));
  return feetInches(Math.floor(inches / 12), String(inches % 12));
}

const RANGE_MESSAGE: Record<Quantity, MessageKey> = { weight: 'units.range.weight', height: 'units.range.height', waist: 'units.range.waist' };

/** Reads a typed measurement in the user's units into metric, or a message for the field. */
export function readQuantity(q: Quantity, raw: string, units: Units): Read {
  const r = parseMetric(q, raw, units);
  // Too many decimals but out of range either way ("1,000": 1 with a decimal comma, 1000 with a thousands
  // one) is told the range; "Use at most two decimals, e.g. 1." would point at the wrong mistake.
  const metric = r.ok ? r.metric : isTooPrecise(r) ? toMetric(q, r.n, units) : undefined;
  if (metric === undefined) return r;
  const { min, max } = RANGE[q];
  // Compared at 0.1, so a boundary value converted back and forth (66.14 lb = 29.9997 kg) stays inside.
  const kept = Math.round(metric * 10) / 10;
  if (kept < min || kept > max) return { ok: false, reason: 'range', error: ({ t, locale }) => t(RANGE_MESSAGE[q], rangeText(q, units, locale)) };
  if (!r.ok) return r;
  // Clamped, so a boundary typed in the other unit (98.43 in = 250.012 cm) is inside the range the log checks.
  return { ok: true, metric: Math.min(max, Math.max(min, keepMetric(metric))) };
}

/** The number typed, in metric, before any range check. */
function parseMetric(q: Quantity, raw: string, units: Units): Read | TooPrecise {
  if (q === 'height' && units === 'imperial') {
    const { ft, inch } = splitFeet(raw);
    const f = readDecimal(ft, 'feet', 5);
    if (!f.ok) return f;
    if (!Number.isInteger(f.n)) return { ok: false, reason: 'format', error: ({ t }) => t('units.wholeFeet') };
    const i = inch.trim() === '' ? { ok: true as const, n: 0 } : readDecimal(inch, 'inches', 4);
    // Too many decimals in the inches: the face value is all the inches, for the range check.
    if (!i.ok) return isTooPrecise(i) ? { ...i, n: f.n * 12 + i.n } : i;
    if (i.n >= 12) return { ok: false, reason: 'format', error: ({ t, locale }) => t('units.inchesMax', { max: formatNumber(locale, 11.99, 2) }) };
    return { ok: true, metric: inToCm(f.n * 12 + i.n) };
  }
  const d = readDecimal(raw, whatOf(q, units), EXAMPLE[units][q]);
  return d.ok ? { ok: true, metric: toMetric(q, d.n, units) } : d;
}

function whatOf(q: Quantity, units: Units): keyof typeof WHAT {
  if (q === 'weight') return units === 'imperial' ? 'weightLb' : 'weightKg';
  if (q === 'waist') return units === 'imperial' ? 'waistIn' : 'waistCm';
  return 'heightCm';
}

/** A height in whole feet and the inches left over, at the 0.01 in a field keeps. */
function feetAndInches(cm: number): { ft: number; inch: number } {
  const total = Math.round(cmToIn(cm) * 100) / 100;
  const ft = Math.floor(total / 12);
  return { ft, inch: total - ft * 12 };
}

/** A metric value as the editable text of a field in `units` (two decimals at most), in the locale's digits. */
export function toField(q: Quantity, metric: number, units: Units, locale = 'en'): string {
  if (q === 'height' && units === 'imperial') {
    const { ft, inch } = feetAndInches(metric);
    return joinFeet(String(ft), formatField(locale, inch));
  }
  return formatField(locale, fromMetric(q, metric, units));
}

/** A metric value for reading: "72.5 kg", "159.8 lb", "5 ft 4 in", "31.5 in"; "72,5 kg" in es (joined by withUnit). */
export function formatQuantity(q: Quantity, metric: number, units: Units, places = 1, locale = 'en'): string {
  if (q === 'height' && units === 'imperial') {
    const { ft, inch } = feetAndInches(metric);
    return feetInches(ft, formatNumber(locale, inch, places));
  }
  return withUnit(formatNumber(locale, fromMetric(q, metric, units), places), unitOf(q, units));
}

/** A figure and its unit, joined with U+00A0 as copy joins its figures: a line never breaks between them. */
const withUnit = (figure: string, unit: string) => `${figure}\u00a0${unit}`;
const feetInches = (ft: number, inch: string) => `${withUnit(String(ft), 'ft')}\u00a0${withUnit(inch, 'in')}`;

/** What the last unit switch did, so switching back restores exactly what was typed. */
export interface SwitchMemo {
  units: Units;
  before: Record<string, string>;
  after: Record<string, string>;
}

/**
 * Converts the measurement fields of a form when the unit switch flips. A field still showing what the
 * previous switch produced gets its original text back (163 cm -> 5 ft 4.17 in -> 163 cm); anything the
 * user typed since is converted. Unreadable text is kept as typed.
 */
export function switchUnits(
  raw: Record<string, string>,
  fields: Record<string, Quantity>,
  from: Units,
  to: Units,
  memo?: SwitchMemo,
): { raw: Record<string, string>; memo: SwitchMemo } {
  if (from === to) return { raw, memo: memo ?? { units: from, before: raw, after: raw } };
  const out = { ...raw };
  for (const [field, q] of Object.entries(fields)) {
    const v = raw[field] ?? '';
    if (memo && memo.units === to && memo.after[field] === v && memo.before[field] !== undefined) {
      out[field] = memo.before[field]!;
      continue;
    }
    // Out of range still converts (the user sees the same mistake in the other unit); garbage stays.
    const r = parseMetric(q, v, from);
    out[field] = r.ok ? toField(q, r.metric, to) : v;
  }
  return { raw: out, memo: { units: from, before: raw, after: out } };
}
