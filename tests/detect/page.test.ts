import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import data from '../../lib/detect/model.json';
import { CLASSES, loadModel, type ModelData, MYTH_AT, MYTH_ORDER, PAGE_AT, ranks, ROW, rowOf, softmax } from '../../lib/detect/model';
import { classify, PAGE_FEATURES, pageFeatures, readRuledSpans, type RuledPage, spanFeatures } from '../../lib/detect/page';
import { DIMS, RULE_CLAIM, RULE_KEPT, RULE_MYTH, RULE_REFUTES, RULE_STANDS, sentenceFeatures } from '../../lib/detect/features';
import { readSentencesOf } from '../../lib/detect/claims';
import { keptClaims } from '../../lib/detect/verdict';
import { LEAD_BLOCKS, readSpans } from '../../lib/detect/sentences';

const model = loadModel(data as ModelData);
const dir = join(__dirname, '../fixtures');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** The model file's rows as it lists them, by feature: read here without loadModel, to check what it builds. */
const fileFeatures = Buffer.from((data as ModelData).features, 'base64');
const fileWeights = Buffer.from((data as ModelData).weights, 'base64');
const fileRow = new Map(Array.from({ length: fileFeatures.length / 4 }, (_, r) => [fileFeatures.readInt32LE(r * 4), r] as const));
const fileWeight = (row: number, k: number) => Math.fround(fileWeights.readInt16LE((row * ROW + k) * 2) * (1 / (data as ModelData).scale));

/** Sums of features' weights from `offset`, each row looked up in the file's own list (no presence bits, no ranks). */
function sums(features: Int32Array, offset: number, width: number): Float64Array {
  const out = new Float64Array(width);
  for (const f of features) {
    const row = fileRow.get(f);
    if (row !== undefined) for (let k = 0; k < width; k++) out[k]! += fileWeight(row, offset + k);
  }
  return out;
}

describe('the learned reading of a page', () => {
  test('a feature is marked present exactly where the file lists it, and its row holds its weights', () => {
    const wrong: number[] = [];
    for (let f = 0; f < DIMS; f++) {
      const row = fileRow.get(f);
      if (((model.present[f >>> 5]! >>> (f & 31)) & 1) !== (row === undefined ? 0 : 1)) wrong.push(f);
      else if (row !== undefined && Array.from({ length: ROW }, (_, k) => model.weights[rowOf(model, f) * ROW + k] !== fileWeight(row, k)).some(Boolean)) wrong.push(f);
    }
    expect(wrong).toEqual([]);
    expect(fileRow.size).toBeGreaterThan(1000);
  });

  test('a file listing its features out of order loads the same model', () => {
    const d = data as ModelData;
    const rows = fileFeatures.length / 4;
    const order = Array.from({ length: rows }, (_, r) => rows - 1 - r);
    const features = Buffer.alloc(rows * 4);
    const weights = Buffer.alloc(rows * ROW * 2);
    order.forEach((from, to) => {
      features.writeInt32LE(fileFeatures.readInt32LE(from * 4), to * 4);
      fileWeights.copy(weights, to * ROW * 2, from * ROW * 2, (from + 1) * ROW * 2);
    });
    const shuffled = loadModel({ ...d, features: features.toString('base64'), weights: weights.toString('base64') });
    expect(shuffled.present).toEqual(model.present);
    expect(shuffled.weights).toEqual(model.weights);
  });

  // A feature's row is its rank among the present ones: counted here one bit at a time.
  test('rowOf counts the present features below', () => {
    const present = new Uint32Array(4);
    const bits = [0, 1, 31, 32, 33, 63, 64, 100, 127];
    for (const f of bits) present[f >>> 5]! |= 1 << (f & 31);
    const rank = ranks(present);
    expect(bits.map((f) => rowOf({ present, rank }, f))).toEqual(bits.map((_, i) => i));
  });

  test('classify reads every span of our pages as its features summed one head at a time', () => {
    let claims = 0;
    const wrong: string[] = [];
    for (const text of pages) {
      const { spans } = readRuledSpans(text);
      const readings = classify(model, text, spans);
      const expected = new Float64Array(spans.length * ROW);
      spans.forEach((span, i) => {
        const features = spanFeatures(text, span);
        const classes = sums(features, 0, CLASSES.length);
        softmax(classes);
        expected.set(classes, i * ROW);
        expected[i * ROW + PAGE_AT] = 1 / (1 + Math.exp(-sums(features, PAGE_AT, 1)[0]!));
        if ((span.ctx.rules ?? 0) & RULE_CLAIM) {
          expected.set(sums(features, MYTH_AT, MYTH_ORDER.length), i * ROW + MYTH_AT);
          claims++;
        }
      });
      for (let k = 0; k < expected.length; k++) if (!Object.is(readings[k], expected[k])) wrong.push(text.slice(spans[Math.floor(k / ROW)]!.start, spans[Math.floor(k / ROW)]!.end));
    }
    expect(wrong).toEqual([]);
    expect(claims).toBeGreaterThan(100);
  }, 30_000);

  test('each span carries the rules’ bits of the claims and refutations at its start', () => {
    for (const text of pages) {
      const spans = readSpans(text);
      const reading = readSentencesOf(text, spans);
      const kept = new Set(keptClaims(reading, []));
      const bits = new Map<number, number>();
      const add = (at: number, bit: number) => bits.set(at, (bits.get(at) ?? 0) | bit);
      for (const c of reading.claims) {
        const myth = RULE_MYTH << MYTH_ORDER.indexOf(c.myth);
        add(c.start, RULE_CLAIM | myth | (c.stands ? RULE_STANDS : 0) | (kept.has(c) ? RULE_KEPT : 0));
      }
      for (const r of reading.refutations) add(r.at, RULE_REFUTES);
      const expected = bits.size > 0 ? spans.map((s) => bits.get(s.start) ?? 0) : spans.map(() => undefined);
      expect(readRuledSpans(text).spans.map((s) => s.ctx.rules)).toEqual(expected);
    }
  });
});

