/**
 * The learned model as shipped: a sparse table of hashed features, each with weights for the four sentence
 * classes, the page head and the four myths, plus the page decision's weights. Written by `npm run train`
 * (tests/tools/train.ts) into model.json; loading it is one base64 decode into typed arrays.
 */
import type { MythId } from '../myths/types';
import { DIMS } from './features';

/** Sentence classes, in weight order. */
export const CLASSES = ['promise', 'refute', 'mention', 'neutral'] as const;
/** Myths, in weight order of the myth head. */
export const MYTH_ORDER: readonly MythId[] = ['spot-reduction', 'rapid-fix', 'extreme-restriction', 'magic-product'];
/** Column of the page head: each sentence read for whether its page sells a myth (trained on the page's label). */
export const PAGE_AT = CLASSES.length;
/** First column of the myth head. */
export const MYTH_AT = PAGE_AT + 1;
/** Weights per feature row: 4 sentence classes, the page head, then 4 myths. */
export const ROW = MYTH_AT + MYTH_ORDER.length;

/** The model file's shape (JSON). */
export interface ModelData {
  /** sha256 of each corpus file the model was fitted on. */
  corpus: Record<string, string>;
  dims: number;
  /** Feature indices, ascending, as little-endian Int32 in base64. */
  features: string;
  /** ROW Int16 weights per feature, little-endian in base64, each `scale` times the real weight. */
  weights: string;
  scale: number;
  /** Page decision: bias then one weight per page feature (see pageFeatures). */
  page: number[];
  /** Page probability at which a page is flagged; only a page where the hand rules found a candidate promise is. */
  flagAt: number;
  /** Promise probability at which a sentence the hand rules proposed is reported as a claim on a flagged page. */
  claimAt: number;
  /** A sentence the rules did not propose is reported when its promise is this share of the page's strongest… */
  claimNear: number;
  /** …and at least this probability. */
  claimFloor: number;
}

/**
 * The model ready to score: which features have a row, and the rows' weights in feature order, so a feature's
 * row is its rank among the present ones (rowOf): read off 64 kB that stay in cache, where a 1 MB table of
 * rows by feature missed the cache at about every feature of a real page's sentences.
 */
export interface Model {
  /** Bit f is set where feature f has a row. Most features of a sentence (its bigrams above all) have none. */
  present: Uint32Array;
  /** rank[w]: how many features below 32 * w have a row. */
  rank: Int32Array;
  weights: Float32Array;
  page: readonly number[];
  flagAt: number;
  claimAt: number;
  claimNear: number;
  claimFloor: number;
}

const native = (Uint8Array as unknown as { fromBase64?: (b64: string) => Uint8Array }).fromBase64;
/** Base64 to bytes: the engine's own decoder where it has one, else atob (native too) and one copy. */
function decode(b64: string): Uint8Array {
  if (native) return native(b64);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Typed-array views read the platform's byte order; the model file is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Builds the scoring tables from the file's data. A file for another feature space is refused. */
export function loadModel(data: ModelData): Model {
  if (data.dims !== DIMS) throw new Error(`model has ${data.dims} features, the featurizer ${DIMS}: run npm run train`);
  const fb = decode(data.features);
  const wb = decode(data.weights);
  const rows = fb.length / 4;
  const weights = new Float32Array(rows * ROW);
  const present = new Uint32Array(DIMS / 32);
  const inv = 1 / data.scale;
  const view = new DataView(fb.buffer, fb.byteOffset);
  const features = LITTLE_ENDIAN ? new Int32Array(fb.buffer, fb.byteOffset, rows) : Int32Array.from({ length: rows }, (_, r) => view.getInt32(r * 4, true));
  let ascending = true;
  for (let r = 0; r < rows; r++) {
    present[features[r]! >>> 5]! |= 1 << (features[r]! & 31);
    if (r > 0 && features[r]! <= features[r - 1]!) ascending = false;
  }
  const rank = ranks(present);
  const raw = LITTLE_ENDIAN ? new Int16Array(wb.buffer, wb.byteOffset, rows * ROW) : null;
  const weightsView = new DataView(wb.buffer, wb.byteOffset);
  const weightAt = (i: number) => (raw ? raw[i]! : weightsView.getInt16(i * 2, true)) * inv;
  // The file lists its features ascending (as train writes it): its rows are in rank order already, and
  // copied in one loop (this runs once, before the engine has optimized anything).
  if (ascending && raw) for (let i = 0; i < raw.length; i++) weights[i] = raw[i]! * inv;
  else
    for (let r = 0; r < rows; r++) {
      const to = rowOf({ present, rank }, features[r]!) * ROW;
      for (let k = 0; k < ROW; k++) weights[to + k] = weightAt(r * ROW + k);
    }
  return { present, rank, weights, page: data.page, flagAt: data.flagAt, claimAt: data.claimAt, claimNear: data.claimNear, claimFloor: data.claimFloor };
}

/** rank of a presence bitset: for each word, how many bits are set in the words before it. */
export function ranks(present: Uint32Array): Int32Array {
  const rank = new Int32Array(present.length);
  for (let w = 1; w < present.length; w++) rank[w] = rank[w - 1]! + bitCount(present[w - 1]!);
  return rank;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Row of present feature f: how many present features are below it. */
export function rowOf(model: Pick<Model, 'present' | 'rank'>, f: number): number {
  return rowIn(model.rank, model.present[f >>> 5]!, f);
}

/** rowOf with f's word of `present` already read. */
const rowIn = (rank: Int32Array, word: number, f: number): number => rank[f >>> 5]! + bitCount(word & ((1 << (f & 31)) - 1));

/**
 * Adds the weights of features[0, n) into sums: `width` columns of each row from `offset` (4: one head; 5: the
 * classes and the page head; ROW: all). The sums run in locals, written once: kept in `sums`, each add was a
 * load and a store.
 */
export function sumWeights(model: Model, features: Int32Array, n: number, offset: number, width: 4 | 5 | typeof ROW, sums: Float64Array): void {
  // Everything the loop reads is in locals: a module constant, a property or the present word read again was a
  // load and a check at every feature (about 170 instructions a feature, 9 of them the weights' adds).
  const { present, rank, weights } = model;
  const row = ROW;
  const five = width !== 4;
  const all = width === ROW;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let s7 = 0;
  let s8 = 0;
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    const word = present[f >>> 5]!;
    if (!(word & (1 << (f & 31)))) continue;
    const base = rowIn(rank, word, f) * row + offset;
    s0 += weights[base]!;
    s1 += weights[base + 1]!;
    s2 += weights[base + 2]!;
    s3 += weights[base + 3]!;
    if (!five) continue;
    s4 += weights[base + 4]!;
    if (!all) continue;
    s5 += weights[base + 5]!;
    s6 += weights[base + 6]!;
    s7 += weights[base + 7]!;
    s8 += weights[base + 8]!;
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  sums[3] = s3;
  if (!five) return;
  sums[4] = s4;
  if (!all) return;
  sums[5] = s5;
  sums[6] = s6;
  sums[7] = s7;
  sums[8] = s8;
}

/** The logistic function: the page head's and the page decision's probability, in the trainer as shipped. */
export const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

/** In-place softmax. */
export function softmax(v: Float64Array): void {
  let max = -Infinity;
  // An index loop: over for-of, the engine boxed `max` in a new number at every element.
  for (let k = 0; k < v.length; k++) if (v[k]! > max) max = v[k]!;
  let sum = 0;
  for (let k = 0; k < v.length; k++) sum += v[k] = Math.exp(v[k]! - max);
  for (let k = 0; k < v.length; k++) v[k]! /= sum;
}
