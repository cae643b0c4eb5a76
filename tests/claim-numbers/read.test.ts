import { expect, test } from 'vitest';
import fc from 'fast-check';
import { readClaimNumbers, readQuantities } from '../../lib/claim-numbers';

/** Real-style claims of our own, and sentences whose numbers are not a claim's. */
const TABLE: [string, Record<string, [number, number, string]>][] = [
  ['Lose 10 pounds in 7 days with our detox!', { 'weight-lost': [10, 10, 'lb'], deadline: [7, 7, 'day'] }],
  ['Drop two dress sizes in two weeks', { 'sizes-dropped': [2, 2, 'size'], deadline: [14, 14, 'day'] }],
  ['Get 3 inches off your waist in 10 days', { 'inches-lost': [3, 3, 'in'], deadline: [10, 10, 'day'] }],
  ['Burn 1,000 calories in a 20-minute workout', { 'calories-burned': [1000, 1000, 'kcal'], 'workout-length': [20, 20, 'min'] }],
  ['Eat 500 calories a day and the weight falls off', { 'calories-eaten': [500, 500, 'kcal'] }],
  ['Lose up to 5-7 lbs by the weekend', { 'weight-lost': [5, 7, 'lb'], deadline: [1, 7, 'day'] }],
  ['Lose half a stone in a week', { 'weight-lost': [7, 7, 'lb'], deadline: [7, 7, 'day'] }],
  ['Shed 4 kg overnight', { 'weight-lost': [4, 4, 'kg'], deadline: [1, 1, 'day'] }],
  ['Lose twenty-five pounds in a month', { 'weight-lost': [25, 25, 'lb'], deadline: [30, 30, 'day'] }],
  ['Only $29.99 for the top 10 moves: 3 sets of 12 reps, posted 2 days ago', {}],
  ['On 12 March 2024 we tested 5 brands; the 30-day money-back guarantee applies', {}],
  ['Do 100 crunches a day and rest 2 minutes between sets', {}],
  // Digits inside a word are not a quantity: "1e308 pounds" read as 308 lb, "B12" as 12.
  ['Lose 1e308 pounds in 7 days', { deadline: [7, 7, 'day'] }],
  ['Lose 1e-300 kg in 7 days', { deadline: [7, 7, 'day'] }],
  ['Take B12 pounds of energy and lose 5lb in 3 days', { 'weight-lost': [5, 5, 'lb'], deadline: [3, 3, 'day'] }],
];

test.each(TABLE)('%s', (sentence, expected) => {
  const got = Object.fromEntries(Object.entries(readClaimNumbers(sentence)).map(([k, r]) => [k, [r.low, r.high, r.unit]]));
  expect(got).toEqual(expected);
});

test('offsets point at the quantity in the sentence', () => {
  const s = 'Now: lose 10 pounds in 7 days';
  expect(readQuantities(s).map((r) => s.slice(r.start, r.end))).toEqual(['10 pounds', '7 days']);
});

test('never throws, readings are finite, positive and inside the sentence', () => {
  const words = fc.constantFrom('lose', '10', 'a', 'half', 'pounds', 'stone', 'in', '-', 'to', 'days', 'by', 'the', 'weekend', 'kcal', '$', '"', 'twenty', 'couple', 'of', 'burn', 'minute', 'overnight');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(words).map((w) => w.join(' '))), (s) => {
      for (const r of readQuantities(s)) {
        expect(Number.isFinite(r.low) && Number.isFinite(r.high) && r.low > 0 && r.low <= r.high).toBe(true);
        expect(r.start >= 0 && r.end <= s.length && r.start < r.end).toBe(true);
      }
    }),
  );
  expect(readQuantities(undefined as unknown as string)).toEqual([]);
});
