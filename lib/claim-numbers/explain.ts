import { FLOOR, KCAL_PER_KG } from '../plan/energy';
import type { Sex } from '../plan/input';
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

const commas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** kcal to a round figure: 10s under 100, 50s under 1,000, 100s above. */
const kcal = (n: number) => commas(n < 100 ? Math.round(n / 10) * 10 : n < 1000 ? Math.round(n / 50) * 50 : Math.round(n / 100) * 100);
/** Mass to a round figure: whole numbers from 10, halves from 1, tenths below. */
const round = (v: number) => (v >= 10 ? Math.round(v) : v >= 1 ? Math.round(v * 2) / 2 : Math.round(v * 10) / 10);
const span = ([a, b]: Pair, f: (n: number) => string, unit: string) => (f(a) === f(b) ? `${f(a)}${unit}` : `${f(a)}-${f(b)}${unit}`);

/** One conversion for the whole card: kg shown in the claim's unit, with the reader's in brackets when it differs. */
function massText(kg: Pair, unit: MassUnit, other?: MassUnit): string {
  const shown = (u: MassUnit) => span([kg[0], kg[1]].map((x) => (u === 'lb' ? kgToLb(x) : x)) as unknown as Pair, (n) => String(round(n)), ` ${u}`);
  return other && other !== unit ? `${shown(unit)} (${shown(other)})` : shown(unit);
}

const daysText = ([a, b]: Pair) => {
  const one = (d: number) => (d >= 14 && d % 7 === 0 ? `${d / 7}` : `${d}`);
  const weeks = a >= 14 && a % 7 === 0 && b % 7 === 0;
  const unit = weeks ? ' weeks' : b === 1 ? ' day' : ' days';
  return a === b ? `${one(a)}${unit}` : `${weeks ? a / 7 : a}-${weeks ? b / 7 : b}${unit}`;
};

