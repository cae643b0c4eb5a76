import { parseDigits, type Token } from './tokens';

/** A number or range as written: "ten", "5-7", "a couple of", "half a" (+ unit), "two thousand". */
export interface NumberPhrase {
  low: number;
  high: number;
  /** Token index just past the phrase. */
  next: number;
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, half: 0.5, couple: 2,
};
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000 };
const RANGE_JOIN = new Set(['-', 'to', 'or']);

const at = (toks: Token[], i: number) => toks[i]?.text ?? '';

/** One number (no range) at token i. */
function single(toks: Token[], i: number): { value: number; next: number } | undefined {
  const t = at(toks, i);
  let value = parseDigits(t);
  let next = i + 1;
  if (value === undefined) {
    value = WORDS[t];
    if (value === undefined) return undefined;
    // "a couple of", "half a stone", "a dozen", "twenty-five".
    if ((t === 'a' || t === 'an') && at(toks, next) in WORDS && at(toks, next) !== 'a') {
      value = WORDS[at(toks, next)]!;
      next++;
    } else if (t === 'half' && (at(toks, next) === 'a' || at(toks, next) === 'an')) next++;
    else if (TENS.has(t)) {
      const skip = at(toks, next) === '-' ? 1 : 0;
      const unit = WORDS[at(toks, next + skip)];
      if (unit !== undefined && unit >= 1 && unit <= 9 && !['a', 'an'].includes(at(toks, next + skip))) {
        value += unit;
        next += skip + 1;
      }
    }
    if (at(toks, next) === 'of' && (t === 'couple' || at(toks, next - 1) === 'couple')) next++;
  }
  const scale = SCALE[at(toks, next)];
  if (scale !== undefined) {
    value *= scale;
    next++;
  }
  return { value, next };
}

/** A number or a range ("5-7", "5 to 7") at token i. */
export function readNumber(toks: Token[], i: number): NumberPhrase | undefined {
  const first = single(toks, i);
  if (!first) return undefined;
  if (RANGE_JOIN.has(at(toks, first.next))) {
    const second = single(toks, first.next + 1);
    if (second && second.value > first.value && !['a', 'an'].includes(at(toks, first.next + 1))) {
      return { low: first.value, high: second.value, next: second.next };
    }
  }
  return { low: first.value, high: first.value, next: first.next };
}

export type Unit = 'kg' | 'lb' | 'cm' | 'in' | 'size' | 'kcal' | 'min' | 'day';
export type Dimension = 'mass' | 'length' | 'size' | 'energy' | 'minutes' | 'days';

interface UnitWord {
  unit: Unit;
  dim: Dimension;
  /** Multiplier into `unit` (stone -> 14 lb, week -> 7 days). */
  factor: number;
}

const u = (unit: Unit, dim: Dimension, factor = 1): UnitWord => ({ unit, dim, factor });
const UNITS: Record<string, UnitWord> = {
  kg: u('kg', 'mass'), kgs: u('kg', 'mass'), kilo: u('kg', 'mass'), kilos: u('kg', 'mass'), kilogram: u('kg', 'mass'),
  kilograms: u('kg', 'mass'), kilogrammes: u('kg', 'mass'),
  lb: u('lb', 'mass'), lbs: u('lb', 'mass'), pound: u('lb', 'mass'), pounds: u('lb', 'mass'),
  stone: u('lb', 'mass', 14), stones: u('lb', 'mass', 14),
  inch: u('in', 'length'), inches: u('in', 'length'), '"': u('in', 'length'),
  cm: u('cm', 'length'), centimetre: u('cm', 'length'), centimetres: u('cm', 'length'),
  centimeter: u('cm', 'length'), centimeters: u('cm', 'length'),
  size: u('size', 'size'), sizes: u('size', 'size'),
  kcal: u('kcal', 'energy'), calorie: u('kcal', 'energy'), calories: u('kcal', 'energy'), cal: u('kcal', 'energy'),
  cals: u('kcal', 'energy'),
  minute: u('min', 'minutes'), minutes: u('min', 'minutes'), min: u('min', 'minutes'), mins: u('min', 'minutes'),
  hour: u('min', 'minutes', 60), hours: u('min', 'minutes', 60), hr: u('min', 'minutes', 60), hrs: u('min', 'minutes', 60),
  day: u('day', 'days'), days: u('day', 'days'), week: u('day', 'days', 7), weeks: u('day', 'days', 7),
  fortnight: u('day', 'days', 14), month: u('day', 'days', 30), months: u('day', 'days', 30),
};
/** Words allowed between a number and its unit: "a whole dress size", "a full stone". */
const FILLER = new Set(['whole', 'full', 'entire', 'extra', 'dress', 'jean', 'jeans', 'pant', 'clothes', 'clothing', 'trouser']);

export interface UnitPhrase extends UnitWord {
  /** True for "20-minute", "10-pound": the quantity describes a noun. */
  compound: boolean;
  next: number;
}

/** The unit right after a number (token j), skipping "-" and at most two filler words. */
export function readUnit(toks: Token[], j: number): UnitPhrase | undefined {
  let k = j;
  const compound = at(toks, k) === '-';
  if (compound) k++;
  for (let n = 0; n < 2 && FILLER.has(at(toks, k)); n++) k++;
  const word = UNITS[at(toks, k)];
  // A bare '"' only counts right after digits ("3\""), never as a closing quote after a word.
  if (!word || (at(toks, k) === '"' && k !== j)) return undefined;
  return { ...word, compound, next: k + 1 };
}
