import { FLOOR, KCAL_PER_KG } from '../plan/energy';
import type { Sex } from '../plan/input';
import { formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { cmToIn, inToCm, kgToLb, lbToKg, type Units } from '../units';
import type { ClaimNumbers, Reading } from './read';

/**
 * The claim's arithmetic in plain words, from the facts in shared/design/content-brief.md ("The
 * arithmetic of a claim"). Every figure is rounded and shown as a range where the facts are a range.
 */

/** About 7,700 kcal per kg of fat tissue (3,500 per lb): the static rule for a headline figure [Hall, Int J Obes 2008]. */
const KCAL_PER_KG_FAT = KCAL_PER_KG;
/** Most a day's fuel from fat stores can be: about 69 kcal per kg of body fat (290 kJ/kg/day) [Alpert, J Theor Biol 2005]. */
const FAT_FUEL_PER_KG = 69;
// Glycogen (400-500 g) and the 3-4 g of water stored with each gram come to 1-2 kg that goes in days: in the copy below.
/** An example body for the ceiling when the reader's is unknown: 20-30 kg of fat (stated as an example). */
const EXAMPLE_FAT_KG = [20, 30] as const;
/** Typical total daily burn of adults [Dietary Guidelines for Americans, estimated calorie needs]. */
const TYPICAL_BURN: Record<Sex | 'any', readonly [number, number]> = { female: [1800, 2400], male: [2200, 3000], any: [1800, 3000] };
/** Sustainable pace: 0.5-1 % of body weight a week, about 0.5-1 kg for most adults [ACSM 2009; NICE CG189]. */
const PACE_SHARE = [0.005, 0.01] as const;
const PACE_KG = [0.5, 1] as const;
/** Very-low-calorie diets (under 800 kcal a day) need medical supervision [NICE CG189]. */
const VLCD_KCAL = 800;
/** Size charts step about 5 cm (2 in) at the waist per size; waists shrink roughly 1 cm per kg lost (wide range). */
const WAIST_CM_PER_SIZE = 5;
const WAIST_CM_PER_KG = 1;
/** kcal = MET x kg x hours [Compendium of Physical Activities]: brisk walking 4.3, running at 10 km/h 9.8. */
const MET_WALK = 4.3;
const MET_RUN = 9.8;
/** The Compendium's worked examples use 70 kg; used when the reader's weight is unknown, and said so. */
const EXAMPLE_WEIGHT_KG = 70;

/** What the card knows about the reader, from the popup's planner (the embed has none). */
export interface ReaderNumbers {
  sex: Sex;
  weightKg: number;
  units: Units;
  /** Whole day's burn (kcal) and the plan's daily target, from the planner. */
  maintenance: number;
  target: number;
  fatKg: number;
  /** The planner's Hall projection: weight (kg) by day. */
  projection: readonly { day: number; weight: number }[];
}

export interface NumbersText {
  implies: string[];
  honest: string[];
}

type MassUnit = 'kg' | 'lb';
type Pair = readonly [number, number];

/** kcal to a round figure: 10s under 100, 50s under 1,000, 100s above. */
const roundKcal = (n: number) => (n < 100 ? Math.round(n / 10) * 10 : n < 1000 ? Math.round(n / 50) * 50 : Math.round(n / 100) * 100);
/** Mass to a round figure: whole numbers from 10, halves from 1, tenths below. */
const round = (v: number) => (v >= 10 ? Math.round(v) : v >= 1 ? Math.round(v * 2) / 2 : Math.round(v * 10) / 10);

/**
 * Joins inside a figure, which a line must never break: a range's hyphen (U+2011, non-breaking) and the space
 * before its unit (U+00A0). "(0.5-1 % of your weight)" wrapped after "0.5-" or before "%" in a narrow card.
 */
const RANGE = '\u2011';
const UNIT = '\u00a0';

/** Formatting in the reader's locale: every figure of the card goes through these. */
function figures(locale: string) {
  const num = (n: number) => formatNumber(locale, n, 1);
  const whole = (n: number) => formatNumber(locale, n, 0);
  const kcal = (n: number) => formatNumber(locale, roundKcal(n), 0);
  /** "5-9", or "5" when both ends read the same. */
  const span = ([a, b]: Pair, f: (n: number) => string) => (f(a) === f(b) ? f(a) : `${f(a)}${RANGE}${f(b)}`);
  /** A figure and its unit symbol ("1,800-3,000 kcal", "0.5-1 %"). */
  const unit = (figure: string, symbol: string) => `${figure}${UNIT}${symbol}`;
  const kcalSpan = (p: Pair) => unit(span(p, kcal), 'kcal');
  /** One conversion for the whole card: kg shown in the claim's unit, with the reader's in brackets when it differs. */
  const mass = (kg: Pair, massUnit: MassUnit, other?: MassUnit) => {
    const shown = (u: MassUnit) => unit(span([kg[0], kg[1]].map((x) => (u === 'lb' ? kgToLb(x) : x)) as unknown as Pair, (n) => num(round(n))), u);
    return other && other !== massUnit ? `${shown(massUnit)} (${shown(other)})` : shown(massUnit);
  };
  return { num, whole, kcal, span, unit, kcalSpan, mass };
}

/** "7 days", "2 weeks", "3-5 days": whole weeks from 14 days on. */
function daysText([a, b]: Pair, { t, locale }: I18n): string {
  const { span, whole } = figures(locale);
  const weeks = a >= 14 && a % 7 === 0 && b % 7 === 0;
  const p: Pair = weeks ? [a / 7, b / 7] : [a, b];
  return t(weeks ? 'numbers.weeks' : 'numbers.days', { n: span(p, whole) }, p[1]);
}

/** "about 5-9 weeks", "about 1 week", "about 3-6 months". */
function weeksText([a, b]: Pair, { t, locale }: I18n): string {
  const { span, whole } = figures(locale);
  const lo = Math.max(1, Math.round(a));
  const hi = Math.max(lo, Math.round(b));
  if (hi > 26) return t('numbers.aboutMonths', { n: span([Math.round(lo / 4.35), Math.round(hi / 4.35)], whole) });
  return t('numbers.aboutWeeks', { n: span([lo, hi], whole) }, hi);
}

const toKg = (r: Reading): Pair => (r.unit === 'lb' ? [lbToKg(r.low), lbToKg(r.high)] : [r.low, r.high]);
/** "up to 10": the claim's headline is its top. */
const amount = (r: Reading): Pair => (r.upTo ? [r.high, r.high] : [r.low, r.high]);

/** Real loss a waist change stands for: cm / (cm per kg). */
const waistKg = (cm: Pair): Pair => [cm[0] / WAIST_CM_PER_KG, cm[1] / WAIST_CM_PER_KG];

/** Weeks a loss of `kg` takes at the sustainable pace (the reader's, or the usual 0.5-1 kg). */
function paceWeeks(kg: Pair, reader?: ReaderNumbers): { weeks: Pair; pace: Pair } {
  const pace: Pair = reader ? [PACE_SHARE[0] * reader.weightKg, PACE_SHARE[1] * reader.weightKg] : PACE_KG;
  return { weeks: [kg[0] / pace[1], kg[1] / pace[0]], pace };
}

/**
 * The numbers section for one claim, or undefined when the claim states no usable quantity: nothing
 * is invented. Units follow the claim; the reader's own unit is added when it differs.
 */
export function explainClaim(n: ClaimNumbers, reader: ReaderNumbers | undefined, i18n: I18n): NumbersText | undefined {
  const { t, locale } = i18n;
  const { num, kcal, span, unit, kcalSpan, mass: massText } = figures(locale);
  const implies: string[] = [];
  const honest: string[] = [];
  const claimMass: MassUnit | undefined = n['weight-lost'] ? (n['weight-lost'].unit === 'lb' ? 'lb' : 'kg') : undefined;
  const readerMass: MassUnit | undefined = reader ? (reader.units === 'imperial' ? 'lb' : 'kg') : undefined;
  const inchClaim = n['inches-lost']?.unit === 'in';
  const mass = claimMass ?? readerMass ?? (inchClaim ? 'lb' : 'kg');
  const m = (kg: Pair) => massText(kg, mass, readerMass);
  const deadline = n.deadline ?? (n['weight-lost']?.per ? { low: n['weight-lost'].per, high: n['weight-lost'].per } : undefined);
  const days: Pair | undefined = deadline && [deadline.low, deadline.high];
  const burn = reader ? ([reader.maintenance, reader.maintenance] as const) : TYPICAL_BURN.any;
  const burnText = reader ? t('numbers.burn.own', { kcal: kcal(reader.maintenance) }) : t('numbers.burn.typical', { kcal: kcalSpan(burn) });

  // The loss the claim promises, in kg, and what it is measured in.
  let lossKg: Pair | undefined;
  const w = n['weight-lost'];
  const sizes = n['sizes-dropped'];
  const inches = n['inches-lost'];
  if (w) lossKg = toKg({ ...w, ...(w.upTo ? { low: w.high } : {}) });
  else if (sizes) {
    const s = amount(sizes);
    lossKg = waistKg([s[0] * WAIST_CM_PER_SIZE, s[1] * WAIST_CM_PER_SIZE]);
    implies.push(t('numbers.sizes', { sizes: t('numbers.sizeCount', { n: span(s, num) }, s[1]), mass: m(lossKg) }));
  } else if (inches) {
    const a = amount(inches);
    const cm: Pair = inches.unit === 'in' ? [inToCm(a[0]), inToCm(a[1])] : a;
    lossKg = waistKg(cm);
    const shown =
      inches.unit === 'in'
        ? `${unit(span(a, num), 'in')} (${unit(span(cm, (x) => num(Math.round(x))), 'cm')})`
        : `${unit(span(a, num), 'cm')} (${unit(span([cmToIn(cm[0]), cmToIn(cm[1])], (x) => num(round(x))), 'in')})`;
    implies.push(t('numbers.inches', { inches: shown, mass: m(lossKg) }));
    if (days && days[1] <= 14) implies.push(t('numbers.inchesFast', { days: daysText(days, i18n) }));
  }

  if (lossKg && days) {
    const ranged = lossKg[0] !== lossKg[1] || days[0] !== days[1];
    const about = (x: string) => (ranged ? t('numbers.atLeastAbout', { x }) : t('numbers.about', { x }));
    const deficit = (lossKg[0] * KCAL_PER_KG_FAT) / days[1];
    const loss = { mass: m(lossKg), days: daysText(days, i18n) };
    if (deficit <= (PACE_KG[1] * KCAL_PER_KG_FAT) / 7) {
      implies.push(t('numbers.sustainable', loss));
    } else {
      implies.push(t('numbers.fatPerDay', { ...loss, perDay: about(m([lossKg[0] / days[1], lossKg[0] / days[1]])) }));
      const shortfall = { kcal: about(kcal(deficit)), perKg: kcal(KCAL_PER_KG_FAT), burn: burnText };
      implies.push(deficit > burn[1] ? t('numbers.shortfall.beyond', shortfall) : t('numbers.shortfall.against', shortfall));
      const fat: Pair = reader ? [reader.fatKg, reader.fatKg] : EXAMPLE_FAT_KG;
      const ceiling: Pair = [fat[0] * FAT_FUEL_PER_KG, fat[1] * FAT_FUEL_PER_KG];
      if (deficit > ceiling[0]) {
        implies.push(
          reader
            ? t('numbers.ceiling.own', { kcal: kcal(ceiling[0]) })
            : t('numbers.ceiling.typical', { perKg: num(FAT_FUEL_PER_KG), kcal: kcalSpan(ceiling), fat: unit(span(EXAMPLE_FAT_KG, num), 'kg') }),
        );
      }
      if (days[1] <= 14 && w) implies.push(t('numbers.water'));
    }
  }

  if (lossKg) {
    const { weeks, pace } = paceWeeks(lossKg, reader);
    const took = { pace: m(pace), mass: m(lossKg), time: weeksText(weeks, i18n) };
    honest.push(reader ? t('numbers.pace.own', { ...took, share: unit(span([PACE_SHARE[0] * 100, PACE_SHARE[1] * 100], num), '%') }) : t('numbers.pace.typical', took));
    if (reader) {
      const start = reader.projection[0]?.weight ?? reader.weightKg;
      const day = reader.projection.find((d) => start - d.weight >= lossKg![0])?.day;
      honest.push(
        day === undefined
          ? t('numbers.plan.beyondYear')
          : t('numbers.plan.week', { mass: m([lossKg[0], lossKg[0]]), week: formatNumber(locale, Math.max(1, Math.ceil(day / 7)), 0) }),
      );
    }
  } else if (days) {
    const pace = paceWeeks([1, 1], reader).pace;
    const weeks = Math.max(days[0], 7) / 7;
    honest.push(t('numbers.deadlineOnly', { days: daysText(days, i18n), mass: m([pace[0] * weeks, pace[1] * (Math.max(days[1], 7) / 7)]) }));
  }

  const burned = n['calories-burned'];
  const minutes = n['workout-length'];
  if (burned) {
    const kg = reader?.weightKg ?? EXAMPLE_WEIGHT_KG;
    const weight = massText([kg, kg], mass);
    const perMin = (met: number) => (met * kg) / 60;
    if (minutes) {
      const workout = { minutes: num(minutes.low), walk: kcal(perMin(MET_WALK) * minutes.low), run: kcal(perMin(MET_RUN) * minutes.low) };
      implies.push(reader ? t('numbers.workout.own', workout, minutes.low) : t('numbers.workout.example', { ...workout, weight }, minutes.low));
    }
    const runMin = amount(burned)[1] / perMin(MET_RUN);
    const time =
      runMin >= 90
        ? t('numbers.hours', { n: num(Math.round(runMin / 30) / 2) }, Math.round(runMin / 30) / 2)
        : t('numbers.minutes', { n: num(Math.max(5, Math.round(runMin / 5) * 5)) }, Math.max(5, Math.round(runMin / 5) * 5));
    const run = { kcal: kcal(amount(burned)[1]), time, weight };
    implies.push(minutes ? t('numbers.run.plain', run) : reader ? t('numbers.run.own', run) : t('numbers.run.example', run));
    honest.push(t('numbers.exercise'));
  }

  const eaten = n['calories-eaten'];
  if (eaten) {
    const e = amount(eaten)[1];
    const floor = reader ? FLOOR[reader.sex] : FLOOR.female;
    if (e < VLCD_KCAL) implies.push(t('numbers.eaten.vlcd', { kcal: formatNumber(locale, VLCD_KCAL, 0) }));
    else if (e < floor) implies.push(t('numbers.eaten.belowFloor', { kcal: formatNumber(locale, floor, 0) }));
    if (e < burn[0]) implies.push(t('numbers.eaten.shortfall', { burn: burnText, kcal: kcalSpan([burn[0] - e, burn[1] - e]) }));
    honest.push(
      reader
        ? t('numbers.eaten.target', { kcal: kcal(reader.target) })
        : t('numbers.eaten.pace', { pace: unit(span(PACE_KG, num), 'kg'), kcal: kcalSpan([(PACE_KG[0] * KCAL_PER_KG_FAT) / 7, (PACE_KG[1] * KCAL_PER_KG_FAT) / 7]) }),
    );
  }

  return implies.length || honest.length ? { implies, honest } : undefined;
}