const weeksText = ([a, b]: Pair) => {
  const lo = Math.max(1, Math.round(a));
  const hi = Math.max(lo, Math.round(b));
  if (hi > 26) return `about ${Math.round(lo / 4.35)}-${Math.round(hi / 4.35)} months`;
  return lo === hi ? `about ${lo} week${lo === 1 ? '' : 's'}` : `about ${lo}-${hi} weeks`;
};

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
export function explainClaim(n: ClaimNumbers, reader?: ReaderNumbers): NumbersText | undefined {
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
  const burnText = reader ? `your own day's burn of about ${kcal(reader.maintenance)} kcal` : `a typical adult's whole day's burn of ${span(burn, kcal, ' kcal')}`;

  // The loss the claim promises, in kg, and what it is measured in.
  let lossKg: Pair | undefined;
  const w = n['weight-lost'];
  const sizes = n['sizes-dropped'];
  const inches = n['inches-lost'];
  if (w) lossKg = toKg({ ...w, ...(w.upTo ? { low: w.high } : {}) });
  else if (sizes) {
    const s = amount(sizes);
    lossKg = waistKg([s[0] * WAIST_CM_PER_SIZE, s[1] * WAIST_CM_PER_SIZE]);
    implies.push(
      `One dress size is about 5 cm (2 in) at the waist, and waists shrink roughly 1 cm for each kg lost, so ${s[0] === s[1] ? s[0] : `${s[0]}-${s[1]}`} size${s[1] === 1 ? '' : 's'} is roughly ${m(lossKg)} of real loss.`,
    );
  } else if (inches) {
    const a = amount(inches);
    const cm: Pair = inches.unit === 'in' ? [inToCm(a[0]), inToCm(a[1])] : a;
    lossKg = waistKg(cm);
    const shown = inches.unit === 'in' ? `${span(a, String, ' in')} (${span(cm, (x) => String(Math.round(x)), ' cm')})` : `${span(a, String, ' cm')} (${span([cmToIn(cm[0]), cmToIn(cm[1])], (x) => String(round(x)), ' in')})`;
    implies.push(`Waists shrink roughly 1 cm for each kg lost, so ${shown} is roughly ${m(lossKg)} of real loss.`);
    if (days && days[1] <= 14) implies.push(`Inches gone in ${daysText(days)} are mostly water, bloat or a tape held differently.`);
  }

  if (lossKg && days) {
    const ranged = lossKg[0] !== lossKg[1] || days[0] !== days[1];
    const about = ranged ? 'at least about' : 'about';
    const deficit = (lossKg[0] * KCAL_PER_KG_FAT) / days[1];
    if (deficit <= (PACE_KG[1] * KCAL_PER_KG_FAT) / 7) {
      implies.push(`${m(lossKg)} in ${daysText(days)} is within a sustainable pace.`);
    } else {
      implies.push(`${m(lossKg)} of fat in ${daysText(days)} would mean ${about} ${m([lossKg[0] / days[1], lossKg[0] / days[1]])} of fat a day.`);
      implies.push(
        `That needs a shortfall of ${about} ${kcal(deficit)} kcal a day (about 7,700 kcal per kg of fat), ${deficit > burn[1] ? `more than ${burnText}, even eating nothing` : `against ${burnText}`}.`,
      );
      const fat: Pair = reader ? [reader.fatKg, reader.fatKg] : EXAMPLE_FAT_KG;
      const ceiling: Pair = [fat[0] * FAT_FUEL_PER_KG, fat[1] * FAT_FUEL_PER_KG];
      if (deficit > ceiling[0]) {
        implies.push(
          reader
            ? `Your body can draw at most about ${kcal(ceiling[0])} kcal a day from its fat; a bigger shortfall is taken from muscle.`
            : `The body can draw only about 69 kcal a day from each kg of its fat (${span(ceiling, kcal, ' kcal')} for someone carrying ${EXAMPLE_FAT_KG[0]}-${EXAMPLE_FAT_KG[1]} kg of fat); a bigger shortfall is taken from muscle.`,
        );
      }
      if (days[1] <= 14 && w) {
        implies.push(`A fast drop in the first days is mostly water: glycogen and the water stored with it come to about 1-2 kg (2-4 lb).`);
      }
    }
  }

  if (lossKg) {
    const { weeks, pace } = paceWeeks(lossKg, reader);
    honest.push(`At a sustainable ${m(pace)} a week${reader ? ' (0.5-1 % of your weight)' : ''}, ${m(lossKg)} takes ${weeksText(weeks)}.`);
    if (reader) {
      const start = reader.projection[0]?.weight ?? reader.weightKg;
      const day = reader.projection.find((d) => start - d.weight >= lossKg![0])?.day;
      honest.push(
        day === undefined
          ? `Your plan from the popup gets there after more than a year: slower than the claim, and it lasts.`
          : `With your plan from the popup, the projection is ${m([lossKg[0], lossKg[0]])} down around week ${Math.max(1, Math.ceil(day / 7))}.`,
      );
    }
  } else if (days) {
    const pace = paceWeeks([1, 1], reader).pace;
    const weeks = Math.max(days[0], 7) / 7;
    honest.push(`In ${daysText(days)}, a sustainable pace is about ${m([pace[0] * weeks, pace[1] * (Math.max(days[1], 7) / 7)])} of real loss.`);
  }

  const burned = n['calories-burned'];
  const minutes = n['workout-length'];
  if (burned) {
    const kg = reader?.weightKg ?? EXAMPLE_WEIGHT_KG;
    const who = reader ? 'At your weight' : `For someone of ${massText([kg, kg], mass)}`;
    const perMin = (met: number) => (met * kg) / 60;
    if (minutes) {
      implies.push(`${who}, ${minutes.low} minutes burns about ${kcal(perMin(MET_WALK) * minutes.low)} kcal walking briskly or ${kcal(perMin(MET_RUN) * minutes.low)} kcal running at 10 km/h.`);
    }
    const runMin = amount(burned)[1] / perMin(MET_RUN);
    const time = runMin >= 90 ? `${Math.round(runMin / 30) / 2} hours` : `${Math.max(5, Math.round(runMin / 5) * 5)} minutes`;
    implies.push(`${kcal(amount(burned)[1])} kcal takes about ${time} of running at 10 km/h${minutes ? '' : ` ${who.toLowerCase()}`}.`);
    honest.push('Exercise pays off over weeks: it keeps muscle and lifts mood, and the weekly total counts more than one session.');
  }

  const eaten = n['calories-eaten'];
  if (eaten) {
    const e = amount(eaten)[1];
    const floor = reader ? FLOOR[reader.sex] : FLOOR.female;
    if (e < VLCD_KCAL) implies.push(`Under ${VLCD_KCAL} kcal a day is a very-low-calorie diet: NICE advises it only under medical supervision.`);
    else if (e < floor) implies.push(`That is below ${commas(floor)} kcal a day, the floor a plan should keep to without supervision.`);
    if (e < burn[0]) implies.push(`Against ${burnText}, it is a shortfall of about ${span([burn[0] - e, burn[1] - e], kcal, ' kcal')} a day, more than fat stores alone can cover for most people.`);
    honest.push(
      reader
        ? `Your plan's target is about ${kcal(reader.target)} kcal a day: slower, and you keep your muscle.`
        : `A sustainable 0.5-1 kg a week needs a shortfall of about ${span([(PACE_KG[0] * KCAL_PER_KG_FAT) / 7, (PACE_KG[1] * KCAL_PER_KG_FAT) / 7], kcal, ' kcal')} a day, not most of a day's food.`,
    );
  }

  return implies.length || honest.length ? { implies, honest } : undefined;
}
