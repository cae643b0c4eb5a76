import type { Card, CardFace, Examples, Myth, MythWords } from './types';
import { withFace } from './card-face';
import { any, AREA, LOSE, METHOD, NOT_ON_FAT, RIGHT_THERE } from './vocab';

/** "in one specific area", "from a single spot": where a refutation says fat cannot be chosen from. */
const ONE_AREA =
  '(?:in|from|on|off) (?:one|a single|a specific|one specific|one particular|a particular|just one|only one|a certain|certain|specific) (?:\\w+ )?(?:areas?|spots?|parts?|places?|regions?|zones?|locations?)\\b';

/** The myth's own textbook names: "spot reduction", "targeted fat loss". */
const NAMED = '(?:spot[- ]?reduc\\w*|spot[- ]?train\\w*|spot[- ]?toning|(?:targeted|localized|localised) fat (?:loss|burning|reduction))';

/** A verb of slimming, then one part of the body: "trim your thighs", "slim down the hips". */
const SLIM_PART =
  '\\b(?:slim(?:s|med|ming)?|trim(?:s|med|ming)?|shrink(?:s|ing)?|whittl(?:e|es|ing))\\)? (?:down )?(?:your |the |those |my |her |his )?(?:\\w+ )?(?:thighs?|hips?|arms?|legs?|calves|ankles|waist(?:line)?|belly|stomach|tummy|face|cheeks|jawline|neck)\\b';

/** A listicle's count of ways, then slimming a part or losing an area: "9 ways to get rid of that double chin". */
const COUNTED_WAYS = `\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|best|fastest|quickest|easiest|proven) (?:\\w+ ){0,2}ways\\b.{0,30}(?:${SLIM_PART}|\\b${LOSE}\\b (?:\\w+ ){0,2}${AREA})`;

/** "To lose a double chin, hold…": the purpose named first, then a move given as an order (not "engage in a plan"). */
const PURPOSE_THEN_MOVE = `^\\W*to (?:\\w+ )?${LOSE} (?:\\w+ ){0,2}${AREA}[^,]{0,20}, [^.]{0,50}\\b(?:hold|place|lift|tilt|chew|press|squeeze|massage|rub|pucker|puff|tuck|perform|do|repeat)\\b`;

/** Areas named for their fat (not "inner thighs": toning those is technique). */
const FAT_NAMED = /*#__PURE__*/ any(
  'double chins?',
  'love[- ]handles?',
  'muffin[- ]tops?',
  '(?:belly|back|arm|thigh|hip|chin|neck|face|facial)[- ]fat',
  'bingo wings',
  'saddlebags',
  'cankles',
  'belly pooch',
  'bra[- ]bulges?',
  'jowls',
  'arm flab',
  'flabby arms',
);
/** Firming or improving one of them: "firms up the love handles", "improves a double chin". */
const FIRM_AREA = `\\b(?:firm(?:s|ed|ing)?|tighten(?:s|ed|ing)?|improv(?:e|es|ed|ing)|ton(?:e|es|ed|ing)|counteract(?:s|ed|ing)?) (?:up )?(?:\\w+ )?(?:the |your |those |that |a |any )?(?:\\w+ )?${FAT_NAMED}`;

/** Inches taken off one named part: "lost 2 inches off my waist", "take inches from around the thighs". */
const INCHES_OFF_PART =
  '\\binch(?:es)? (?:off|from) (?:of )?(?:around )?(?:your|my|the|their|her|his) (?:\\w+ )?(?:waist(?:line)?|hips?|thighs?|arms?|belly|stomach|tummy|midsection|middle|legs?|butt|face|chin|neck|love handles)\\b';

/** Weight lost from one named part: "lose weight from your face", "losing weight on your stomach" (not "…legs last": that is the order fat goes). */
const WEIGHT_OFF_PART =
  '\\b(?:los(?:e|es|ing|t)|shed(?:s|ding)?|drop(?:s|ped|ping)?) (?:\\w+ )?(?:weight|pounds|kilos) (?:off|from|on|in|around) (?:of )?(?:your|their|my|the|her|his|our) (?:\\w+ )?(?:face|cheeks|chin|neck|arms?|thighs?|belly|stomach|tummy|hips?|waist(?:line)?|legs?|butt|midsection|abdomen)\\b(?! (?:first|last))';

