import type { Card, Examples, Myth, MythWords } from './types';
import { AREA, LOSE, METHOD, RIGHT_THERE } from './vocab';

/** The card readers see, kept apart from the patterns so the embed ships only the copy. */
export const spotReductionCard: Card = {
  title: "You can't choose where fat leaves from",
  claim: 'The right moves, wraps or creams will take fat off one chosen spot, such as the back, bra-line or belly.',
  honest:
    'You can train a muscle in one place, but fat comes off the whole body in an order your body sets. For many people the lower back and bra-line are among the very last places to lean out. Slow change there is normal, not a sign you are doing it wrong.',
  instead: [
    'Eat a little less than you burn: a small deficit you can keep for months.',
    'Strength-train the whole body 3-4 times a week, with back work (rows, pulldowns, hinges, face pulls) 2-3 times inside that.',
    'Walk 30-45 minutes on most days; everyday steps count.',
    'Favour protein and sleep 7-9 hours: both make the deficit easier to live with.',
  ],
  timeline: [
    { when: 'Weeks 2-4', what: 'Posture and strength improve; a stronger back can look better in clothes almost at once.' },
    { when: 'Weeks 6-12', what: 'Face, waist and arms usually change first; the back often lags.' },
    { when: 'Months 3-6', what: 'The bra-line and lower back start to give for many people.' },
  ],
  nextStep: 'Plan three whole-body sessions for this week and put the first one in your calendar.',
};

export const spotReductionWords: MythWords = {
  label: 'Spot reduction',
  why: 'promises fat loss from one chosen spot',
};

/** Exercises, gadgets or potions that promise to take fat off one chosen place. */
export const spotReduction: Myth = {
  id: 'spot-reduction',
  ...spotReductionWords,
  patterns: {
    cue: new RegExp(`${AREA}|${RIGHT_THERE}|\\bfirst\\b|spot[- ]?reduc`),
    claim: [
      new RegExp(`${METHOD}.{0,120}\\b${LOSE}\\b.{0,40}${AREA}`),
      new RegExp(`\\b${LOSE}\\b.{0,40}${AREA}.{0,90}\\b${METHOD}`),
      new RegExp(`\\btarget(?:s|ing|ed)?\\b.{0,30}${AREA}`),
      new RegExp(`\\b${METHOD} (?:for|to|that|which) (?:\\w+[ /-]){0,4}${AREA}`),
      new RegExp(`${METHOD}.{0,120}${AREA}.{0,30}\\b${LOSE}\\b`),
      // "watch the saddlebags disappear", "your muffin top is GONE".
      new RegExp(`${AREA}.{0,30}\\b(?:disappear\\w*|vanish\\w*|(?:be|is|are|will be) (?:gone|history)|melts? away)`),
    ],
    strong: [
      // "burns the fat under your chin directly", "melts fat right where you apply it".
      new RegExp(`\\b${LOSE}\\b.{0,60}\\bfat\\b.{0,60}${RIGHT_THERE}`),
      new RegExp(`\\bfat\\b.{0,60}\\b${LOSE}\\b.{0,40}${RIGHT_THERE}`),
      new RegExp(`\\b${LOSE} (?:it|them) (?:off|away)?.{0,20}${RIGHT_THERE}`),
      // "the inches melt away from that exact spot" (not "targets the glutes directly": that is technique).
      new RegExp(`\\b(?!target|drop|reduction)${LOSE}\\b.{0,30}${RIGHT_THERE}`),
      // The mechanism, told as fact: "your body pulls fat from that zone first", "where you slim down first".
      /\b(?:pulls?|draws?|takes?|uses?|burns?) (?:\w+ ){0,2}(?:fat|energy|fuel) from (?:that|this|the|your) (?:exact |same |specific |single |one )?(?:\w+ )?(?:zone|area|spot|region|part|muscle)s?\b.{0,20}\bfirst\b/,
      /\bfat(?: cells?)?\b.{0,30}\b(?:near|next to|around|over|above|on top of|surrounding) (?:a |the |that |your )?(?:(?:working|contracting|trained|active) muscles?|muscles? (?:that(?:'s| is| are)|you(?:'re| are)) (?:working|worked|training|trained))/,
      /\b(?:draws?|pulls?|takes?|feeds? on|uses?) (?:\w+ ){0,2}(?:fuel|energy|fat) (?:directly )?from the (?:fat|fat cells) (?:right )?(?:around|near|next to|over|above|on top of|surrounding)/,
      /\b(?:pulls?|draws?|grabs?|takes?|burns?) (?:\w+ ){0,3}(?:fuel|energy|fat) from (?:that|this|the) (?:\w+ )?layer\b|\bfat (?:that is |that(?:'|’)?s )?(?:physically )?(?:closest|nearest) to (?:it|the muscle)/,
      /\b(?:gone|disappeared|vanished|melted|shrunk|went away)\b.{0,20}\bfrom (?:exactly )?(?:that|this|the) (?:exact )?(?:spot|area|place|zone)\b/,
      /\b(?:\w+ )?fat responds to (?:\w+ )?(?:work|training|exercises?|moves)\b/,
      /\bblood flow to (?:the|that|this|one) (?:\w+ )?(?:area|spot|zone|region|muscle)\b.{0,60}\b(?:fat|burn)/,
      /\b(?:blood flow|circulation)\b.{0,80}\b(?:burn\w*|melt\w*|mobili[sz]\w*|releas\w*) (?:\w+ ){0,2}fat\b/,
      /\b(?:work(?:ing)?|train(?:ing)?|hit(?:ting)?) the muscles? (?:\w+ )?(?:underneath|beneath|under|below) (?:the|that|your) (?:fat|flab)/,
      /\b(?:is|are) where you (?:\w+ )?(?:slim down|lose (?:fat|inches|it)|burn fat|shrink)\b.{0,10}\bfirst\b/,
      /\bspot[- ]?reduc\w* (?:works|is real|is possible|really works)|\byou can spot[- ]?reduce/,
    ],
    refute: [
      /spot[- ]?reduc\w* (?:is|are|was) (?:a |an |just a |nothing but a )?(?:myth|not|impossible|false|misconception|fiction)/,
      /(?:myth|fiction|illusion) of spot/,
      /\b(?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|doesn(?:'|’)?t|does not|don(?:'|’)?t) (?:really )?(?:spot[- ]?reduce|target (?:fat|where)|choose where|pick where|decide where|control where|pick and choose)/,
      /\bno (?:such thing as )?spot[- ]?reduc/,
      /\b(?:targeted fat loss|spot[- ]?reduc\w*|spot[- ]?train\w*)\b.{0,80}\b(?:inadequate|insufficient|little|no|lacks?|lacking|weak|not enough)\b.{0,20}\b(?:proof|evidence|support|research)/,
      /fat (?:loss )?(?:happens|occurs|comes off|is lost) (?:all over|throughout|across|from (?:your|the) (?:whole|entire))/,
      /\bfat (?:stores )?from all over\b|\bfrom all over (?:the|your) body\b|\bnot from the (?:muscle|area|spot)/,
    ],
  },
  card: spotReductionCard,
};

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
    'Rows strengthen your back, but they will not remove the fat over it.',
    'Do side bends get rid of love handles? Not on their own.',
    'Fat loss happens all over the body, not just where you exercise.',
    'Sadly, face yoga does not reduce a double chin.',
    'The idea that leg lifts burn thigh fat is a misconception.',
    'Can you lose arm fat with exercises alone?',
    'A deadlift is a hip hinge: keep the bar close and your back neutral.',
  ],
};