describe('features', () => {
  const count = (s: string) => sentenceFeatures(s, 0, s.length, { first: false, heading: false, block: 5 }, new Int32Array(3 * s.length + 25));

  // Hashes of either sign: "can't", "myth", "stop" and "i" hash over 2^31 as unsigned numbers.
  test.each(['not', "can't", 'myth', 'stop', 'without'])('"%s" opens a negation: each word after it in the clause gets a negated twin', (word) => {
    expect(count(`${word} melt belly fat`) - count('zzz melt belly fat')).toBe(3);
    expect(count(`${word} melt, belly fat`) - count('zzz melt, belly fat')).toBe(1);
    // "but" closes the scope after its own twin.
    expect(count(`${word} melt but belly fat`) - count('zzz melt but belly fat')).toBe(2);
  });

  test.each([
    ['i', 'i melt fat'],
    ['you', 'melt your fat'],
  ])('"%s" sets its flag', (_, s) => {
    expect(count(s) - count(s.replace(/\b(?:i|your)\b/, 'zzz'))).toBe(1);
  });

  test('a page’s block stance is its blocks’ best promise against their own refutation, the last block and an empty page included', () => {
    const page = (blocks: number[]): RuledPage => ({
      spans: blocks.map((block, i) => ({ start: i, end: i + 1, ctx: { first: i === 0, heading: false, block } })),
      kept: 0,
      refutations: 0,
      candidates: 0,
    });
    const read = (rows: [number, number][]) => Float64Array.from(rows.flatMap(([p, r]) => [p, r, 0, 1 - p - r, ...new Array<number>(ROW - CLASSES.length).fill(0)]));
    const stance = PAGE_FEATURES.indexOf('block stance');
    const unrefuted = PAGE_FEATURES.indexOf('max promise in unrefuted block');
    // Block 0: promise 0.9 against refutation 0.6; block 1 (the last): 0.5 against nothing.
    const f = pageFeatures(page([0, 0, 1]), read([[0.9, 0.1], [0.2, 0.6], [0.5, 0]]));
    expect(f[stance]).toBeCloseTo(0.5, 12);
    expect(f[unrefuted]).toBeCloseTo(0.5, 12);
    expect(pageFeatures(page([0, 1]), read([[0.5, 0], [0.9, 0.6]]))[stance]).toBeCloseTo(0.5, 12);
    const empty = pageFeatures(page([]), read([]));
    expect([empty[stance], empty[unrefuted]]).toEqual([0, 0]);
  });

  test('the page head’s features: its mean, largest, headline and lead (headline and first paragraph) readings', () => {
    const spans = [0, 1, 2, 3].map((i) => ({ start: i, end: i + 1, ctx: { first: i === 0, heading: false, block: i } }));
    const readings = new Float64Array(4 * ROW);
    [0.2, 0.9, 0.4, 0.1].forEach((h, i) => (readings[i * ROW + PAGE_AT] = h));
    const f = pageFeatures({ spans, kept: 0, refutations: 0, candidates: 0 }, readings);
    const at = (name: (typeof PAGE_FEATURES)[number]) => f[PAGE_FEATURES.indexOf(name)];
    expect(at('mean page head')).toBeCloseTo(0.4, 12);
    expect(at('max page head')).toBe(0.9);
    expect(at('headline page head')).toBe(0.2);
    expect(LEAD_BLOCKS).toBe(2);
    expect(at('lead page head')).toBeCloseTo(0.55, 12);
    expect(pageFeatures({ spans: [], kept: 0, refutations: 0, candidates: 0 }, new Float64Array(0)).slice(-4)).toEqual([0, 0, 0, 0]);
  });
});
