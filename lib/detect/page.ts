/**
 * Reads a page the way the learned model sees it: sentence spans with their position, each sentence's class
 * probabilities (promise, refute, mention, neutral), and the page features the page decision weighs.
 */
import { RULE_CLAIM, RULE_KEPT, RULE_MYTH, RULE_REFUTES, RULE_STANDS, sentenceFeatures } from './features';
import { CLASSES, logistic, MYTH_AT, MYTH_ORDER, type Model, PAGE_AT, ROW, softmax, sumWeights } from './model';
import { LEAD_BLOCKS, MAX_SENTENCE, readSpans, type ReadSpan } from './sentences';
import { readSentencesOf } from './claims';
import { keptClaims } from './verdict';

/** A page's spans, each carrying what the hand rules said of it, and the rules' own verdict. */
export interface RuledPage {
  spans: ReadSpan[];
  /** Claims the rules kept: they flag the page when there is one. */
  kept: number;
  /** Sentences the rules read as refuting. */
  refutations: number;
  /** Promises the rules found before the page rules took any back. */
  candidates: number;
}

/**
 * Splits the page and runs the hand rules once over the same spans: their claims, standing, verdict and
 * refutations become features of the model. Trainer and detector both call this, so the bits agree.
 */
export function readRuledSpans(text: string): RuledPage {
  const spans = readSpans(text);
  // Nothing here reads which rules decided.
  const reading = readSentencesOf(text, spans, null);
  const kept = keptClaims(reading, []);
  const { claims, refutations } = reading;
  // Claims and refutations come in page order, as the spans do (each at its sentence's start), and the rules
  // keep a claim in that order too: one walk along the three, no map by offset.
  let c = 0;
  let r = 0;
  let k = 0;
  if (claims.length + refutations.length > 0) {
    for (const s of spans) {
      let bits = 0;
      for (; c < claims.length && claims[c]!.start === s.start; c++) {
        const claim = claims[c]!;
        bits |= RULE_CLAIM | (RULE_MYTH << MYTH_ORDER.indexOf(claim.myth)) | (claim.stands ? RULE_STANDS : 0);
        if (kept[k] === claim) {
          bits |= RULE_KEPT;
          k++;
        }
      }
      for (; r < refutations.length && refutations[r]!.at === s.start; r++) bits |= RULE_REFUTES;
      s.ctx.rules = bits;
    }
  }
  return { spans, kept: kept.length, refutations: refutations.length, candidates: claims.length };
}

/** Names of the page features, in the order pageFeatures returns them (the model file's weights follow it). */
export const PAGE_FEATURES = [
  'max promise',
  'second promise',
  'mean promise',
  'max refute',
  'share refuting',
  'headline promise',
  'block stance',
  'log sentences',
  'log promises over half',
  'log promise mass',
  'max mention',
  'max promise in unrefuted block',
  'rules flag',
  'log rules claims kept',
  'log rules refutations',
  'rules found a candidate',
  'mean page head',
  'max page head',
  'headline page head',
  'lead page head',
] as const;

/**
 * Longest page, in sentences, whose counts the page decision reads as they are. The corpus's longest page has
 * 56 sentences; past that the count features' weights would extrapolate with no page behind them (a sales
 * page repeated to 150 kB read as a debunk), so a longer page's counts are read at this length, densities kept.
 */
export const FITTED_SENTENCES = 64;

/** log1p of a page count, scaled down to FITTED_SENTENCES for a page of n sentences. */
const countScale = (n: number) => {
  const scale = n > FITTED_SENTENCES ? FITTED_SENTENCES / n : 1;
  return (count: number) => Math.log1p(count * scale);
};

/**
 * Page features from per-sentence probabilities. Stance is judged per block: a block's strongest promise
 * against its own strongest refutation, so a reply that corrects another does not absolve it.
 */
