import type { Card, Examples, Myth, MythWords } from './types';
import { any, AREA, LOSE } from './vocab';

const PRODUCT = /*#__PURE__*/ any(
  'waist (?:trainers?|training|cinchers?)',
  'sweat (?:belts?|wraps?|bands?|vests?|suits?|shorts)',
  'sauna (?:suits?|vests?|pants|shorts|belts?|wraps?)',
  '(?:sculpt(?:ing)?|slimming|firming|contour(?:ing)?|burn(?:ing)?|warming|thermo\\w*) (?:gels?|creams?|lotions?|serums?|oils?|balms?|formulas?)',
  'teatox',
  'slimming (?:coffee|drinks?|shakes?|gummies|capsules|pills|patch(?:es)?)',
  '(?:ultrasonic )?cavitation',
  'fat[- ]freezing (?:kits?|pads?|belts?|at home|devices?)',
  '(?:apple cider(?: vinegar)?|keto|acv) (?:gummies|pills|capsules)',
  '(?:jaw|chin|face|neck) (?:trainers?|exercisers?|slimmers?|straps?)',
  'skinny (?:teas?|coffee|brew|wraps?)',
  '(?:juice|green juice|\\d+-day|three-day|detox|fat[- ]?(?:burning|flush(?:ing)?)|colon|liver) cleanses?',
  'slimming (?:belts?|creams?|gels?|wraps?|teas?|patch(?:es)?|shorts|shapewear|lotions?)',
  'fat[- ]?(?:burning|melting|blasting|dissolving) (?:creams?|gels?|pills?|supplements?|teas?|drinks?|elixirs?|belts?|lotions?|capsules?|patch(?:es)?)',
  'fat burners?',
  'body wraps?',
  'wrap (?:treatments?|sessions?)',
  '(?:clay|mud|mineral|seaweed|detox\\w*|slimming|contour\\w*|inch[- ]loss|herbal) wraps?',
  '(?:our|this|the) (?:signature |contour(?:ing)? |slimming |detox |body |inch[- ]loss |mud |clay )?wrap\\b',
  'detox (?:teas?|drinks?|cleanses?|juices?|water|shakes?)',
  '(?:ab|toning|ems|vibration|hot|sauna) belts?',
  'cellulite creams?',
  'bedtime (?:drinks?|beverages?|teas?|elixirs?)',
  'elixirs?',
  '(?:flat )?tummy (?:teas?|gels?|shakes?)',
  'diet pills?',
  'garcinia',
  'keto pills',
  'lemon water',
  'apple cider vinegar',
);
const RESULT = /*#__PURE__*/ any(`\\b${LOSE}\\b`, 'fat (?:out|off|away)', 'hourglass', 'sculpt(?:s|ed|ing)?\\b', 'cinch(?:es|ed)? (?:your |the )?waist', 'fat[- ]?(?:loss|burning|fighting)', 'inches', 'slimmer', 'flatter', 'waistline', AREA);

/** The card readers see, kept apart from the patterns so the embed ships only the copy. */
export const magicProductCard: Card = {
  title: 'No cream, belt or tea burns fat off a spot',
  claim: 'A cream, wrap, sweat belt, waist trainer, tea or cleanse will make fat disappear.',
  honest:
    'Wraps and belts make you sweat; the water comes back with your next drink. Creams and teas do not pull fat out of one area, and "detox" drinks mostly work as laxatives or diuretics. A waist trainer squeezes, it does not slim.',
  instead: [
    'Spend the money on shoes you will walk in: 30-45 minutes on most days.',
    'Strength-train the whole body 3-4 times a week.',
    'Keep a small, steady calorie deficit and enough protein.',
    'Protect sleep; poor sleep makes hunger louder.',
  ],
  timeline: [
    { when: 'Same day', what: 'Any "inches lost" from a wrap or belt are water and compression; they return.' },
    { when: 'Weeks 6-12', what: 'Real, lasting change from training and a modest deficit becomes visible.' },
    { when: 'Months 3-6', what: 'Stubborn areas follow for many people.' },
  ],
  nextStep: 'Before you buy, log one walk today and see how the week feels.',
};

export const magicProductWords: MythWords = {
  label: 'Magic product',
  why: 'sells a product that supposedly melts fat for you',
};

/** Creams, wraps, belts, trainers, teas and cleanses sold as fat removers. */
export const magicProduct: Myth = {
  id: 'magic-product',
  ...magicProductWords,
  patterns: {
    cue: new RegExp(`${PRODUCT}|\\b(?:sweat|cleanse|detox|tea|cream|gel|lotion|wrap|belt|patch)|fat (?:leaving|burning|melting|coming out)`),
    claim: [
      new RegExp(`${PRODUCT}.{0,100}${RESULT}`),
      new RegExp(`${RESULT}.{0,80}${PRODUCT}`),
      // Any cleanse, tea, cream or wrap said to act on fat itself: "the cleanse flushes out the fat".
      /\b(?:cleanses?|detox|teas?|creams?|gels?|lotions?|wraps?|belts?|patch(?:es)?)\b (?:\w+ )?(?:flush(?:es|ed)?|melt(?:s|ed)?|burn(?:s|ed|t)?|dissolv(?:es|ed)|draws?|pull(?:s|ed)?|sweat(?:s|ed)?|breaks? down|broke down) (?:out |away |off )?(?:the |your |stubborn |excess |unwanted )?(?:\w+ )?(?:fat|inches)\b/,
    ],
    strong: [
      // Sweat is water, whatever the product: "sweating the fat out".
      /\bsweat(?:s|ing)? (?:the |that |your |all (?:the|that) )?fat (?:out|off|away)/,
      // "That's the fat burning", "that is literally fat leaving your body": heat and sweat read as fat loss.
      /\b(?:that(?:'|’)?s|that is|it(?:'|’)?s) (?:literally |just |the |your )*fat (?:leaving|burning|melting|coming out)\b/,
    ],
    refute: [
      /\b(?:ftc|fda|lawsuit|fraud\w*|scam\w*|snake oil|gimmicks?)\b/,
      /\b(?:only|just) (?:lose|losing|sweat\w*) (?:water|fluid)/,
      /\b(?:temporary|temporarily)\b/,
    ],
  },
  card: magicProductCard,
};

/** Our own sentences both ways: the catalog test runs the detector on each. Tests only, never bundled. */
export const magicProductExamples: Examples = {
  promise: [
    'This waist trainer will shrink your waistline in weeks.',
    'Rub the fat-burning cream on your belly to melt stubborn fat.',
    'Our detox tea flushes out belly fat naturally.',
    'Wear the sweat belt during workouts to burn more belly fat.',
    'A body wrap can help you lose inches from your thighs.',
    'This bedtime drink targets belly fat while you sleep.',
  ],
  refute: [
    'The FTC fined the sellers of ab belts for false fat-loss claims.',
    'Sweat belts only make you lose water, which you drink straight back.',
    'A waist trainer does not burn belly fat; it just squeezes you temporarily.',
    'Detox teas are a gimmick and do not remove fat.',
    'Lemon water is fine to drink, but it is not a fat burner.',
  ],
};

