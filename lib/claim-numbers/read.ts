import { readNumber, readUnit, type Unit } from './quantity';
import { READING_RULES, type QuantityContext, type RuleId } from './rules';
import { tokenize, type Token } from './tokens';

/** One quantity of a claim: what it belongs to, its value or range in `unit`, where it is. */
export interface Reading {
  rule: RuleId;
  low: number;
  high: number;
  unit: Unit;
  /** "up to 10": the claim's headline is the top of the range. */
  upTo?: true;
  /** Days in "a day", "a week" after the unit: a rate. */
  per?: number;
  start: number;
  end: number;
}

const WINDOW = 6;
const PER = new Set(['a', 'per', 'each', 'every']);
const PERIOD: Record<string, number> = { day: 1, week: 7, month: 30, daily: 1, weekly: 7, night: 1 };
const UP_TO = new Set(['to', 'much']);

const words = (toks: Token[], from: number, to: number) => toks.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.text);

/** "a day", "per week", "daily" at token k: the period in days and the tokens it takes. */
function readPer(toks: Token[], k: number): { per: number; next: number } | undefined {
  const t = toks[k]?.text ?? '';
  if (t === 'daily' || t === 'weekly') return { per: PERIOD[t]!, next: k + 1 };
  const p = PERIOD[toks[k + 1]?.text ?? ''];
  return PER.has(t) && p !== undefined && toks[k + 1]!.text !== 'daily' ? { per: p, next: k + 2 } : undefined;
}

/** Deadlines written without a number: "overnight", "by the weekend". */
function phraseDeadline(toks: Token[], i: number): Reading | undefined {
  const t = toks[i]!;
  if (t.text === 'overnight') return { rule: 'deadline', low: 1, high: 1, unit: 'day', start: t.start, end: t.end };
  const last = toks[i + 2];
  if ((t.text === 'by' || t.text === 'before') && toks[i + 1]?.text === 'the' && last?.text === 'weekend') {
    // The weekend is at most a week away and may be tomorrow: no clock is read, so the range says so.
    return { rule: 'deadline', low: 1, high: 7, unit: 'day', start: t.start, end: last.end };
  }
  return undefined;
}

/**
 * Every quantity a claim sentence states, in order, each named by the first reading rule that accepts
 * it; numbers that belong to nothing (prices, reps, dates, "top 10") are left out. One left-to-right
 * pass with bounded look-around: linear in the sentence, and it never throws.
 */
export function readQuantities(sentence: string): Reading[] {
  if (typeof sentence !== 'string') return [];
  const toks = tokenize(sentence);
  const out: Reading[] = [];
  let i = 0;
  while (i < toks.length) {
    const phrase = phraseDeadline(toks, i);
    if (phrase) {
      out.push(phrase);
      i++;
      continue;
    }
    const prev = toks[i - 1]?.text;
    const num = prev === '$' || prev === '£' || prev === '€' ? undefined : readNumber(toks, i);
    const unit = num && readUnit(toks, num.next);
    if (!num || !unit) {
      i++;
      continue;
    }
    const rate = readPer(toks, unit.next);
    const end = rate?.next ?? unit.next;
    const upTo = UP_TO.has(toks[i - 1]?.text ?? '') && ['up', 'as'].includes(toks[i - 2]?.text ?? '');
    const ctx: QuantityContext = {
      dim: unit.dim,
      unit: unit.unit,
      before: words(toks, i - WINDOW, i),
      after: words(toks, unit.next, unit.next + 3),
      compound: unit.compound,
      ...(rate ? { per: rate.per } : {}),
    };
    const rule = READING_RULES.find((r) => r.test(ctx));
    if (rule && num.low > 0) {
      out.push({
        rule: rule.id,
        low: num.low * unit.factor,
        high: num.high * unit.factor,
        unit: unit.unit,
        ...(upTo ? { upTo: true as const } : {}),
        ...(rate ? { per: rate.per } : {}),
        start: toks[i]!.start,
        end: toks[end - 1]!.end,
      });
    }
    i = end;
  }
  return out;
}

/** The amounts of one claim, one per kind (the first stated), in the claim's own units. */
export type ClaimNumbers = Partial<Record<RuleId, Reading>>;

export function readClaimNumbers(sentence: string): ClaimNumbers {
  const out: ClaimNumbers = {};
  for (const r of readQuantities(sentence)) out[r.rule] ??= r;
  return out;
}