/** Fat said to go faster in the worked places: "melt fat at a quicker rate in those zones" (a speed and a place, not "those areas" alone). */
const FASTER_THERE =
  '\\b(?:burn|los|shed|melt)\\w* (?:\\w+ ){0,2}fat\\b.{0,30}\\b(?:faster|quicker|more quickly|rate)\\b.{0,20}\\bin (?:those|these|that|this|specific|certain|the targeted) (?:\\w+ )?(?:areas?|regions?|spots?|zones?|parts?)\\b';

export const spotReductionFace: CardFace = {
  title: 'You can’t choose where fat leaves from',
  honest:
    'You can train a muscle in one place, but fat comes off the whole body in an order your body sets. For many people the lower back and bra-line are among the very last places to lean out. Slow change there is normal, not a sign you are doing it wrong.',
};

/** The card readers see, kept apart from the patterns so the embed ships only the copy. */
export const spotReductionCard: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(spotReductionFace, {
  claim: 'The right moves, wraps or creams will take fat off one chosen spot, such as the back, bra-line or belly.',
  instead: [
    'Eat a little less than you burn: a small deficit you can keep for months.',
    'Strength-train the whole body 3\u20114 times a week, with back work (rows, pulldowns, hinges, face pulls) 2\u20113 times inside that.',
    'Walk 30\u201145 minutes on most days; everyday steps count.',
    'Favour protein and sleep 7\u20119 hours: both make the deficit easier to live with.',
  ],
  timeline: [
    { when: 'Weeks 2\u20114', what: 'Posture and strength improve; a stronger back can look better in clothes almost at once.' },
    { when: 'Weeks 6\u201112', what: 'Face, waist and arms usually change first; the back often lags.' },
    { when: 'Months 3\u20116', what: 'The bra-line and lower back start to give for many people.' },
  ],
  nextStep: 'Plan three whole-body sessions for this week and put the first one in your calendar.',
});

export const spotReductionWords: MythWords = {
  label: 'Spot reduction',
  why: 'promises fat loss from one chosen spot',
};

