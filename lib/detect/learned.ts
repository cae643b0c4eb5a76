/**
 * The learned detector (model.json, fitted by `npm run train`), measured out of fold by `npm run eval -- --cv 5`.
 * It reads every sentence with the hand rules' findings as features, then decides the page.
 */
import type { MythId } from '../myths/types';
import type { Claim, PageVerdict } from './types';
import { hasFitnessVocabulary } from './gate';
import { looksEnglish } from './english';
import { logistic, type Model, MYTH_ORDER, ROW } from './model';
import { classify, mythScores, pageFeatures, readRuledSpans } from './page';
import type { ReadSpan } from './sentences';
import { RULE_CLAIM, RULE_KEPT, RULE_MYTH } from './features';

/** A page read by the model: each sentence's probabilities and the page's probability of selling a myth. */
export interface PageReading {
  spans: ReadSpan[];
  /** classify's reading of every sentence, ROW numbers each: the class probabilities first (promise at i * ROW). */
  readings: Float64Array;
  /** 0..1: how likely the page itself promises a myth. */
  page: number;
  /** Promises the hand rules found, before their page rules took any back. */
  candidates: number;
}

export function readPage(model: Model, text: string): PageReading {
  if (!hasFitnessVocabulary(text) || !looksEnglish(text)) return { spans: [], readings: new Float64Array(0), page: 0, candidates: 0 };
  const ruled = readRuledSpans(text);
  const { spans } = ruled;
  const readings = classify(model, text, spans);
  const f = pageFeatures(ruled, readings);
  let z = model.page[0]!;
  for (let i = 0; i < f.length; i++) z += model.page[i + 1]! * f[i]!;
  return { spans, readings, page: logistic(z), candidates: ruled.candidates };
}

/**
 * Which myth a promising sentence sells: the myth head's choice among the myths the hand rules matched in it,
 * or among all where they matched none. The rules' patterns are myth by myth, while the head learned from
 * page kinds, and the corpus has too few extreme-restriction pages for it ever to name that myth.
 */
function mythOf(model: Model, text: string, span: ReadSpan, readings: Float64Array, i: number): MythId {
  const scores = mythScores(model, text, span, readings, i);
  const rules = span.ctx.rules ?? 0;
  const matched = rules & (((1 << MYTH_ORDER.length) - 1) * RULE_MYTH);
  let best = -1;
  for (let k = 0; k < scores.length; k++) {
    if (matched && !(rules & (RULE_MYTH << k))) continue;
    if (best < 0 || scores[k]! > scores[best]!) best = k;
  }
  return MYTH_ORDER[best]!;
}

/** The claim span `i` makes, from classify's reading of it. */
function claimAt(model: Model, text: string, span: ReadSpan, readings: Float64Array, i: number): Claim {
  // A sentence that reaches the marks has probability > 0; the floor keeps confidence in (0, 1].
  const confidence = Math.max(readings[i * ROW]!, 1e-6);
  return { myth: mythOf(model, text, span, readings, i), start: span.start, end: span.end, sentence: text.slice(span.start, span.end), confidence };
}

/** Sentences the model reads as promises, whatever the rest of the page says. */
export function promisingSentences(model: Model, text: string): Claim[] {
  const { spans, readings } = readPage(model, text);
  const claims: Claim[] = [];
  spans.forEach((s, i) => {
    if (readings[i * ROW]! >= model.claimAt) claims.push(claimAt(model, text, s, readings, i));
  });
  return claims;
}

/**
 * Judges a whole page: flagged when the hand rules found a candidate promise and the learned page decision says
 * it sells a myth; the claims are its sentences read as promises and those the rules kept (at
 * least the most promising one, so every flag shows where).
 */
export function judgeWith(model: Model, text: string): PageVerdict {
  return verdictOf(model, text, readPage(model, text));
}

/** judgeWith over a page already read (the eval tool also wants the reading's page probability). */
export function verdictOf(model: Model, text: string, { spans, readings, page, candidates }: PageReading): PageVerdict {
  const flagged = candidates > 0 && page >= model.flagAt;
  if (!flagged || spans.length === 0) return { flagged: false, claims: [] };
  let best = 0;
  for (let i = 1; i < spans.length; i++) if (readings[i * ROW]! > readings[best * ROW]!) best = i;
  // The model alone marks what it reads nearly as strongly as the page's strongest promise: its scores are
  // soft, so an absolute bar would leave a page's plainest promise unmarked, and a closing line well under
  // the strongest one must not borrow the page's flag.
  const alone = Math.max(model.claimFloor, model.claimNear * readings[best * ROW]!);
  const claims: Claim[] = [];
  spans.forEach((s, i) => {
    const p = readings[i * ROW]!;
    // Marked: what the rules kept, what they proposed and the model reads as a promise, and the model's own.
    const rules = s.ctx.rules ?? 0;
    if (rules & RULE_KEPT || (p >= model.claimAt && rules & RULE_CLAIM) || p >= alone) claims.push(claimAt(model, text, s, readings, i));
  });
  if (claims.length === 0) claims.push(claimAt(model, text, spans[best]!, readings, best));
  return { flagged: true, claims };
}