export function pageFeatures(page: RuledPage, readings: Float64Array): number[] {
  const { spans } = page;
  let max = 0;
  let second = 0;
  let sum = 0;
  let maxR = 0;
  let maxM = 0;
  let refuting = 0;
  let over = 0;
  let blockStance = -1;
  let unrefuted = 0;
  let bP = 0;
  let bR = 0;
  let head = 0;
  let maxHead = 0;
  let lead = 0;
  let leadN = 0;
  const n = readings.length / ROW;
  // Blocks are closed inline, not by a closure: the numbers a closure shares live boxed, one allocation a write.
  for (let i = 0; i <= n; i++) {
    if (i === n || (i > 0 && spans[i]!.ctx.block !== spans[i - 1]!.ctx.block)) {
      blockStance = Math.max(blockStance, bP - bR);
      unrefuted = Math.max(unrefuted, bP * (1 - bR));
      bP = 0;
      bR = 0;
    }
    if (i === n) break;
    const p = readings[i * ROW]!;
    const r = readings[i * ROW + 1]!;
    const m = readings[i * ROW + 2]!;
    const h = readings[i * ROW + PAGE_AT]!;
    head += h;
    maxHead = Math.max(maxHead, h);
    // The lead says what a page is for: a product pitch or a debunk's set-up.
    if (spans[i]!.ctx.block < LEAD_BLOCKS) {
      lead += h;
      leadN++;
    }
    if (p > max) {
      second = max;
      max = p;
    } else if (p > second) second = p;
    sum += p;
    if (p > 0.5) over++;
    maxR = Math.max(maxR, r);
    maxM = Math.max(maxM, m);
    if (r > p && r > m && r > 0.5) refuting++;
    bP = Math.max(bP, p);
    bR = Math.max(bR, r);
  }
  const headline = n > 0 ? readings[0]! : 0;
  const count = countScale(n);
  return [
    max,
    second,
    n ? sum / n : 0,
    maxR,
    n ? refuting / n : 0,
    headline,
    blockStance,
    count(n),
    count(over),
    count(sum),
    maxM,
    unrefuted,
    page.kept > 0 ? 1 : 0,
    count(page.kept),
    count(page.refutations),
    page.candidates > 0 ? 1 : 0,
    n ? head / n : 0,
    maxHead,
    n > 0 ? readings[PAGE_AT]! : 0,
    leadN ? lead / leadN : 0,
  ];
}

const BUFFER = new Int32Array(3 * (MAX_SENTENCE + 1) + 25);
/** One span's weight sums, ROW of them: the class sums, the page head's, then the myth head's. */
const ALL_SUMS = new Float64Array(ROW);
const SUMS = ALL_SUMS.subarray(0, CLASSES.length);
const MYTH_SUMS = new Float64Array(MYTH_ORDER.length);

/**
 * Every span of a page read from one featurization each, in one array of ROW numbers per span: span i's
 * class probabilities (CLASSES order) from i * ROW, the page head's probability after them (PAGE_AT) and,
 * where the hand rules proposed it as a claim (as they did most claims), the myth head's scores from MYTH_AT
 * (MYTH_ORDER order). One array for the page rather than
 * one per sentence: those were a quarter of what judging a claim-dense page allocated (7.7 of 30 MB per MB).
 * Most sentences of a page are no claim: summing the myth weights for all of them cost more than featurizing
 * the few claims again.
 */
export function classify(model: Model, text: string, spans: readonly ReadSpan[]): Float64Array {
  const readings = new Float64Array(spans.length * ROW);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const n = sentenceFeatures(text, span.start, span.end, span.ctx, BUFFER);
    // A claim's class and myth sums in one walk over its features (each feature's row is looked up once).
    const claim = ((span.ctx.rules ?? 0) & RULE_CLAIM) !== 0;
    const width = claim ? ROW : MYTH_AT;
    sumWeights(model, BUFFER, n, 0, width, ALL_SUMS);
    softmax(SUMS);
    ALL_SUMS[PAGE_AT] = logistic(ALL_SUMS[PAGE_AT]!);
    // A loop, not readings.set(): the builtin's own set-up cost more than copying five or nine numbers.
    for (let k = 0, at = i * ROW; k < width; k++) readings[at + k] = ALL_SUMS[k]!;
  }
  return readings;
}

/**
 * The myth head's scores (MYTH_ORDER order) of span `i` of a page classify read: classify's where it read
 * them, else read now. The array returned is scratch, good until the next call.
 */
export function mythScores(model: Model, text: string, span: ReadSpan, readings: Float64Array, i: number): Float64Array {
  if ((span.ctx.rules ?? 0) & RULE_CLAIM) {
    for (let k = 0; k < MYTH_ORDER.length; k++) MYTH_SUMS[k] = readings[i * ROW + MYTH_AT + k]!;
    return MYTH_SUMS;
  }
  const n = sentenceFeatures(text, span.start, span.end, span.ctx, BUFFER);
  sumWeights(model, BUFFER, n, MYTH_AT, 4, MYTH_SUMS);
  return MYTH_SUMS;
}

/** Feature indices of one span (a fresh copy, for the trainer). */
export function spanFeatures(text: string, span: ReadSpan): Int32Array {
  const n = sentenceFeatures(text, span.start, span.end, span.ctx, BUFFER);
  return BUFFER.slice(0, n);
}
