import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import data from '../../lib/detect/model.json';
import { loadModel, type ModelData } from '../../lib/detect/model';
import { judgeWith, promisingSentences } from '../../lib/detect/learned';
import { COMMON_WORDS, looksEnglish } from '../../lib/detect/english';
import { judgePage } from '../../lib/detect';

const model = loadModel(data as ModelData);

describe('learned detector', () => {
  test('the model file is stamped with the corpus it was fitted on and matches the featurizer', () => {
    expect(Object.keys((data as ModelData).corpus).sort()).toEqual(['dev.jsonl', 'train.jsonl']);
    expect(() => loadModel({ ...(data as ModelData), dims: 1024 })).toThrow(/npm run train/);
  });

  test('reads a plain promise as a promise and a technique line as none', () => {
    const page = 'Welcome to my blog.\nThese five moves melt back fat and smooth your bra-line.\nThanks for reading.';
    const claims = promisingSentences(model, page);
    expect(claims.map((c) => c.sentence)).toEqual(['These five moves melt back fat and smooth your bra-line.']);
    expect(claims[0]!.myth).toBe('spot-reduction');
    expect(judgeWith(model, 'Keep your back flat, pull the dumbbell to your hip and pause at the top.').flagged).toBe(false);
  });

  test('the shipped verdict marks a page’s promises, not a sign-off line the model half-suspects', () => {
    const page = [
      'Get summer ready',
      'Summer is close. These five moves melt back fat and smooth your bra-line in just ten days! Thanks for reading.',
      'Wear a sweat belt during each workout to burn belly fat even faster.',
      'Our detox tea flushes out belly fat naturally while you sleep.',
      'See you tomorrow for more.',
    ].join('\n');
    expect(judgePage(page).claims.map((c) => c.sentence)).toEqual([
      'These five moves melt back fat and smooth your bra-line in just ten days!',
      'Wear a sweat belt during each workout to burn belly fat even faster.',
      'Our detox tea flushes out belly fat naturally while you sleep.',
    ]);
  });

  // The myth head learned from page kinds, and the corpus has one extreme-restriction page: it named these rapid-fix.
  test.each([
    'Cut your intake to 600 calories a day to drop a dress size.',
    'Juice only for a week and watch the pounds fall off.',
    'Drink nothing but juice for a week to drop two dress sizes.',
  ])('a crash restriction names extreme-restriction on its card: %s', (text) => {
    const verdict = judgePage(text);
    expect(verdict.flagged).toBe(true);
    expect(verdict.claims.map((c) => c.myth)).toEqual(['extreme-restriction']);
  });

  test('other languages are left alone, short English texts are read', () => {
    expect(looksEnglish('Perdez la graisse du ventre avec ces exercices simples, chaque jour, pendant une semaine entière. '.repeat(5))).toBe(false);
    expect(looksEnglish('These moves melt back fat.')).toBe(true);
  });

  test.each(COMMON_WORDS)('"%s" counts as a common word, a longer word made of it does not', (word) => {
    // Exactly one word in ten: the text reads English only if `word` counts.
    const text = (w: string) => `${w} zorb zorb zorb zorb zorb zorb zorb zorb zorb `.repeat(5);
    expect(looksEnglish(text(word))).toBe(true);
    expect(looksEnglish(text(`${word}q`))).toBe(false);
  });

  test('never throws; claims slice back to their sentence with confidence in (0, 1]', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 2000 }),
      fc.string({ unit: fc.constantFrom('fat ', 'melt ', 'back ', 'in 7 days ', '!', '?)', '.”', '\n', '"', '\uD800'), maxLength: 500 }),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        for (const c of judgeWith(model, text).claims) {
          expect(text.slice(c.start, c.end)).toBe(c.sentence);
          expect(c.confidence).toBeGreaterThan(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
