import type { Dimension, Unit } from './quantity';

/** What a quantity in a claim belongs to. */
export type RuleId = 'weight-lost' | 'inches-lost' | 'sizes-dropped' | 'calories-burned' | 'calories-eaten' | 'workout-length' | 'deadline';

/** Context a rule sees around one quantity: the words before it and after its unit (bounded windows). */
export interface QuantityContext {
  dim: Dimension;
  unit: Unit;
  before: readonly string[];
  after: readonly string[];
  compound: boolean;
  /** Days in "a day", "per week" right after the unit, when present. */
  per?: number;
}

export interface ReadingRule {
  id: RuleId;
  message: string;
  /** Sentences this rule must read, with the value it must find (in the rule's unit, low end). */
  positive: readonly (readonly [string, number])[];
  /** Sentences with numbers this rule must leave alone. */
  negative: readonly string[];
  test(c: QuantityContext): boolean;
}

const set = (s: string) => new Set(s.split(' '));
const LOSS = set('lose lost losing loses drop dropped dropping drops shed sheds shedding melt melts melting trim trims slash banish take took taking down shrink blast torch strip');
const LOSS_AFTER = set('off lighter gone down less smaller slimmer loss');
const PRICE = set('costs cost pay paid priced price spend save saving for');
const GEAR = set('dumbbell dumbbells kettlebell kettlebells weight weights plate plates bag ball vest bar barbell');
const BURN = set('burn burns burning burned burnt torch torches blast blasts zap incinerate');
const EAT = set('eat eating eats ate consume consuming intake diet cap capped limit limiting restrict stick live living survive');
const LEAD_IN = set('in within by over after under for only just first');
const NOT_DEADLINE_AFTER = set('ago guarantee money refund trial return returns free shipping delivery old');
const NOT_DEADLINE_BEFORE = set('every per each times twice rest');
const NOT_WORKOUT_BEFORE = set('rest wait hold bake cook simmer boil microwave every ago');

const has = (words: readonly string[], s: Set<string>) => words.some((w) => s.has(w));
const near = (c: QuantityContext, n: number) => c.before.slice(-n);

/**
 * The reading rules, tried in order on each quantity; the first that accepts it names it. Each has its
 * own examples, and tests are generated from them (tests/claim-numbers/rules.test.ts).
 */
export const READING_RULES: readonly ReadingRule[] = [
  {
    id: 'weight-lost',
    message: 'A mass with a losing verb ("lose 10 pounds", "7 kg lighter"), not a price or a dumbbell.',
    positive: [
      ['Lose 10 pounds in 7 days with this plan', 10],
      ['Drop a whole stone before your holiday', 14],
      ['She shed 5-7 kg in a fortnight', 5],
      ['Be half a stone lighter by the weekend', 7],
      ['I lost a couple of kilos overnight', 2],
    ],
    negative: ['Lose weight fast: the guide costs just 10 pounds', 'Slim down for only 10 pounds a month', 'Grab a 10-pound kettlebell and lose the belly', 'Lift 20 kg for 3 sets of 12', 'Our baby weighed 8 pounds'],
    test: (c) =>
      c.dim === 'mass' &&
      !has(c.after.slice(0, 1), GEAR) &&
      !(c.unit === 'lb' && has(near(c, 3), PRICE)) &&
      (c.compound ? c.after[0] === 'loss' : has(c.before, LOSS) || has(c.after.slice(0, 2), LOSS_AFTER)),
  },
  {
    id: 'inches-lost',
    message: 'A length taken off the body ("3 inches off your waist", "lose 5 cm").',
    positive: [
      ['Take 3 inches off your waist in 10 days', 3],
      ['Lose up to 8 cm from your belly this month', 8],
      ['My waist is 2 inches smaller after one wrap', 2],
    ],
    negative: ['Use a 10-inch plate for portions', 'Box jumps of 20 inches build power', 'Stand 30 cm from the wall'],
    test: (c) => c.dim === 'length' && !c.compound && (has(c.before, LOSS) || has(c.after.slice(0, 2), LOSS_AFTER)),
  },
  {
    id: 'sizes-dropped',
    message: 'Clothing sizes dropped ("drop two dress sizes").',
    positive: [
      ['Drop two dress sizes in two weeks', 2],
      ['Go down a jeans size by Friday', 1],
    ],
    negative: ['The leggings come in 5 sizes', 'Available in sizes 8 to 16'],
    test: (c) => c.dim === 'size' && (has(c.before, LOSS) || has(c.after.slice(0, 1), LOSS_AFTER)),
  },
  {
    id: 'calories-burned',
    message: 'Energy burned ("burn 1,000 calories in a 20-minute workout").',
    positive: [
      ['Burn 1,000 calories in a 20-minute workout', 1000],
      ['This class torches up to 800 kcal', 800],
    ],
    negative: ['Each bar has 200 calories', 'Eat 500 calories a day'],
    test: (c) => c.dim === 'energy' && (has(c.before, BURN) || has(c.after.slice(0, 2), BURN)),
  },
  {
    id: 'calories-eaten',
    message: 'Energy eaten, usually a day ("eat 500 calories a day", "live on 800 kcal daily").',
    positive: [
      ['Eat 500 calories a day and watch it melt', 500],
      ['Cap your intake at 600 calories', 600],
      ['Live on 800 kcal daily for two weeks', 800],
    ],
    negative: ['A latte has 250 calories', 'Burn 300 calories a day walking'],
    test: (c) => c.dim === 'energy' && (has(c.before, EAT) || c.per === 1),
  },
  {
    id: 'workout-length',
    message: 'How long a workout lasts ("a 20-minute workout", "in just 15 minutes").',
    positive: [
      ['Burn 1,000 calories in a 20-minute workout', 20],
      ['Melt fat in just 15 minutes a day', 15],
      ['Walk for an hour to burn it off', 60],
    ],
    negative: ['Rest 2 minutes between sets', 'Bake for 25 minutes at 180 degrees', 'Posted 10 minutes ago'],
    test: (c) =>
      c.dim === 'minutes' &&
      !has(near(c, 3), NOT_WORKOUT_BEFORE) &&
      c.after[0] !== 'ago' &&
      (c.compound || has(near(c, 3), LEAD_IN) || near(c, 1)[0] === 'a'),
  },
  {
    id: 'deadline',
    message: 'The time a result is promised in ("in 7 days", "a 10-day fix", "overnight", "by the weekend").',
    positive: [
      ['Lose 10 pounds in 7 days', 7],
      ['The 10-day belly fix', 10],
      ['Drop two dress sizes within two weeks', 14],
      ['Results overnight, guaranteed', 1],
      ['Half a stone gone by the weekend', 1],
      ['Flat stomach in a month', 30],
    ],
    negative: ['30-day money-back guarantee', 'Posted 3 days ago', 'Train 3 days a week', 'Rest every 2 days', 'Published on 12 March 2024', 'Our top 10 moves'],
    test: (c) =>
      c.dim === 'days' &&
      !has(c.after.slice(0, 2), NOT_DEADLINE_AFTER) &&
      !has(near(c, 2), NOT_DEADLINE_BEFORE) &&
      (c.compound || has(near(c, 3), LEAD_IN)),
  },
];
