import type { Card, CardFace, Examples, Myth, MythWords } from './types';
import { withFace } from './card-face';
import { any, AREA, LOSE } from './vocab';

const NUMBER_WORD = /*#__PURE__*/ any('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'fourteen', 'twenty-one', 'a', 'a few', 'few', 'a couple of');
const DAYS = /*#__PURE__*/ any('[1-9]', '1\\d', '2[01]', NUMBER_WORD);
/**
 * A deadline of days or a couple of weeks: what a "fix" promises. A rate ("a pound or two every seven days") is
 * the honest pace, not a deadline (written after reading an out-of-fold false flag).
 */
const SHORT_TIME = '(?<!\\b(?:every|per|each) )' + /*#__PURE__*/ any(
  `(?:in|within|after|for) (?:as little as |just |only |a mere |under |less than )?${DAYS} (?:days?|nights?)`,
  '(?:in|within) days\\b',
  'by the end of (?:week|the week|the first week) ?(?:one|two|three|[123])?',
  'by (?:the end of )?day (?:[1-9]|[12]\\d|30|one|two|three|four|five|six|seven|ten|fourteen)',
  '(?:in|within) (?:just |only |a mere |less than |under )?(?:1|2|one|two|a|a single|a couple of) (?:short |quick )?weeks?',
  '(?:in|within) (?:just |only )?(?:24|48|72|twenty-four|forty-eight|seventy-two) hours',
  '(?:24|48|72|twenty-four|forty-eight|seventy-two)-hours?',
  '(?:in|within) (?:just |only )?(?:one|a|a single|this|one short) weekend',
  '(?:just|only|all) (?:[1-9]|1[0-4]|two|three|four|five|seven|ten|fourteen) (?:days|nights)',
  '(?:[1-9]|1[0-4]|21|one|two|three|five|seven|ten|fourteen|twenty-one)[- ]days?',
  '(?:1|2|one|two)[- ]week',
  'over-?night',
  'while you sleep',
  'during (?:your )?sleep',
  'by (?:the )?weekend',
  'asap',
  'in no time',
  'within days',
  'in a week',
  'by next week',
);
/**
 * A deadline anywhere in the sentence: what both deadline patterns need. It fails sooner than the result-first
 * pattern, which tries the deadline at each of 90 gap positions after every result word, and failed there on
 * most sentences that name a result.
 */
const DEADLINE = /*#__PURE__*/ new RegExp(`\\b${SHORT_TIME}\\b`);
/** An area said to be gone: "my stomach is gone". */
const GONE = '(?:stomach|belly|tummy|pooch|muffin top|love handles|double chin|flab|cellulite) (?:is|was|are|were) (?:\\w+ )?gone';
const RESULT = /*#__PURE__*/ any(
  `\\b${LOSE}\\b`,
  'pounds',
  'lbs',
  'kilos',
  '\\bkg\\b',
  'inches',
  'dress sizes?',
  'flat(?:ter)?[- ](?:stomach|belly|tummy)',
  'slimmer',
  'fat[- ]?(?:burning|loss|fighting)',
  'weight loss',
  'six[- ]pack',
  'visible (?:abs|definition|results?|change|difference|fat loss)',
  '(?:noticeable|dramatic|amazing|incredible|major|huge|significant|impressive|real) results',
  'visibl[ey] (?:flatter|slimmer|leaner|smaller|tighter|toned)',
  'bikini[- ]ready',
  '(?:flatter|leaner|slimmer|smaller|tighter|toned)(?:,? (?:and )?(?:flatter|leaner|slimmer|smaller|tighter|toned))? (?:belly|stomach|tummy|waist|arms|thighs|face|back)',
  'transform',
  GONE,
  AREA,
);

/**
 * A diary's count of a short plan's days ("on day 6 of 7"), then a change it reports: not a deadline by itself, as
 * a diarist counts days whatever they see ("on day 4 of 14 my back fat is still there").
 */
const DIARY_DAY = 'on day (?:[1-9]|1\\d|2[01]) of (?:[1-9]|1\\d|2[01])';
const DIARY_CHANGE = /*#__PURE__*/ any(
  GONE,
  'flat(?:ter)?[- ](?:stomach|belly|tummy)',
  'slimmer',
  'dress sizes? (?:down|smaller)',
  'visibl[ey] (?:flatter|slimmer|leaner|smaller|tighter|toned)',
  `(?:\\b${LOSE}|down) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:pounds|lbs|kilos|kg|inches)`,
);

/** About a month, which the labelled pages still count as rapid (a 30-day challenge, four weeks). */
const MONTH_TIME = /*#__PURE__*/ any(
  '(?:in|within|after|for) (?:as little as |just |only )?(?:2[2-9]|30|twenty-eight|thirty) days',
  '(?:2[1-9]|30|twenty-one|twenty-eight|thirty)[- ]day',
  '(?:in|within|after) (?:as little as |just |only )?(?:3|4|three|four) (?:short )?weeks',
  '(?:3|4|three|four)[- ]week',
  'month[- ]long',
  '(?:in|within) (?:just |only )?(?:a|one) month',
);
/** A change a month cannot make: a slimmed spot, inches, dress sizes, a flat stomach (a few pounds it can). */
const VISIBLE = /*#__PURE__*/ any(
  AREA,
  'inches',
  'dress sizes?',
  'flat(?:ter)?[- ](?:stomach|belly|tummy|abs)',
  'six[- ]pack',
  'transform(?:s|ed)? your body',
  '(?:slim|tone|flatten|shrink|trim|sculpt)(?:s|med)? (?:your |the )?(?:stomach|belly|tummy|waist|arms|thighs|hips|legs|face)',
);

/** A programme named by its length: "the 21 day fix", "a 10-day reset", "this 30-day challenge". */
const PROGRAMME = `${/*#__PURE__*/ any('[1-9]', '[12]\\d', '30', 'three', 'five', 'seven', 'ten', 'fourteen', 'twenty-one', 'twenty-eight', 'thirty')}[- ]day ${/*#__PURE__*/ any('fix', 'challenge', 'shred', 'reset', 'plan', 'program(?:me)?', 'cleanse', 'detox', 'kickstart')}`;

export const rapidFixFace: CardFace = {
  title: 'Real change takes months, not days',
  honest:
    'Fat comes off slowly: a realistic pace is about 0.5\u20111\u00a0% of body weight a week. What drops in a few days is mostly water and bloating, and it comes back. Promises of ten-day results set people up to quit right before the real change starts.',
};

/** The card readers see, kept apart from the patterns so the embed ships only the copy. */
export const rapidFixCard: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(rapidFixFace, {
  claim: 'A visible, targeted change is yours in days or a couple of weeks.',
  instead: [
    'Pick a deficit small enough to keep for months.',
    'Judge progress over 4-week blocks, not day by day.',
    'Track something simple (weight trend, waist, photos, or just sessions done) and adjust gently.',
    'Keep training 3\u20114 times a week even in the weeks the mirror stays quiet.',
  ],
  timeline: [
    { when: 'Week 1\u20112', what: 'Mostly water and bloating move; fat barely has.' },
    { when: 'Weeks 6\u201112', what: 'Changes in face, waist and arms become clearly visible.' },
    { when: 'Months 3\u20116', what: 'Stubborn areas catch up for many people.' },
  ],
  nextStep: 'Write down today’s date and one measurement, and look again in four weeks, not four days.',
});

export const rapidFixWords: MythWords = {
  label: 'Rapid fix',
  why: 'promises a visible body change within days',
};

/** A visible or targeted change in days or a couple of weeks. */
export const rapidFix: Myth = /*#__PURE__*/ withFace<Myth, keyof MythWords>(rapidFixWords, {
  id: 'rapid-fix',
  patterns: {
    cue: new RegExp(`\\b${SHORT_TIME}\\b|\\b${DIARY_DAY}\\b|(?:a|every|per|each) day|first (?:week|two weeks|fortnight|few days|\\d+ days)|\\b(?:[1-3]|one|two|three) weeks?\\b|\\b${MONTH_TIME}\\b|\\b(?:fast|quickly|rapidly)\\b`),
    claim: [
      { id: 'rapid/deadline-then-result', what: 'a short deadline, then a result', re: new RegExp(`\\b${SHORT_TIME}\\b.{0,90}${RESULT}`), needs: DEADLINE },
      { id: 'rapid/result-then-deadline', what: 'a result, then a short deadline', re: new RegExp(`${RESULT}.{0,90}\\b${SHORT_TIME}\\b`), needs: DEADLINE },
      { id: 'rapid/diary-day-change', what: "a diary's count of a short plan's days, then a change it reports", re: new RegExp(`\\b${DIARY_DAY}\\b.{0,90}${DIARY_CHANGE}`) },
      // A 30-day challenge or four weeks to a visibly slimmer spot: "slim your stomach within 28 days".
      {
        id: 'rapid/month-visible-change',
        what: 'a visible, targeted change in about a month',
        re: new RegExp(`\\b${MONTH_TIME}\\b.{0,90}${VISIBLE}|${VISIBLE}.{0,90}\\b${MONTH_TIME}\\b`),
      },
      // A big number in the first days: "most people drop 8 to 12 pounds in the first two weeks".
      {
        id: 'rapid/big-loss-first-weeks',
        what: 'a big loss in the first days or weeks',
        re: new RegExp(`\\b${LOSE}\\b (?:up to |about |over |around )?\\d+(?: to \\d+|[–-]\\d+)? (?:pounds|lbs?|kg|kilos|inches|dress sizes?)\\b.{0,30}\\b(?:in|within|during) (?:the|your) first (?:week|two weeks|fortnight|few days|\\d+ days)`),
      },
      // Ten pounds or five kilos in three weeks or less.
      {
        id: 'rapid/ten-pounds-in-weeks',
        what: 'ten pounds or five kilos in three weeks or less',
        re: new RegExp(`\\b(?:${LOSE}|down)\\b (?:up to |about |over |around )?(?:(?:1\\d|[2-9]\\d) (?:pounds|lbs?)|(?:[5-9]|[1-9]\\d) (?:kg|kilos?))\\b.{0,20}\\b(?:in|within|after) (?:just |only )?(?:[1-3]|one|two|three) weeks?\\b`),
      },
      // Written after reading out-of-fold misses: speed is the promise even with no deadline, "lose belly fat fast"
      // ("those who lose weight quickly" describes people, it promises nothing).
      {
        id: 'rapid/lose-fast',
        what: 'weight or fat said to come off fast',
        re: /(?<!\b(?:who|than) )\b(?:los(?:e|es|ing)|shed(?:s|ding)?|drop(?:s|ping)?|burn(?:s|ing)?|melt(?:s|ing)?)\b (?:\w+ ){0,2}?(?:weight|fat|pounds|lbs|kilos)\b (?:fast|quickly|rapidly|as (?:fast|quickly) as possible)\b/,
      },
      // Written after reading out-of-fold misses: a diary's own results of a programme named by its length ("my results
      // from a single round of the 21 day fix"); what results to expect from one is a question, not a result.
      {
        id: 'rapid/my-programme-results',
        what: 'first-person results of a programme named by its length',
        re: new RegExp(`\\b(?:my|our) (?:\\w+ )?(?:results|transformation|before(?: and | ?& ?|[-/])after)\\b.{0,40}\\b${PROGRAMME}\\b|\\b(?:my|our) ${PROGRAMME} (?:results|transformation)\\b`),
      },
      // A daily rate no body loses fat at: "lose 1 kg every day".
      { id: 'rapid/daily-rate', what: 'a daily rate of loss', re: new RegExp(`\\b${LOSE}\\b (?:up to |about |over |at least )?(?:\\d+|a|one|half a) (?:kg|kilos?|pounds?|lbs?) (?:a|every|per|each) day`) },
    ],
    refute: [
      { id: 'rapid/unrealistic', what: 'called unrealistic or months-long', re: /\b(?:unrealistic|impossible|not possible|not enough time|takes months|take months|months, not (?:days|weeks))/ },
      { id: 'rapid/no-quick-fix', what: 'no quick fix', re: /\bno (?:quick|rapid|fast|overnight) (?:fix|way|solution)/ },
      { id: 'rapid/too-short', what: 'too short a time', re: /\b(?:far |much |way )?too (?:short|soon)\b/ },
      { id: 'rapid/water-weight', what: 'the quick drop is water and glycogen', re: /\bglycogen\b|\b(?<!isn(?:'|’)?t |not )water (?:weight|retention)\b|\b(?:stored )?(?:carbohydrate|carbs) and water\b/ },
      { id: 'rapid/not-long-enough', what: 'days or weeks are not long enough', re: /\b(?:days?|weeks?|a week|a fortnight) (?:(?:is|are) (?:not|simply not|nowhere near)|isn(?:'|’)?t|aren(?:'|’)?t) (?:long )?enough/ },
      { id: 'rapid/too-good-to-be-true', what: 'too good to be true', re: /\b(?:it(?:'|’)?s|is|sounds|are|seems|that(?:'|’)?s) too good to be true/ },
    ],
  },
  card: rapidFixCard,
});

/** Our own sentences both ways: the catalog test runs the detector on each. Tests only, never bundled. */
export const rapidFixExamples: Examples = {
  promise: [
    'Lose back fat in 10 days with this simple plan.',
    'Our 7-day challenge will flatten your belly before the weekend.',
    'Drop two dress sizes in just two weeks!',
    'This drink burns fat overnight while you sleep.',
    'Follow this plan and you will lose 10 pounds in 7 days.',
    'Get rid of your muffin top in only 2 weeks.',
    'A 14-day fix for a slimmer waist.',
    'You will see a flatter stomach in a week.',
  ],
  refute: [
    'Losing belly fat in 7 days is simply not possible.',
    'Any scale drop in the first week is mostly water weight.',
    'Ignore anyone who sells a 10-day fix for belly fat; real change takes months.',
    'There is no overnight fix for stubborn fat.',
  ],
  neutral: [
    'Can you lose back fat in two weeks?',
    'Expect the first few weeks to show little in the mirror.',
    'Add one set to your rows every two weeks.',
    'Feed your sourdough starter twice a day for seven days.',
  ],
  rules: {
    'rapid/deadline-then-result': {
      match: ['In just 10 days you can drop two dress sizes.', 'The 7-Day Flat-Belly Plan'],
      miss: ['In just 10 days you can build a habit.', 'On day 4 of 14 my back fat is still there, and that is fine.', 'Weigh yourself once every seven days to see a flat stomach.'],
    },
    'rapid/diary-day-change': {
      match: ['On day 5 of 7 of my juice cleanse I checked the mirror: my belly was gone!', 'On day 4 of 10 I was already down 6 pounds.', 'On day 6 of 7 my tummy looked visibly flatter.'],
      miss: ['On day 5 of 7 of my juice cleanse my stomach ache was gone.', 'On day 4 of 14 my back fat is still there, and that is fine.', 'On day 3 of 7 I ran two miles.'],
    },
    'rapid/result-then-deadline': {
      match: ['Drop two dress sizes in just two weeks!', 'I got a flat tummy in less than a week.', 'This toning plan brings dramatic results in just ten days.'],
      miss: ['Drop two bad habits in just two weeks!', 'I got a new pair of running shoes in less than a week.', 'This toning plan brings dramatic results over a year.', 'Lose a pound of fat every seven days.'],
    },
    'rapid/month-visible-change': {
      match: [
        'This 30-day challenge will slim your stomach.',
        // "Body" is the sentence's only fitness word: the gate must let it through.
        'This 30-day lunge challenge will transform your body.',
        'Lose 3 inches off your waist in four weeks.',
        'Melt your love handles within 28 days!',
        'After four weeks of this plan you will have burned off your man boobs.',
      ],
      miss: ['This 30-day challenge builds a walking habit.', 'Lose 3 pounds in four weeks.', 'Expect your squat to climb within 28 days.'],
    },
    'rapid/big-loss-first-weeks': { match: ['Most people lose 8 to 12 pounds in the first two weeks.'], miss: ['Most people lose 8 to 12 pounds in the first year.'] },
    'rapid/ten-pounds-in-weeks': { match: ['I was down 14 pounds in 3 weeks.'], miss: ['I was down 14 pounds in 3 months.'] },
    'rapid/lose-fast': { match: ['Here is how to lose belly fat fast.', 'Sprints help you burn fat as quickly as possible.'], miss: ['Here is how to lose belly fat for good.', 'Walk fast to warm up before you lift.', 'Those who lose weight quickly tend to regain it.'] },
    'rapid/my-programme-results': {
      match: ['So these are my results from a single round of the 21 Day Fix!', 'Our 10-day detox results are in.'],
      miss: ['What results can I expect from the 21 Day Fix?', 'My results after a year of steady workouts are in.', 'Here are their results after the 21 Day Fix.'],
    },
    'rapid/daily-rate': { match: ['Lose 1 kg every day.'], miss: ['Walk 1 km every day.'] },
    'rapid/unrealistic': { match: ['Losing belly fat in 7 days is not possible.'], miss: ['Losing belly fat takes patience.'] },
    'rapid/no-quick-fix': { match: ['There is no quick fix for belly fat.'], miss: ['There is a quick guide to belly fat below.'] },
    'rapid/too-short': { match: ['Ten days is far too short to change body fat.'], miss: ['Ten days is a short holiday for your diet.'] },
    'rapid/water-weight': { match: ['The first drop on the scale is water weight.'], miss: ['Drink water with every meal to stay full.'] },
    'rapid/not-long-enough': { match: ['Two weeks is not long enough to lose much fat.'], miss: ['Two weeks is enough to learn the lifts.'] },
    'rapid/too-good-to-be-true': { match: ['Ten pounds in a week sounds too good to be true.'], miss: ['This recipe is too good to skip.'] },
  },
};

