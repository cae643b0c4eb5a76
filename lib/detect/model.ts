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
  /** Page probability at which a page where the hand rules found a candidate promise is flagged. */
  flagAt: number;
  /** Page probability at which a page is flagged even where the rules found no candidate. */
  flagBareAt: number;
  /** Promise probability at which a sentence the hand rules proposed is reported as a claim on a flagged page. */
  claimAt: number;
  /** A sentence the rules did not propose is reported when its promise is this share of the page's strongest… */
  claimNear: number;
  /** …and at least this probability. */
  claimFloor: number;
}

/** The model ready to score: feature index -> row + 1 (0 = unknown), and the rows' weights. */
export interface Model {
  /**
   * Bit f is set where feature f has a row: 32 kB, which stays in the first-level cache where rowOf (1 MB)
   * does not. Most features of a sentence (its bigrams above all) have no row.
   */
  present: Uint32Array;
  rowOf: Int32Array;
  weights: Float32Array;
  page: readonly number[];
  flagAt: number;
  flagBareAt: number;
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
  const rowOf = new Int32Array(DIMS);
  const weights = new Float32Array(rows * ROW);
  const present = new Uint32Array(DIMS / 32);
  const inv = 1 / data.scale;
  if (LITTLE_ENDIAN) {
    const features = new Int32Array(fb.buffer, fb.byteOffset, rows);
    const raw = new Int16Array(wb.buffer, wb.byteOffset, rows * ROW);
    for (let r = 0; r < rows; r++) rowOf[features[r]!] = r + 1;
    for (let i = 0; i < raw.length; i++) weights[i] = raw[i]! * inv;
  } else {
    const features = new DataView(fb.buffer, fb.byteOffset);
    const raw = new DataView(wb.buffer, wb.byteOffset);
    for (let r = 0; r < rows; r++) rowOf[features.getInt32(r * 4, true)] = r + 1;
    for (let i = 0; i < rows * ROW; i++) weights[i] = raw.getInt16(i * 2, true) * inv;
  }
  for (let f = 0; f < DIMS; f++) if (rowOf[f]) present[f >>> 5]! |= 1 << (f & 31);
  return { present, rowOf, weights, page: data.page, flagAt: data.flagAt, flagBareAt: data.flagBareAt, claimAt: data.claimAt, claimNear: data.claimNear, claimFloor: data.claimFloor };
}

/**
 * Adds the weights of features[0, n) into sums: `width` columns of each row from `offset` (4: one head; 5: the
 * classes and the page head; ROW: all). The sums run in locals, written once: kept in `sums`, each add was a
 * load and a store.
 */
export function sumWeights(model: Model, features: Int32Array, n: number, offset: number, width: 4 | 5 | typeof ROW, sums: Float64Array): void {
  const { present, rowOf, weights } = model;
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
    if (!(present[f >>> 5]! & (1 << (f & 31)))) continue;
    const base = (rowOf[f]! - 1) * ROW + offset;
    s0 += weights[base]!;
    s1 += weights[base + 1]!;
    s2 += weights[base + 2]!;
    s3 += weights[base + 3]!;
    if (width === 4) continue;
    s4 += weights[base + 4]!;
    if (width === 5) continue;
    s5 += weights[base + 5]!;
    s6 += weights[base + 6]!;
    s7 += weights[base + 7]!;
    s8 += weights[base + 8]!;
  }
  sums[0] = s0;
  sums[1] = s1;
  sums[2] = s2;
  sums[3] = s3;
  if (width === 4) return;
  sums[4] = s4;
  if (width === 5) return;
  sums[5] = s5;
  sums[6] = s6;
  sums[7] = s7;
  sums[8] = s8;
}

/** In-place softmax. */
export function softmax(v: Float64Array): void {
  let max = -Infinity;
  for (const x of v) if (x > max) max = x;
  let sum = 0;
  for (let k = 0; k < v.length; k++) sum += v[k] = Math.exp(v[k]! - max);
  for (let k = 0; k < v.length; k++) v[k]! /= sum;
}
