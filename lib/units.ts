import { formatNumber } from './i18n/format';

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

const EXAMPLE: Record<Units, Record<Quantity, string>> = {
  metric: { weight: '72.5', height: '165', waist: '80' },
  imperial: { weight: '160', height: '5', waist: '31.5' },
};

export function unitOf(q: Quantity, units: Units): string {
  if (q === 'weight') return units === 'imperial' ? 'lb' : 'kg';
  return units === 'imperial' ? 'in' : 'cm';
}

const toMetric = (q: Quantity, n: number, units: Units) => (units === 'metric' ? n : q === 'weight' ? lbToKg(n) : inToCm(n));
const fromMetric = (q: Quantity, n: number, units: Units) => (units === 'metric' ? n : q === 'weight' ? kgToLb(n) : cmToIn(n));

/** Trims a number to `places` decimals without trailing zeros: 82 -> "82", 180.78 -> "180.78". */
export const trim = (n: number, places: number) => String(Math.round(n * 10 ** places) / 10 ** places);

export type Read = { ok: true; metric: number } | { ok: false; error: string };

/** A typed decimal: "72", "72.5", "72,5". Says what is wrong rather than just "enter a number". */
function readDecimal(raw: string, what: string, example: string): { ok: true; n: number } | { ok: false; error: string } {
  const s = raw.trim().replace(',', '.');
  if (s === '') return { ok: false, error: `Enter your ${what}, e.g. ${example}.` };
  if (/^\d{1,4}\.\d{3,}$/.test(s)) return { ok: false, error: `Use at most two decimals, e.g. ${trim(Number(s), 2)}.` };
  if (!/^\d{1,4}(?:\.\d{1,2})?$/.test(s)) return { ok: false, error: `Enter your ${what} as a number, e.g. ${example}.` };
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

export function rangeText(q: Quantity, units: Units): string {
  const { min, max } = RANGE[q];
  if (q === 'height' && units === 'imperial') return `${feetText(min, 'up')} to ${feetText(max, 'down')}`;
  const lo = Math.ceil(fromMetric(q, min, units));
  const hi = Math.floor(fromMetric(q, max, units));
  return `${lo}-${hi} ${unitOf(q, units)}`;
}

function feetText(cm: number, round: 'up' | 'down'): string {
  const inches = round === 'up' ? Math.ceil(cmToIn(cm)) : Math.floor(cmToIn(cm));
  return `${Math.floor(inches / 12)} ft ${inches % 12} in`;
}

/** Reads a typed measurement in the user's units into metric, or a message for the field. */
export function readQuantity(q: Quantity, raw: string, units: Units): Read {
  const r = parseMetric(q, raw, units);
  if (!r.ok) return r;
  const { min, max } = RANGE[q];
  // Compared at the 0.1 the app keeps, so a boundary value converted back and forth stays inside.
  const kept = Math.round(r.metric * 10) / 10;
  if (kept < min || kept > max) return { ok: false, error: `${q[0]!.toUpperCase()}${q.slice(1)} must be between ${rangeText(q, units)}.` };
  return r;
}

/** The number typed, in metric, before any range check. */
function parseMetric(q: Quantity, raw: string, units: Units): Read {
  if (q === 'height' && units === 'imperial') {
    const { ft, inch } = splitFeet(raw);
    const f = readDecimal(ft, 'height in feet', '5');
    if (!f.ok) return f;
    if (!Number.isInteger(f.n)) return { ok: false, error: 'Enter whole feet, and the rest in inches.' };
    const i = inch.trim() === '' ? { ok: true as const, n: 0 } : readDecimal(inch, 'inches', '4');
    if (!i.ok) return i;
    if (i.n >= 12) return { ok: false, error: 'Inches go from 0 to 11.99; the rest belongs in feet.' };
    return { ok: true, metric: inToCm(f.n * 12 + i.n) };
  }
  const d = readDecimal(raw, `${q} in ${unitName(q, units)}`, EXAMPLE[units][q]);
  return d.ok ? { ok: true, metric: toMetric(q, d.n, units) } : d;
}

function unitName(q: Quantity, units: Units): string {
  return { kg: 'kilograms', lb: 'pounds', cm: 'centimetres', in: 'inches' }[unitOf(q, units)]!;
}

/** Digits as the locale writes them in a field: decimal comma in es, no grouping ("1200,5"). */
const fieldDigits = (n: number, places: number, locale: string) => formatNumber(locale, n, places, 0, false);

/** A metric value as the editable text of a field in `units` (two decimals at most), in the locale's digits. */
export function toField(q: Quantity, metric: number, units: Units, locale = 'en'): string {
  if (q === 'height' && units === 'imperial') {
    const total = Math.round(cmToIn(metric) * 100) / 100;
    const ft = Math.floor(total / 12);
    return joinFeet(String(ft), fieldDigits(total - ft * 12, 2, locale));
  }
  return fieldDigits(fromMetric(q, metric, units), 2, locale);
}

/** A metric value for reading: "72.5 kg", "159.8 lb", "5 ft 4 in", "31.5 in"; "72,5 kg" in es. */
export function formatQuantity(q: Quantity, metric: number, units: Units, places = 1, locale = 'en'): string {
  if (q === 'height' && units === 'imperial') {
    const total = Math.round(cmToIn(metric) * 100) / 100;
    const ft = Math.floor(total / 12);
    return `${ft} ft ${formatNumber(locale, total - ft * 12, places)} in`;
  }
  return `${formatNumber(locale, fromMetric(q, metric, units), places)} ${unitOf(q, units)}`;
}

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
