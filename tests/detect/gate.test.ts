import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fitnessStemAt, hasFitnessVocabulary } from '../../lib/detect/gate';
import { splitSentences } from '../../lib/detect/sentences';
import { corpusFiles } from '../tools/train-model';

/** The gate as one regex (what the scanner replaced): the scanner must agree with it on every text. */
const ORACLE =
  /\b(?:fat|weight|belly|tummy|stomach|waist|thigh|slim|calori|diet|workout|exercis|abs\b|toning|detox|flab|cellulite|pounds|kilos|inches|chin|cheeks|love[- ]handle|muffin[- ]top|bulge|cleanse|starv|dress size|bingo wings|six[- ]pack|cardio|hiit|carbs|metabol|appetite|craving|sauna|teatox|two-a-day|burn|saddlebag|hip dip|back roll|bra\b|kg\b|lbs?\b|hips?\b|arms?\b|lean|toned?\b|jiggl|flatter|spot[- ]?reduc|spot[- ]?train|sweat|your body|my body|the body|whole body|entire body|her body|his body|their bod|our bod|day[- ]fix|\d+(?:kg\b|lbs?\b|pounds|kilos|inches))/i;

/** Pieces that sit near the stems' edges: stems, their prefixes, joiners, case and word-boundary traps. */
const PIECES = [
  'fat', 'FAT', 'Fa', 'abs', 'abs_', 'bra', 'BRAs', 'kg', 'kg2', 'lb', 'lbs', 'LBS', 'lbsx', 'hip', 'hips', 'hipster', 'arm',
  'arms', 'army', 'tone', 'toned', 'toner', 'love', 'handle', 'muffin', 'top', 'six', 'pack', 'spot', 'reduc', 'train',
  'dress', 'size', 'fix', 'bingo', 'wings', 'back', 'roll', 'dip', 'two', 'a', 'day', 'clean', 'machine', 'sweat', 'jiggl', 'é',
  'body', 'bodies', 'bod', 'your', 'the', 'whole', 'their', 'ß', 'ſ', 'K', '\u212a', ' ', '-', '_', '\n', '\r', '\t', '1', '5', 'x', 'pounds', 'kilos', 'inches', '.', '\0',
];

describe('gate', () => {
  test('rejects text with no fitness vocabulary and accepts text with it', () => {
    expect(hasFitnessVocabulary('Feed the sourdough starter and let it rise overnight.')).toBe(false);
    expect(hasFitnessVocabulary('')).toBe(false);
    expect(hasFitnessVocabulary('How to lose BELLY fat')).toBe(true);
  });

  test('a unit written against its number counts as it does spaced', () => {
    for (const text of ['I lost 5lb', 'down 10lbs', 'lift 6kg', 'a 3kg kettlebell', '2.5kg', 'lost 4inches', 'ten 7pounds', '20kilos'])
      expect(hasFitnessVocabulary(text), text).toBe(true);
    // Only units follow a number so: other stems still start a word, and a unit still ends one.
    for (const text of ['model 5fat', 'a 3arms race', 'code 5lbx', 'item 6kgs', 'x4lean']) expect(hasFitnessVocabulary(text), text).toBe(false);
    expect(fitnessStemAt('lost 10lbs', 0)).toBe(5);
  });

  test('a stem only at the very end of a long off-topic text still passes', () => {
    const offTopic = 'The council met on Tuesday to discuss the new bus timetable. '.repeat(20_000);
    expect(hasFitnessVocabulary(offTopic)).toBe(false);
    expect(hasFitnessVocabulary(`${offTopic}Six-pack`)).toBe(true);
    expect(hasFitnessVocabulary(`${offTopic}kg`)).toBe(true);
  });

  test('agrees with the one-regex gate on texts made of stems, their prefixes and boundary characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => hasFitnessVocabulary(parts.join('')) === ORACLE.test(parts.join(''))),
      { numRuns: 20_000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => hasFitnessVocabulary(text) === ORACLE.test(text)));
  });

  test('fitnessStemAt finds where the one-regex gate matches from any offset, its word boundary seeing the character before', () => {
    const oracle = new RegExp(ORACLE.source, 'gi');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.nat(40), (parts, from) => {
        const text = parts.join('');
        oracle.lastIndex = from;
        return fitnessStemAt(text, from) === (oracle.exec(text)?.index ?? -1);
      }),
      { numRuns: 5_000 },
    );
    expect(fitnessStemAt('a flatter belly', 3)).toBe(10);
  });

  test.skipIf(!corpusFiles())('agrees with the one-regex gate on every sentence of the corpus', () => {
    let differ = 0;
    let sentences = 0;
    for (const file of corpusFiles() ?? []) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text: string };
        for (const { start, end } of splitSentences(text)) {
          const s = text.slice(start, end);
          sentences++;
          if (hasFitnessVocabulary(s) !== ORACLE.test(s)) differ++;
        }
      }
    }
    expect(sentences).toBeGreaterThan(5_000);
    expect(differ).toBe(0);
  });
});