/** Exercises, gadgets or potions that promise to take fat off one chosen place. */
export const spotReduction: Myth = /*#__PURE__*/ withFace<Myth, keyof MythWords>(spotReductionWords, {
  id: 'spot-reduction',
  patterns: {
    // The mechanisms name no area ("the fat near a working muscle"): muscles, layers and blood flow cue them.
    cue: new RegExp(`${AREA}|${SLIM_PART}|${RIGHT_THERE}|${INCHES_OFF_PART}|${WEIGHT_OFF_PART}|${FASTER_THERE}|\\bfirst\\b|spot[- ]?reduc|\\bmuscles?\\b|\\blayer\\b|\\b(?:reduction|decrease|shrinkage) in\\b|blood flow|circulation|responds to`),
    claim: [
      // Slimming a named part rather than its fat: "these moves will slim your hips" (leg slimming is spot reduction).
      { id: 'spot/method-slims-part', what: 'a method that slims one part of the body', re: new RegExp(`${METHOD}.{0,80}${SLIM_PART}`) },
      // Written after reading out-of-fold misses: a counted list of ways is a method ("the four best ways to trim your thighs").
      { id: 'spot/counted-ways', what: 'a counted list of ways to slim a part or lose an area', re: new RegExp(COUNTED_WAYS) },
      // Written after reading out-of-fold misses.
      { id: 'spot/purpose-then-move', what: 'losing an area named as the purpose of a move given as an order', re: new RegExp(PURPOSE_THEN_MOVE) },
      { id: 'spot/method-lose-area', what: 'a method that loses fat from an area', re: new RegExp(`${METHOD}.{0,120}\\b${LOSE}\\b.{0,40}${AREA}`) },
      { id: 'spot/lose-area-method', what: 'losing an area, then the method', re: new RegExp(`\\b${LOSE}\\b.{0,40}${AREA}.{0,90}\\b${METHOD}`) },
      { id: 'spot/target-area', what: 'targeting an area of fat', re: new RegExp(`\\btarget(?:s|ing|ed)?\\b.{0,30}${AREA}`) },
      { id: 'spot/method-for-area', what: 'a method for an area ("moves for back fat")', re: new RegExp(`\\b${METHOD} (?:for|to|that|which) (?:\\w+[ /-]){0,4}${AREA}`) },
      { id: 'spot/method-area-lose', what: 'a method, the area, then the loss', re: new RegExp(`${METHOD}.{0,120}${AREA}.{0,30}\\b${LOSE}\\b`) },
      // Firming an area named for its fat is taking that fat off: "twists firm up the love handles".
      { id: 'spot/method-firms-fat-area', what: 'a method said to firm or improve an area named for its fat', re: new RegExp(`${METHOD}.{0,80}${FIRM_AREA}|${FIRM_AREA}.{0,60}\\b${METHOD}`) },
      // A farewell to an area named for its fat is the promise itself, method or not: "say goodbye to your muffin top".
      { id: 'spot/farewell-to-fat-area', what: 'a farewell to an area named for its fat', re: new RegExp(`\\b(?:say (?:good)?bye to|(?:kiss|wave) goodbye to|bye[- ]bye|bid adieu to|farewell to|rip) (?:your |those |that |the )?(?:\\w+ )?${FAT_NAMED}`) },
      // Written after reading out-of-fold misses: inches lost from one named part are that part's fat.
      { id: 'spot/inches-off-part', what: 'inches said to come off one named part', re: new RegExp(INCHES_OFF_PART) },
      // Written after reading out-of-fold misses: weight lost from one named part is that part's fat.
      { id: 'spot/weight-off-part', what: 'weight said to come off one named part', re: new RegExp(WEIGHT_OFF_PART) },
      // Written after reading out-of-fold misses.
      { id: 'spot/faster-there', what: 'fat said to burn faster in the worked places', re: new RegExp(FASTER_THERE) },
      // Written after reading out-of-fold misses: fat of an area said to turn into muscle.
      { id: 'spot/area-into-muscle', what: 'the fat of one area said to turn into muscle', re: new RegExp(`\\b(?:turn|transform|convert)(?:s|ed|ing)? (?:\\w+ ){0,2}${AREA} (?:in)?to muscle`) },
      // "watch the saddlebags disappear", "your muffin top is GONE".
      // Written after reading out-of-fold misses: a change promised to show in one part ("soon you will see a reduction in
      // your belly and waistline"); a study's waist circumference is a measure, not a part.
      {
        id: 'spot/change-in-part',
        what: 'a reduction promised to show in one named part',
        re: /\b(?:see|notice|get|experience|saw|noticed|seen)\b (?:a |an )?(?:\w+ )?(?:reduction|decrease|shrinkage) in (?:your |my |the )?(?:\w+ )?(?:stomach|belly|waist(?:line| line)?|thighs?|hips?|arms?|tummy|midsection|love handles|cellulite|face|chin)\b(?! (?:circumference|measurements?|size))/,
      },
      { id: 'spot/area-vanishes', what: 'an area said to vanish', re: new RegExp(`${AREA}.{0,30}\\b(?:disappear\\w*|vanish\\w*|(?:be|is|are|will be) (?:gone|history)|melts? away|(?:has|have) (?:\\w+ )?(?:reduced|shrunk|shrank|gone down|diminished))`) },
    ],
    strong: [
      // "burns the fat under your chin directly", "melts fat right where you apply it".
      { id: 'spot/lose-fat-right-there', what: 'losing fat right where it is worked', re: new RegExp(`\\b${LOSE}\\b.{0,60}\\bfat\\b.{0,60}${RIGHT_THERE}`) },
      { id: 'spot/fat-lost-right-there', what: 'fat lost right where it is worked', re: new RegExp(`\\bfat\\b.{0,60}\\b${LOSE}\\b.{0,40}${RIGHT_THERE}`) },
      { id: 'spot/lose-it-right-there', what: 'losing "it" right there', re: new RegExp(`\\b${LOSE} (?:it|them) (?:off|away)?.{0,20}${RIGHT_THERE}`) },
      // "the inches melt away from that exact spot" (not "targets the glutes directly": that is technique).
      { id: 'spot/melts-right-there', what: 'something melting from that exact spot', re: new RegExp(`\\b(?!target|drop|reduction)${LOSE}\\b.{0,30}${RIGHT_THERE}`) },
      // The mechanism, told as fact: "your body pulls fat from that zone first".
      {
        id: 'spot/fat-from-zone-first',
        what: 'the body said to take fat from the worked zone first',
        re: /\b(?:pulls?|draws?|takes?|uses?|burns?) (?:\w+ ){0,2}(?:fat|energy|fuel) from (?:that|this|the|your) (?:exact |same |specific |single |one )?(?:\w+ )?(?:zone|area|spot|region|part|muscle)s?\b.{0,20}\bfirst\b/,
      },
      {
        id: 'spot/fat-near-working-muscle',
        what: 'fat beside a working muscle said to go',
        re: /\bfat(?: cells?)?\b.{0,30}\b(?:near|next to|around|over|above|on top of|surrounding) (?:a |the |that |your )?(?:(?:working|contracting|trained|active) muscles?|muscles? (?:that(?:'s| is| are)|you(?:'re| are)) (?:working|worked|training|trained))/,
      },
      {
        id: 'spot/fuel-from-fat-around',
        what: 'a muscle said to feed on the fat around it',
        re: /\b(?:draws?|pulls?|takes?|feeds? on|uses?) (?:\w+ ){0,2}(?:fuel|energy|fat) (?:directly )?from the (?:fat|fat cells) (?:right )?(?:around|near|next to|over|above|on top of|surrounding)/,
      },
      {
        id: 'spot/fat-layer-closest',
        what: 'the fat layer closest to the muscle said to burn',
        re: /\b(?:pulls?|draws?|grabs?|takes?|burns?) (?:\w+ ){0,3}(?:fuel|energy|fat) from (?:that|this|the) (?:\w+ )?layer\b|\bfat (?:that is |that(?:'|’)?s )?(?:physically )?(?:closest|nearest) to (?:it|the muscle)/,
      },
      { id: 'spot/gone-from-that-spot', what: 'fat gone from that exact spot', re: /\b(?:gone|disappeared|vanished|melted|shrunk|went away)\b.{0,20}\bfrom (?:exactly )?(?:that|this|the) (?:exact )?(?:spot|area|place|zone)\b/ },
      { id: 'spot/fat-responds-to-work', what: 'fat said to respond to training', re: /\b(?:\w+ )?fat responds to (?:\w+ )?(?:work|training|exercises?|moves)\b/ },
      { id: 'spot/blood-flow-to-area', what: 'blood flow to an area said to burn its fat', re: /\bblood flow to (?:the|that|this|one) (?:\w+ )?(?:area|spot|zone|region|muscle)\b.{0,60}\b(?:fat|burn)/ },
      { id: 'spot/circulation-burns-fat', what: 'circulation said to melt or release fat', re: /\b(?:blood flow|circulation)\b.{0,80}\b(?:burn\w*|melt\w*|mobili[sz]\w*|releas\w*) (?:\w+ ){0,2}fat\b/ },
      { id: 'spot/muscle-under-the-fat', what: 'working the muscle under the fat', re: /\b(?:work(?:ing)?|train(?:ing)?|hit(?:ting)?) the muscles? (?:\w+ )?(?:underneath|beneath|under|below) (?:the|that|your) (?:fat|flab)/ },
      { id: 'spot/slim-there-first', what: 'an area where you slim down first', re: /\b(?:is|are) where you (?:\w+ )?(?:slim down|lose (?:fat|inches|it)|burn fat|shrink)\b.{0,10}\bfirst\b/ },
      { id: 'spot/spot-reduction-works', what: 'spot reduction said to work', re: /\bspot[- ]?reduc\w* (?:works|is real|is possible|really works)|\byou can spot[- ]?reduce/ },
    ],
    refute: [
      { id: 'spot/is-a-myth', what: 'spot reduction called a myth', re: /spot[- ]?reduc\w* (?:is|are|was) (?:a |an |just a |nothing but a )?(?:myth|not|impossible|false|misconception|fiction)/ },
      { id: 'spot/myth-of-spot', what: '"the myth of spot reduction"', re: /(?:myth|fiction|illusion) of spot/ },
      // Written after reading an out-of-fold false flag: a page that names the myth by its textbook name, as a
      // concept to define, is examining it (myth pages sell the result and do not name the idea).
      {
        id: 'spot/named-concept',
        what: 'spot reduction named as a concept to define ("a concept called targeted fat loss", "spot reduction refers to")',
        re: new RegExp(`\\b(?:concept|idea|notion|theory|principle|premise) (?:called|known as|of|behind) (?:the )?\\W?${NAMED}|${NAMED}\\W{0,2} (?:is|are|can be) (?:defined|described) as|${NAMED}\\W{0,2} refers to`),
      },
      {
        id: 'spot/cannot-choose-where',
        what: 'you cannot spot reduce or choose where fat goes',
        re: /\b(?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|doesn(?:'|’)?t|does not|don(?:'|’)?t) (?:really )?(?:spot[- ]?reduce|target (?:fat|where)|choose where|pick where|decide where|control where|pick and choose)/,
      },
      {
        id: 'spot/cannot-work-fat-off',
        what: 'you cannot exercise or crunch the fat off one place',
        re: /\b(?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|don(?:'|’)?t think you can|do not think you can) (?:\w+ ){0,2}(?:exercise|work|train|crunch|tone|sweat|rub|massage) (?:the |that |your )?(?:fat|flab|it) (?:off|away)\b/,
      },
      { id: 'spot/no-such-thing', what: 'no such thing as spot reduction', re: /\bno (?:such thing as )?spot[- ]?reduc/ },
      // Written after reading out-of-fold false flags: two common shapes of the plain refutation.
      {
        id: 'spot/not-from-one-area',
        what: 'fat cannot be lost from one specific area',
        re: new RegExp(
          `\\b(?:can(?:'|’)?t|cannot|can not|impossible to|(?:isn(?:'|’)?t|is not|not) possible to|no way to|unable to) (?:\\w+ ){0,2}(?:lose|burn|reduce|shed|remove|target) (?:\\w+ )?(?:fat|weight) ${ONE_AREA}` +
            `|\\b(?:los(?:e|ing)|burn(?:ing)?|reduc(?:e|ing)|shed(?:ding)?|remov(?:e|ing)|target(?:ing)?) (?:\\w+ )?(?:fat|weight) ${ONE_AREA}.{0,50}\\b(?:(?:isn(?:'|’)?t|is not|not) (?:\\w+ )?(?:possible|effective|realistic)|impossible|doesn(?:'|’)?t work|a myth)`,
        ),
      },
      { id: 'spot/does-not-take-fat', what: 'a method said not to burn or remove fat', re: NOT_ON_FAT },
      // Written after reading out-of-fold false flags: diet and exercise together take fat off the whole body.
      {
        id: 'spot/diet-and-exercise',
        what: 'the way named is diet and exercise combined, which takes fat off the whole body',
        re: /\b(?:combin\w*|both)\b.{0,30}\b(?:diet|cardio|nutrition|eating)\b (?:and|with|plus) (?:\w+ )?(?:exercises?|training|workouts?|resistance|strength|weights|cardio)\b/,
      },
      {
        id: 'spot/spot-training-fails',
        what: 'spot reduction or spot training said not to work',
        re: /spot[- ]?(?:reduc\w*|train\w*|specific exercises?|targeting) (?:\w+ )?(?:isn(?:'|’)?t|is not|doesn(?:'|’)?t|does not|won(?:'|’)?t|will not|never|cannot|can(?:'|’)?t) (?:\w+ )?(?:work|effective|possible|real|exist|happen)|\bno (?:such thing as )?spot[- ]?(?:specific|targeted)/,
      },
      {
        id: 'spot/no-evidence',
        what: 'targeted fat loss lacks evidence',
        re: /\b(?:targeted fat loss|spot[- ]?reduc\w*|spot[- ]?train\w*)\b.{0,80}\b(?:inadequate|insufficient|little|no|lacks?|lacking|weak|not enough)\b.{0,20}\b(?:proof|evidence|support|research)/,
      },
      // Written after reading an out-of-fold false flag: the way named is a change of life, not a move for one place.
      {
        id: 'spot/lifestyle-change',
        what: 'the way named is a lasting change of lifestyle or a comprehensive approach',
        re: /\b(?:long-term|lasting|sustainable|permanent|overall) (?:healthy )?lifestyle (?:changes?|habits)\b|\bcomprehensive approach\b/,
      },
      // Written with spot/inches-off-part: inches a garment or wrap squeezes off come back.
      { id: 'spot/temporary', what: 'the slimming is temporary', re: /\btemporar(?:y|ily)\b/ },
      { id: 'spot/fat-lost-all-over', what: 'fat comes off all over', re: /fat (?:loss )?(?:happens|occurs|comes off|is lost) (?:all over|throughout|across|from (?:your|the) (?:whole|entire))/ },
      { id: 'spot/from-all-over', what: 'fat drawn from all over the body', re: /\bfat (?:stores )?from all over\b|\bfrom all over (?:the|your) body\b|\bfat from (?:the|your) (?:whole|entire) body\b|\b(?:whole[- ]body|overall body) fat (?:loss|reduction)\b|\bnot from the (?:muscle|area|spot)|\balong with (?:the rest of )?(?:your|the) (?:whole |entire )?body\b/ },
    ],
  },
  card: spotReductionCard,
});

/** Our own sentences both ways: the catalog test runs the detector on each. Tests only, never bundled. */
export const spotReductionExamples: Examples = {
  promise: [
    'These five moves melt back fat and smooth your bra-line.',
    'Try this routine to get rid of your bra bulge for good.',
    'Do these exercises every morning to burn belly fat fast.',
    'Face yoga is the most effective way to lose your double chin.',
    'Our toning circuit targets stubborn love handles.',
    'Side bends are the best exercise to trim your muffin top.',
    'Banish bingo wings with these three arm moves.',
    'Inner thigh lifts will slim down your inner thighs in no time.',
    'Crunches help you shed the fat on your stomach.',
    'This workout was designed to blast fat from your hips.',
    'Wall push-ups are great exercises to reduce back rolls.',
    'Work through these drills to eliminate arm flab.',
  ],
  refute: [
    'Spot reduction is a myth: crunches build muscle but do not burn the fat on your belly.',
    "You can't choose where your body loses fat first.",
    'No exercise can target back fat on its own.',
    'Rows strengthen your back, but they will not remove the fat on your back.',
    'Do side bends get rid of love handles? Not on their own.',
    'Fat loss happens all over the body, not just where you exercise.',
    'Sadly, face yoga does not reduce a double chin.',
    'The idea that leg lifts burn thigh fat is a misconception.',
  ],
  neutral: [
    'Can you lose arm fat with exercises alone?',
    'A deadlift is a hip hinge: keep the bar close and your back neutral.',
  ],
  rules: {
    'spot/method-slims-part': {
      match: ['This workout will slim your hips.', 'Here are the best exercises to trim your thighs and hips.', 'A routine to strengthen (and slim) your hips.'],
      miss: ['This workout will strengthen your hips.', 'Slim fit jeans suit long legs after a workout.'],
    },
    'spot/counted-ways': {
      match: ['Here are the four best ways to trim your hips and thighs.', '9 ways to get rid of that double chin.', 'Three quick ways to slim down your waist.'],
      miss: ['No shortcut exists to lose weight and burn off fat.', "You can't trim your thighs alone, but here are four ways to get stronger legs.", 'Five ways to get rid of back pain.'],
    },
    'spot/purpose-then-move': {
      match: ['To get rid of a double chin, while you watch TV, hold your fists under your chin.', 'To lose love handles, do fifty side bends each morning.'],
      miss: ['To get rid of a double chin, you need to lose weight all over.', 'To slim your hips and thighs, engage in an overall training and diet plan.', 'To lose one pound of fat, do the sums first.'],
    },
    'spot/method-lose-area': {
      match: ['These five moves melt back fat and smooth your bra-line.', 'These ankle exercises help you bid adieu to cankles.', 'Try these moves to tackle jiggly arms.'],
      miss: ['These five moves strengthen your back.', 'Try these moves to tackle stiff shoulders.'],
    },
    'spot/lose-area-method': { match: ['Lose love handles fast with these oblique twists.'], miss: ['Lose weight with these oblique twists.'] },
    'spot/target-area': { match: ['Pilates targets stubborn love handles.'], miss: ['Pilates targets the deep core muscles.'] },
    'spot/method-for-area': { match: ['The best exercises for back fat.'], miss: ['The best exercises for back pain.'] },
    'spot/method-area-lose': { match: ['Do these planks and your muffin top will shrink.'], miss: ['Do these planks and your core will get stronger.'] },
    'spot/method-firms-fat-area': {
      match: ['Side twists firm up the love handles.', 'Daily face exercises can improve a double chin.', 'To tighten that double chin, massage the jawline each night.'],
      miss: ['Side twists firm up the obliques.', 'Lunges tone your inner thighs.', 'A double chin can improve as you lose weight overall.'],
    },
    'spot/farewell-to-fat-area': {
      match: ['Say goodbye to your muffin top.', 'RIP love handles.', 'Say bye to those love handles!', 'Bye-bye bingo wings, hello sleeveless tops.'],
      miss: ['Say goodbye to your old running shoes.', 'Say goodbye to late-night snacking on the sofa.'],
    },
    'spot/inches-off-part': {
      match: ['I lost two inches off my waist in a month.', 'The wrap takes inches from around your thighs.'],
      miss: ['I lost two inches of height after the surgery.', 'Measure a few inches from the top of your hip bone.'],
    },
    'spot/weight-off-part': {
      match: ['Here is how to lose weight from your face.', 'Losing weight on your stomach can be fast with this plan.'],
      miss: ['Most women lose weight around their legs last.', 'Lose weight with a steady deficit and your face will follow.'],
    },
    'spot/faster-there': {
      match: ['Working your arms will melt fat at a quicker rate in those zones.', 'Working a muscle helps you lose fat more quickly in those spots.'],
      miss: ['You will burn fat in those areas along with everywhere else.', 'Intervals burn fat faster than steady jogging.'],
    },
    'spot/area-into-muscle': { match: ['Leg lifts turn your inner thigh fat into muscle.'], miss: ['Leg lifts turn your inner thigh muscles on.'] },
    'spot/change-in-part': {
      match: ['Soon you will see a reduction in your belly and waistline.', 'Within weeks I noticed a real reduction in my thighs.'],
      miss: ['Participants saw a reduction in waist circumference.', 'You will see a reduction in your grocery bill.'],
    },
    'spot/area-vanishes': {
      match: ['Watch your saddlebags disappear!', 'My double chin has really shrunk since I started.'],
      miss: ['Watch your saddlebags in the mirror.', 'My double chin has bothered me for years.'],
    },
    'spot/lose-fat-right-there': { match: ['This gel burns fat right where you rub it.'], miss: ['Walking burns fat all over your body.'] },
    'spot/fat-lost-right-there': { match: ['The fat melts away right where you work.'], miss: ['The fat melts away over months.'] },
    'spot/lose-it-right-there': { match: ['Burn it off right where it sits.'], miss: ['Burn it off with a long walk.'] },
    'spot/melts-right-there': { match: ['The inches melt away from that exact spot.'], miss: ['The inches come off slowly.'] },
    'spot/fat-from-zone-first': { match: ['Your body pulls fat from that zone first.'], miss: ['Your body pulls fat from all over.'] },
    'spot/fat-near-working-muscle': { match: ['The fat near a working muscle is burned for fuel.'], miss: ['Working muscles use fat from the whole body.'] },
    'spot/fuel-from-fat-around': { match: ['The muscle draws fuel from the fat around it.'], miss: ['The muscle draws fuel from the blood.'] },
    'spot/fat-layer-closest': { match: ['Crunches burn the fat closest to the muscle.'], miss: ['Crunches train the muscle closest to the skin.'] },
    'spot/gone-from-that-spot': { match: ['The fat was gone from that exact spot.'], miss: ['The fat was gone after a year.'] },
    'spot/fat-responds-to-work': { match: ['Belly fat responds to targeted work.'], miss: ['Belly fat responds to a calorie deficit.'] },
    'spot/blood-flow-to-area': { match: ['Massage brings blood flow to the area and helps you burn belly fat.'], miss: ['Massage brings blood flow to the area and eases soreness.'] },
    'spot/circulation-burns-fat': { match: ['Better circulation helps release stubborn belly fat.'], miss: ['Better circulation helps your muscles recover.'] },
    'spot/muscle-under-the-fat': { match: ['Hit the muscles underneath the fat on your belly.'], miss: ['Hit the muscles of your back twice a week.'] },
    'spot/slim-there-first': { match: ['Your belly is where you slim down first.'], miss: ['Your face is where most people notice change first.'] },
    'spot/spot-reduction-works': { match: ['Spot reduction really works.'], miss: ['Spot reduction is a myth.'] },
    'spot/is-a-myth': { match: ['Spot reduction is a myth.'], miss: ['Spot reduction is a popular search term.'] },
    'spot/lifestyle-change': {
      match: ['Shedding belly fat will require diet, exercise and long-term lifestyle changes.', 'Losing belly fat takes a comprehensive approach.'],
      miss: ['Shedding belly fat will require these five ab exercises.'],
    },
    'spot/named-concept': {
      match: [
        'It rests on a concept called targeted fat loss.',
        'Spot reduction is defined as losing fat in one area by working it.',
        'Spot reduction refers to burning the fat on your belly with crunches.',
      ],
      miss: ['Targeted fat loss for your belly starts today with these moves.', 'The concept of progressive overload keeps your workouts moving.'],
    },
    'spot/myth-of-spot': { match: ['The myth of spot toning lives on.'], miss: ['The myth of the fat-burning zone lives on.'] },
    'spot/cannot-choose-where': { match: ['You cannot spot reduce.'], miss: ['You can choose which muscles to train.'] },
    'spot/cannot-work-fat-off': { match: ['So no, I do not think you can exercise fat off your chin.', "You can't crunch the fat off your belly."], miss: ['You can exercise your jaw muscles.'] },
    'spot/no-such-thing': { match: ['There is no such thing as spot reduction.'], miss: ['There is no such thing as a bad workout.'] },
    'spot/diet-and-exercise': {
      match: ['To shrink your love handles, combine a sensible diet and regular exercise.', 'Lose arm fat with both diet and strength training.'],
      miss: ['Lose arm fat with these three exercises.'],
    },
    'spot/not-from-one-area': {
      match: ['You cannot lose fat from one specific area of your body.', 'Burning fat in a single spot is not possible, whatever the advert says.'],
      miss: ['You can lose fat from your whole body with a steady deficit.'],
    },
    'spot/does-not-take-fat': { match: ['Crunches do not burn belly fat.'], miss: ['Crunches strengthen the muscles under the belly.'] },
    'spot/spot-training-fails': {
      match: ['Spot reduction simply does not work.', 'No spot-specific exercise exists that burns fat in one place.'],
      miss: ['Spot training your weak muscles works well for strength.'],
    },
    'spot/no-evidence': { match: ['Spot training has little evidence behind it.'], miss: ['Spot training has a long history.'] },
    'spot/temporary': { match: ['Shapewear can temporarily take an inch off your waist.'], miss: ['Shapewear can take an inch off your waist.'] },
    'spot/fat-lost-all-over': { match: ['Fat loss happens all over the body.'], miss: ['Fat loss happens slowly.'] },
    'spot/from-all-over': {
      match: ['Your body takes fat from all over.', 'This circuit tones your arms and burns off excess fat from your whole body.', 'Arm definition comes from overall body fat loss.'],
      miss: ['Your body takes energy from food.', 'This circuit tones your arms and works your whole body.'],
    },
  },
};

