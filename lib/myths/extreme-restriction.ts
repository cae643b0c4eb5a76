import type { Card, CardFace, Examples, Myth, MythWords } from './types';
import { withFace } from './card-face';
import { any, LOSE, NOT_OF_FAT } from './vocab';

/** Verbs of dropping a food group, and the groups crash plans ban. */
const DROP = /*#__PURE__*/ any('cut', 'cutting', 'eliminate', 'drop', 'ditch', 'give up', 'quit');
const FOOD_GROUP = /*#__PURE__*/ any('carbs', 'carbohydrates', 'grains', 'dairy', 'fruit', 'sugar');
/**
 * A three-digit calorie figure that is not the tail of a bigger number ("1,700") nor a deficit or a burn
 * ("a deficit of 500 calories a day" is the ordinary advice, not an intake).
 */
const HUNDREDS =
  '(?<![\\d,.])(?<!\\b(?:deficit|burn|burns|burned|burning|extra|additional|cut|cutting|fewer|less) (?:of |by )?(?:about |around |roughly |approximately |just |only |an extra )?)[1-9]\\d{2}';

/** Living on one liquid: "nothing but lemonade", "nothing but a homemade juice", "juice only", "only broth". */
const LIQUID = /*#__PURE__*/ any('juices?', 'lemonade', 'soups?', 'broth', 'water', 'shakes?', 'liquids?', 'teas?', 'smoothies');
const LIQUIDS_ONLY = /*#__PURE__*/ any(`nothing but (?:\\w+ ){0,3}?${LIQUID}\\b`, `(?:juice|soup|broth|liquids?|shakes?|lemonade|smoothies?)[- ]only\\b`, `only (?:drink |have )?(?:juices?|liquids|soups?|broth|lemonade|shakes|smoothies)\\b`);

const RESTRICTION = /*#__PURE__*/ any(
  'crash diet(?:s|ing)?',
  'starv(?:e|ing|ation)',
  'very[- ]low[- ]calorie',
  `${HUNDREDS}[- ]?(?:calories|calorie|kcal)(?: a| per)? ?(?:day|diet|plan)\\b(?! (?:less|fewer|below|under|deficit|than))`,
  '(?:eat|eating|consume|stick to) (?:only|just|under|fewer than|no more than) (?:[1-9]\\d{2}) (?:calories|kcal)',
  '(?:juice|water) (?:fast|fasting|cleanse|diet)',
  'cabbage soup diet',
  'eat nothing but',
  `(?:${DROP}|ban|remove) (?:out )?(?:all |every |any )?${FOOD_GROUP},? (?:and |or )?${FOOD_GROUP}\\b`,
  `(?:${DROP}|ban|remove)(?: out)? (?:every|whole|entire|all|these|those|\\d+|two|three|four) (?:\\w+ )?food groups?`,
  `${HUNDREDS}[- ]calorie (?!(?:meals?|snacks?|breakfasts?|lunch(?:es)?|dinners?|recipes?|bowls?|salads?|desserts?|deficit|burn|workouts?|walks?|runs?|sessions?|treats?|drinks?|smoothies?|option|swaps?)\\b)[a-z]+`,
  `(?:omad|one meal a day)(?: capped)? at ${HUNDREDS}\\b`,
  'eat (?:only|just) (?:lean )?(?:protein|meat|juice|soup|eggs|fruit|vegetables|salad)',
  `(?:at|on|of|under) (?:about |around |only |just )?${HUNDREDS}(?:[–-][1-9]\\d{2})? (?:calories|kcal|cals)\\b(?!(?: a| per)?(?: day)? (?:less|fewer|below|under|deficit|than|more))`,
  '(?:only|just) (?:eat|drink) (?:juice|water|soup|lemon water|broth)',
  `${DROP} (?:out )?(?:all )?(?:carbs|carbohydrates|fats|sugar|grains|dairy|fruit)(?: completely| entirely| altogether)`,
  `(?:${DROP}|ban) (?:out )?(?:all|every|any) (?:\\w+ ){0,2}(?:carbs?|carbohydrates|grains?|dairy|fruits?|sugar)`,
  `(?:${HUNDREDS}|(?<![\\d,.])1[,.]?000)[- ]calorie (?:limit|cap|max(?:imum)?|diet|plan|day|challenge)`,
  'skip(?:ping)? (?:breakfast and lunch|meals|dinner every)',
  '(?:two|2|three|3) (?:full |separate |hard |intense )?(?:workouts|sessions|training sessions)(?: a | per | each | every |/)day',
  'train(?:ing)? twice a day',
  'twice[- ]a[- ]day workouts',
  'two-a-days?',
  'replac(?:e|es|ing) (?:every|each|all|your) (?:meals?|food|meal) with (?:juices?|shakes?|teas?|water|soup|broth)',
  LIQUIDS_ONLY,
);
/** Telling the reader to eat this little: verbs of setting an intake, then a number far under any floor. */
const INTAKE = /*#__PURE__*/ any(
  'cap(?:s|ped|ping)?',
  'limit(?:s|ed|ing)?',
  'restrict(?:s|ed|ing)?',
  'keep(?:s|ing)?',
  'stick(?:s|ing)? to',
  'eat(?:s|ing)?',
  'ate',
  'consum(?:e|es|ed|ing)',
  'get(?:ting)? by on',
  'liv(?:e|ing) (?:on|off)',
  'cut(?:ting)? (?:down |back )?to',
  'drop(?:ping)? to',
  'intake',
  'tak(?:e|es|ing) in',
);
const TOO_FEW = /*#__PURE__*/ `(?:${HUNDREDS}|(?<![\\d,.])1[,.]?000|a few hundred)[- ]?(?:calories|kcal|cals)\\b(?!(?: a| per)?(?: day)? (?:less|fewer|below|under|more|deficit|surplus|than))`;
/**
 * What a crash plan promises. "Slim" as a word, not the head of a brand name ("Slimfast"), and "fat" not as
 * what a diet is made of ("the all-fat diet", "a low-fat plan"): a list of named diets promises nothing.
 */
