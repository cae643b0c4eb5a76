/**
 * Reads a page the way the learned model sees it: sentence spans with their position, each sentence's class
 * probabilities (promise, refute, mention, neutral), and the page features the page decision weighs.
 */
import { sentenceFeatures, type SentenceContext } from './features';
import { CLASSES, type Model, softmax, sumWeights } from './model';
import { MAX_SENTENCE, type ReadSpan } from './sentences';

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
] as const;

/**
 * Page features from per-sentence probabilities. Stance is judged per block: a block's strongest promise
 * against its own strongest refutation, so a reply that corrects another does not absolve it.
 */
export function pageFeatures(spans: readonly ReadSpan[], probs: readonly Float64Array[]): number[] {
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
  const closeBlock = () => {
    blockStance = Math.max(blockStance, bP - bR);
    unrefuted = Math.max(unrefuted, bP * (1 - bR));
    bP = 0;
    bR = 0;
  };
  for (let i = 0; i < probs.length; i++) {
    const [p, r, m] = probs[i]!;
    if (i > 0 && spans[i]!.ctx.block !== spans[i - 1]!.ctx.block) closeBlock();
    if (p! > max) [second, max] = [max, p!];
    else if (p! > second) second = p!;
    sum += p!;
    if (p! > 0.5) over++;
    maxR = Math.max(maxR, r!);
    maxM = Math.max(maxM, m!);
    if (r! > p! && r! > m! && r! > 0.5) refuting++;
    bP = Math.max(bP, p!);
    bR = Math.max(bR, r!);
  }
  closeBlock();
  const n = probs.length;
  const head = probs[0]?.[0] ?? 0;
  return [max, second, n ? sum / n : 0, maxR, n ? refuting / n : 0, head, blockStance, Math.log1p(n), Math.log1p(over), Math.log1p(sum), maxM, unrefuted];
}

const BUFFER = new Int32Array(3 * (MAX_SENTENCE + 1) + 16);
const SUMS = new Float64Array(CLASSES.length);

/** Class probabilities of one span. */
export function classify(model: Model, text: string, span: ReadSpan): Float64Array {
  const n = sentenceFeatures(text, span.start, span.end, span.ctx, BUFFER);
  sumWeights(model, BUFFER, n, 0, CLASSES.length, SUMS);
  softmax(SUMS);
  return SUMS.slice();
}

/** Feature indices of one span (a fresh copy, for the trainer). */
export function spanFeatures(text: string, span: ReadSpan): Int32Array {
  const n = sentenceFeatures(text, span.start, span.end, span.ctx, BUFFER);
  return BUFFER.slice(0, n);
}
