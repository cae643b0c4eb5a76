import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findClaims, judgeByRules, judgePage } from '../../lib/detect';
import { lowerCaser, MAX_SENTENCE, splitSentences } from '../../lib/detect/sentences';

describe('sentences', () => {
  test('splits on end punctuation and lines, keeps decimals', () => {
    const text = 'Lose Back Fat Fast\nEat 1.6 g per kg. Then walk! Done?\nTry these moves:\n- rows';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Lose Back Fat Fast', 'Eat 1.6 g per kg.', 'Then walk!', 'Done?', 'Try these moves:', '- rows']);
  });

  // Runs of end or closing marks followed by a letter once made the splitter rescan the run at every mark.
  test.each(['!', '.', '?', '?)', '."', '!’]'])('a long run of %j keeps the cap and is read once', (run) => {
    const text = `These moves melt back fat${run.repeat(20_000)}x and more`;
    const spans = splitSentences(text);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  test('spans are in order, trimmed, within one line and the cap, and hold every non-space character', () => {
    const piece = fc.oneof(fc.constantFrom('a', 'fat', ' ', '\n', '.', '!', '?', '…', '。', '"', '’', ')', ']', '\t', '3'), fc.constant('b'.repeat(450)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        const spans = splitSentences(text);
        spans.forEach((s, i) => {
          const span = text.slice(s.start, s.end);
          expect(s.start).toBeGreaterThanOrEqual(i > 0 ? spans[i - 1]!.end : 0);
          expect(span).toBe(span.trim());
          expect(span).not.toContain('\n');
          expect(span.length).toBeLessThanOrEqual(MAX_SENTENCE);
        });
        expect(spans.map((s) => text.slice(s.start, s.end)).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  // A run cut at the cap that ends in an end mark exactly there once made a span of 401 (found by the property above).
  test.each(['.', '!', '…'])('a run of exactly the cap closed by %j keeps the cap and every character', (mark) => {
    const text = 'b'.repeat(MAX_SENTENCE * 3) + mark;
    const spans = splitSentences(text);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  // A line break right after a sentence's marks is stepped over by the splitter itself, not found again.
  test.each([
    ['A.\nB!\n\nC?"\n', ['A.', 'B!', 'C?"']],
    [`${'b'.repeat(MAX_SENTENCE - 1)}.\nc`, ['b'.repeat(MAX_SENTENCE - 1) + '.', 'c']],
    [`${'b'.repeat(MAX_SENTENCE)}!!\n c.\n`, ['b'.repeat(MAX_SENTENCE), '!!', 'c.']],
  ])('a line that ends its sentence: %j', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  // lowerCaser slices one lower-casing of the page: right only where no character lowers to fewer code units.
  test('no code point lowers to a shorter string', () => {
    const shorter: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (ch.toLowerCase().length < ch.length) shorter.push(c);
    }
    expect(shorter).toEqual([]);
  });

  test('a sentence lower-cased from the whole text is the sentence lower-cased', () => {
    // Letters that lower by context (Σ), to two (İ), to ASCII (the Kelvin sign), astral pairs (𐐀) and their halves.
    const piece = fc.oneof(fc.constantFrom('A', 'b', 'FAT', ' ', '.', 'ß', 'É', '\u212a', '𐐀', '\ud801', '\udc00', '\u03a3', 'İ'), fc.constantFrom('Belly ', 'LOSE ', 'x'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(lowerCaser(text)(start, end)).toBe(text.slice(start, end).toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  test('never makes a span longer than the cap, even without punctuation', () => {
    const spans = splitSentences('fat '.repeat(5000));
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});

// The hand rules: still run on every page, as the shipped model's features (see lib/detect/page.ts).
describe('claims and stance', () => {
  test('offsets point at the claim sentence inside the page', () => {
    const page = 'Welcome to my blog.\n\nThese five moves melt back fat in 10 days! Thanks for reading.';
    const claims = findClaims(page);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(page.slice(c.start, c.end)).toBe(c.sentence);
      expect(c.sentence).toBe('These five moves melt back fat in 10 days!');
      expect(c.confidence).toBeGreaterThan(0.5);
    }
    expect(new Set(claims.map((c) => c.myth))).toEqual(new Set(['spot-reduction', 'rapid-fix']));
  });

  test('a clause that refutes is not a claim, the clause that promises is', () => {
    expect(findClaims('It is unrealistic to lose love handles in two weeks, but you can start good habits.')).toEqual([]);
    const mixed = findClaims("You can't spot reduce, but these moves will melt back fat.");
    expect(mixed.map((c) => c.myth)).toEqual(['spot-reduction']);
  });

  test('questions and quotations report a promise without making it', () => {
    expect(findClaims('Can you really lose face fat with exercises?')).toEqual([]);
    expect(findClaims('The ad said "melt belly fat in 7 days" in big letters.')).toEqual([]);
  });

  test('a whole quoted sentence is someone speaking: it promises, unless the page argues against myths', () => {
    const review = ['Customer reviews', '"My love handles have literally disappeared with these twists!"'].join('\n');
    expect(judgeByRules(review).flagged).toBe(true);
    expect(judgeByRules(review).claims[0]?.quoted).toBe(true);
    const trainer = '"Work those muscles hard and you burn the fat sitting right on top of them," she explains.';
    expect(findClaims(trainer).map((c) => c.myth)).toEqual(['spot-reduction']);
    // The same quote opening a debunk is held up to be knocked down.
    const debunk = ['"Melt back fat in 10 days!"', 'Ten days is far too short for any real change in fat.'].join('\n');
    expect(judgeByRules(debunk).flagged).toBe(false);
  });

  test('selling copy is not read as refutation; set-ups and reported questions are not promises', () => {
    expect(judgeByRules('This face yoga habit erased my double chin, no diet or workouts needed!').flagged).toBe(true);
    expect(judgeByRules('Many people ask me if side bends will remove love handles. Sadly not.').flagged).toBe(false);
    expect(judgeByRules('Two-a-day workouts to burn fat fast sound hardcore, but they mostly pile up fatigue.').flagged).toBe(false);
    expect(judgeByRules('The scale drops fast in the first week, but most of that weight is water.').flagged).toBe(false);
    expect(judgeByRules('The 500-calorie diet leaves your body no choice but to burn fat.').flagged).toBe(true);
    expect(judgeByRules('Can you really lose belly fat in a week? Follow this 7-day plan and you lose belly fat.').flagged).toBe(false);
  });

  test('a concession ends at its comma; single quotes quote, apostrophes do not; attributions are not refutations', () => {
    expect(judgeByRules("While you can't technically spot reduce, this routine will burn the fat around your bra line.").flagged).toBe(true);
    expect(judgeByRules("Stitch with the 'lose your double chin in a week with these exercises' video. It is water.").flagged).toBe(false);
    expect(findClaims("Don't wait: these moves melt back fat.").map((c) => c.myth)).toEqual(['spot-reduction']);
    const speech = "'Work the muscle directly underneath the fat and it burns away,' she told us.";
    expect(judgeByRules(speech).flagged).toBe(true);
  });

  test('two sentences framing the myths as claims or scams make a debunk, even without body words of their own', () => {
    const page = ["You've no doubt seen the claims.", 'Lose a pound a day without dieting!', 'False hope and red flags, all of it.'].join('\n');
    expect(judgeByRules(page).flagged).toBe(false);
    expect(judgeByRules('Lose a pound a day without dieting!').flagged).toBe(true);
  });

  test('myth lists and pitches are reported; a bigger number is not a small one', () => {
    expect(judgeByRules('Myth 2: A cleanse melts belly fat.').flagged).toBe(false);
    expect(judgeByRules('The pitch is seductive: rub a warming gel in and it melts fat right where you apply it.').flagged).toBe(false);
    // "1,700 calories" is not "700 calories".
    expect(judgeByRules('What worked for me: eating around 1,700 calories a day and lifting three times a week.').flagged).toBe(false);
  });

  test('idioms that borrow the words are not claims; reporters are not promisers', () => {
    expect(judgeByRules('Trim the fat: cutting our JavaScript bundle by 60% in one week.').flagged).toBe(false);
    expect(judgeByRules('Trim the fat off your belly in one week with this plan!').flagged).toBe(true);
    expect(judgeByRules("Many workout videos say it's fat burning in that spot.").flagged).toBe(false);
    expect(judgeByRules('Down 14 lbs in 3 weeks on 1000 cals and two workouts a day!').flagged).toBe(true);
  });

  test('a mechanism or a crash prescription stated as fact stands even beside an admission', () => {
    const admits = "Everyone says you can't spot reduce. But the muscle burns the fat sitting right on top of it.";
    expect(judgeByRules(admits).flagged).toBe(true);
    const crash = 'Crash diets have a bad name. Still, cap your intake at 600 calories a day for three weeks.';
    expect(judgeByRules(crash).claims.map((c) => c.myth)).toEqual(['extreme-restriction']);
    // A deficit is not an intake.
    expect(judgeByRules('Aim to eat about 500 kcal a day less than you burn.').flagged).toBe(false);
  });

  test('"no more than" and "in no time" are not refutations', () => {
    expect(findClaims('Eat no more than 600 calories a day to drop weight.').map((c) => c.myth)).toContain(
      'extreme-restriction',
    );
  });
});

describe('page verdict', () => {
  const debunker = [
    'Can You Lose Back Fat in 10 Days?',
    'Spot reduction is a myth. You cannot choose where your body sheds its fat.',
    'Ads promise that a sweat belt will melt belly fat, but the FTC has fined sellers for such claims.',
    'Any quick drop on the scale in the first week is mostly water weight.',
    'Instead, train your whole body three times a week and walk most days.',
  ].join('\n');

  test('a debunking page is never flagged, by the rules or by the shipped detector', () => {
    expect(judgeByRules(debunker)).toEqual({ flagged: false, claims: [] });
    expect(judgePage(debunker)).toEqual({ flagged: false, claims: [] });
  });

  test('a page that admits the myth and then sells it anyway is flagged', () => {
    const page = [
      'Spot reduction is a myth, everyone knows that.',
      'Still, these 5 easy moves will melt back fat fast!',
    ].join('\n');
    const verdict = judgeByRules(page);
    expect(verdict.flagged).toBe(true);
    expect(verdict.claims[0]?.sentence).toBe('Still, these 5 easy moves will melt back fat fast!');
  });

  test('a click-bait headline over an honest body is sound', () => {
    const page = [
      'How to Lose Your Muffin Top in 2 Weeks',
      'Two weeks is not enough time to lose much fat, and you cannot target the waist.',
      'Focus on a small deficit, strength training and walking for the next few months.',
    ].join('\n');
    expect(judgeByRules(page).flagged).toBe(false);
  });

  // Stance is judged by block: honest list items do not excuse the sales items beside them.
  test('a listicle mixing honest items with sales copy and an ad flags every sales line', () => {
    const page = [
      'Ten things that helped me this spring',
      '1. Walking after dinner: no exercise can target belly fat, but it clears my head.',
      '2. Eggs at breakfast: detox teas do not remove fat, but eggs keep me full.',
      '3. A good pair of trainers.',
      '4. A sculpting gel for a flatter belly.',
      '5. These moves target bra fat.',
      'Sponsored: a tummy tea for a slimmer waist.',
    ].join('\n');
    expect(judgeByRules(page).claims.map((c) => c.sentence)).toEqual(['A sculpting gel for a flatter belly.', 'These moves target bra fat.', 'Sponsored: a tummy tea for a slimmer waist.']);
  });

  test('a reply that corrects a post does not absolve it', () => {
    const thread = [
      'Wedding in three weeks',
      'I need to fit into the dress by the 20th. Any tips?',
      'Reply from Kim: Congrats! Walk every day and eat your veg.',
      'Reply from Dana: A 500-calorie diet until the wedding is how I got results.',
      'Reply from Sam: Please do not. 500 calories a day is dangerous and the weight comes back.',
    ].join('\n');
    expect(judgeByRules(thread).claims.map((c) => c.sentence)).toEqual(['Reply from Dana: A 500-calorie diet until the wedding is how I got results.']);
  });

  test('a quiz or FAQ that answers each claim in the next block is sound', () => {
    const quiz = [
      'True or false?',
      '1. Walking counts as exercise.',
      'True.',
      '2. Side bends shrink love handles.',
      'False. They train the obliques.',
    ].join('\n');
    expect(judgeByRules(quiz).flagged).toBe(false);
  });

  test('a single quiet claim in a listicle counts', () => {
    const page = ['Ten things I loved this month', 'A new water bottle.', 'These moves target bra fat.', 'A good book.'].join('\n');
    expect(judgeByRules(page).flagged).toBe(true);
  });

  test('technique, nutrition and unrelated pages are not flagged', () => {
    for (const page of [
      'Bent-over row: hinge at the hips, keep the back flat and pull the bar to your belly button.',
      'Protein helps you keep muscle while you eat a little less than you burn.',
      'Feed your sourdough starter twice a day for seven days before you bake.',
    ]) {
      expect(judgeByRules(page).flagged).toBe(false);
    }
  });
});

describe('robustness (properties)', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 2000 }),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.string({ unit: fc.constantFrom('fat ', 'lose ', 'in 1 ', '.', '?', '!', '?)', '.”', '!!!!!!!!', '\n', '"', '“', 'back ', 'bra ', '\uD800'), maxLength: 500 }),
  );

  test('never throws and every claim slices back to its sentence', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const c of [...judgePage(text).claims, ...judgeByRules(text).claims]) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThan(c.end);
          expect(text.slice(c.start, c.end)).toBe(c.sentence);
          expect(c.confidence).toBeGreaterThan(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a claim keeps its offsets when text is prepended (claims are local)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (prefix) => {
        const claim = 'These moves melt back fat.';
        const text = `${prefix}\n${claim}`;
        const found = findClaims(text).filter((c) => c.sentence === claim);
        expect(found.length).toBeGreaterThan(0);
        expect(found[0]!.start).toBe(prefix.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  test('handles megabytes of one character and of near-matches without throwing', () => {
    expect(judgePage('a'.repeat(2_000_000)).flagged).toBe(false);
    expect(() => judgePage('lose lose lose fat in in in 1 1 1 '.repeat(50_000))).not.toThrow();
    expect(() => judgeByRules('lose lose lose fat in in in 1 1 1 '.repeat(50_000))).not.toThrow();
  });
});