const RESULT = /*#__PURE__*/ any(
  `\\b${LOSE}\\b`,
  'pounds',
  'lbs',
  '\\bkg\\b',
  'inches',
  '\\bslim(?:s|med|ming|mer|ness)?\\b',
  'results',
  'works',
  '(?<!\\b(?:all|low|high|full|non|no|zero|reduced)[- ])fat(?![- ]free)',
  'weight',
);

export const extremeRestrictionFace: CardFace = {
  title: 'Starving yourself backfires',
  honest:
    'Eating far too little drains energy, weakens workouts, grows cravings and usually ends in a rebound. A deficit you can repeat for months beats a brutal one you can hold for a week. Most people need at least about 1,200\u20111,500\u00a0kcal a day, often more.',
};

/** The card readers see, kept apart from the patterns so the embed ships only the copy. */
export const extremeRestrictionCard: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(extremeRestrictionFace, {
  claim: 'A crash plan works faster: very few calories, cutting whole food groups, or training twice a day.',
  instead: [
    'Eat mostly normal food, a little less of it, with protein at each meal.',
    'Trim obvious extras instead of banning whole food groups.',
    'Plan snacks rather than grazing, and keep portions a bit smaller.',
    'Train 3\u20114 times a week, not twice a day: recovery is where you adapt.',
  ],
  timeline: [
    { when: 'First weeks', what: 'A modest deficit feels manageable; energy stays up for training.' },
    { when: 'Months 1\u20113', what: 'Steady loss of about 0.5\u20111\u00a0% of body weight a week.' },
    { when: 'Months 3\u20116', what: 'Habits you can keep carry on working when motivation dips.' },
  ],
  nextStep: 'Open the planner to see a deficit sized for you, with a floor it never goes under.',
});

export const extremeRestrictionWords: MythWords = {
  label: 'Crash restriction',
  why: 'urges eating or training to extremes to lose weight fast',
};

/** Starving, crash plans, dropping whole food groups without a plan, or training twice a day. */
export const extremeRestriction: Myth = /*#__PURE__*/ withFace<Myth, keyof MythWords>(extremeRestrictionWords, {
  id: 'extreme-restriction',
  patterns: {
    cue: new RegExp(`${RESTRICTION}|${TOO_FEW}|\\b(?:carbs|carbohydrates|grains|dairy|fruit)\\b|\\bthe (?:fewer|less)\\b`),
    claim: [
      { id: 'restriction/restriction-then-result', what: 'a crash restriction, then a result', re: new RegExp(`${RESTRICTION}.{0,100}${RESULT}`) },
      { id: 'restriction/result-then-restriction', what: 'a result, then the crash restriction', re: new RegExp(`${RESULT}.{0,100}${RESTRICTION}`) },
    ],
    strong: [
      // A very-low-calorie prescription needs no promise beside it: "cap your intake at 600 calories a day".
      { id: 'restriction/intake-too-low', what: 'an intake set far under any floor', re: new RegExp(`\\b${INTAKE}\\b.{0,30}\\b${TOO_FEW}`) },
      // "The fewer calories you eat, the faster the fat melts": starving sold as the method.
      { id: 'restriction/fewer-the-faster', what: 'the less you eat, the faster you lose', re: /\bthe (?:fewer|less) (?:calories )?(?:you eat|food you eat|you consume)\b.{0,30}\bthe (?:faster|more|quicker)\b/ },
      // Or living on one liquid for days: "drink nothing but lemonade for ten days", "juice only for a week".
      {
        id: 'restriction/liquids-for-days',
        what: 'nothing but one liquid for days or weeks',
        re: new RegExp(`${LIQUIDS_ONLY}.{0,30}\\bfor (?:a|one|two|three|four|five|seven|ten|fourteen|\\d+|(?:a )?(?:whole|full|couple of|few)) (?:\\w+ )?(?:days?|weeks?|months?)\\b`),
      },
      // So does banning a whole food group outright: "cut out carbs completely".
      {
        id: 'restriction/ban-food-group',
        what: 'a whole food group banned outright',
        re: new RegExp(`\\b(?:${DROP}|ban) (?:out )?(?:all )?(?:carbs|carbohydrates|grains|dairy|fruit)(?: completely| entirely| altogether| for good)\\b`),
      },
    ],
    refute: [
      { id: 'restriction/medical-supervision', what: 'only under medical supervision', re: /\bmedical(?:ly)? supervis\w*|\bunder (?:medical|a doctor(?:'|’)?s?) (?:supervision|care)\b/ },
      { id: 'restriction/no-need-to-cut', what: 'no need to cut or starve', re: /\b(?:don(?:'|’)?t|do not|no) need to (?:cut|drop|ditch|give up|eliminate|ban|quit|starve)/ },
      {
        id: 'restriction/crash-diets-backfire',
        what: 'crash diets backfire',
        re: /\b(?:crash diets?|starving|very[- ]low[- ]calorie diets?) (?:backfire|don(?:'|’)?t work|do not work|slow|lead to|are (?:not|un|dangerous|risky))/,
      },
      { id: 'restriction/rebound', what: 'rebound, regain, muscle loss', re: /\b(?:unsustainable|backfires?|rebound|regain\w*|yo-?yo|burn-?out|lost muscle|muscle loss|poor recovery|setting yourself up for)\b/ },
      // "I did not starve myself", "no crash diet": the restriction named only to be turned down.
      { id: 'restriction/negated', what: 'a crash restriction turned down', re: new RegExp(`\\b(?:not|never|without|no)\\b (?:\\w+ ){0,3}${RESTRICTION}`) },
      { id: 'restriction/unsafe', what: 'called dangerous or unsafe', re: new RegExp(`\\b(?:dangerous${NOT_OF_FAT}|unsafe|not recommended|not safe|risky)\\b`) },
      // Written after reading out-of-fold false flags: the body said to go into starvation mode, the plan called a starvation diet.
      {
        id: 'restriction/starvation-mode',
        what: 'the plan said to put the body in starvation mode, or called a starvation diet',
        re: /\bstarvation mode\b|\b(?:is|are|'s|’s) (?:actually |really |basically |essentially |just |simply |nothing but )?(?:a |an )?(?:semi-|near-)?starvation diets?\b/,
      },
    ],
  },
  card: extremeRestrictionCard,
});

/** Our own sentences both ways: the catalog test runs the detector on each. Tests only, never bundled. */
export const extremeRestrictionExamples: Examples = {
  promise: [
    'Eat only 600 calories a day and the weight will fall off.',
    'This crash diet helps you lose 5 pounds by Friday.',
    'Cut out all carbs completely and watch the fat melt.',
    'A three-day juice cleanse is the fastest way to drop weight.',
    'Drink nothing but juice for a week to drop two dress sizes.',
    'Do two workouts a day to burn fat twice as fast.',
    'Starving yourself for a week gets results quickly.',
  ],
  refute: [
    'Crash diets backfire: energy drops and the weight comes back.',
    'A very-low-calorie plan is not recommended without medical supervision.',
    'Do not cut out all carbs completely; you need fuel to train.',
    'Starving yourself is unsustainable and leads to rebound eating.',
  ],
  neutral: [
    'Protein at 1.6 g per kg helps you keep muscle while you lose fat.',
  ],
  rules: {
    'restriction/restriction-then-result': {
      match: ['This crash diet helps you lose 5 pounds by Friday.', 'Juice only and watch the pounds fall off.', 'Have nothing but cabbage soup and the fat melts.', 'Drink nothing but a homemade lemonade and the pounds drop away.'],
      miss: [
        'This crash diet is popular on forums.',
        'Drink plenty of water and watch your weight settle.',
        'Drink nothing but a glass of water before bed, and you will sleep better.',
        'The juice diet, the high-fat diet and the cookie diet each had a summer of fame.',
        'A cabbage soup diet and a tub of Slimzo bars sat side by side on the shelf.',
      ],
    },
    'restriction/liquids-for-days': {
      match: ['On this diet you drink nothing but lemonade for ten days.', 'Go juice only for a week to reset your weight.', 'Only drink shakes for two weeks of the diet.'],
      miss: ['Drink nothing but water during the race, then eat well after the workout.', 'Drink plenty of water for a week while you train your abs.'],
    },
    'restriction/result-then-restriction': {
      match: ['Lose weight fast by starving yourself.', 'Lose weight fast on a 500-calorie diet.'],
      miss: ['Lose weight slowly by eating well.', 'To lose about a pound a week, aim for a deficit of 500 calories a day.'],
    },
    'restriction/intake-too-low': { match: ['Cap your intake at 600 calories a day.', 'I am living off 700 calories a day until the trip.'], miss: ['Cap your intake at 1,800 calories a day.', 'Eat well and burn an extra 300 calories a day on foot.'] },
    'restriction/fewer-the-faster': { match: ['The fewer calories you eat, the faster the fat melts.'], miss: ['The fewer snacks you keep at home, the easier it gets.'] },
    'restriction/ban-food-group': { match: ['Cut out carbs completely.'], miss: ['Cut back on sugary drinks.'] },
    'restriction/medical-supervision': { match: ['A very-low-calorie diet needs medical supervision.'], miss: ['A very-low-calorie diet is popular.'] },
    'restriction/no-need-to-cut': { match: ["You don't need to cut out carbs."], miss: ['You need to cut back a little.'] },
    'restriction/crash-diets-backfire': { match: ['Crash diets backfire.'], miss: ['Crash diets are everywhere online.'] },
    'restriction/rebound': { match: ['Starving yourself leads to rebound eating.'], miss: ['Starving yourself is common advice.'] },
    'restriction/negated': { match: ['I did not starve myself and I did not do a juice cleanse.'], miss: ['I did a juice cleanse for three days.'] },
    'restriction/unsafe': { match: ['Eating 500 calories a day is dangerous.'], miss: ['Eating 500 calories at lunch is common.', 'A 600 calorie plan to melt dangerous belly fat.'] },
    'restriction/starvation-mode': {
      match: ['Eat too little for too long and your body slips into starvation mode.', 'A 500 calorie plan is really a starvation diet.'],
      miss: ['A 500 calorie plan is popular before weddings.'],
    },
  },
};

