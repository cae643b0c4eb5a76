import type { Card, CardFace, Examples, Myth, MythWords } from './types';
import { withFace } from './card-face';
import { any, AREA, LOSE } from './vocab';

const PRODUCT = /*#__PURE__*/ any(
  'waist (?:trainers?|training|cinchers?)',
  // A diarist's own corset ("we swapped our corsets for smaller sizes"); a corset named by a debunk is history.
  '(?:my|our) (?:\\w+ )?corsets?',
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
/** What is eaten or drunk: foods, drinks and supplements sold to act on fat. */
const INGESTIBLE = /*#__PURE__*/ any(
  'supplements?',
  'pills?',
  'capsules?',
  'tablets?',
  'extracts?',
  'powders?',
  'gummies',
  'foods?',
  'drinks?',
  'spices?',
  'teas?',
  'coffee',
  'vinegar',
  'juices?',
  'smoothies?',
  'tonics?',
  'oils?',
  'herbs?',
  'remed(?:y|ies)',
  'ingredients?',
);
/** Supplements and wear sold as fat-loss aids by name (ingredients marketed as fat burners, belly wraps, binders). */
const FAT_LOSS_AID = /*#__PURE__*/ any(
  'green coffee(?: bean)?(?: extract)?',
  'forskolin',
  'raspberry ketones?',
  'garcinia(?: cambogia)?',
  'hcg',
  'chitosan',
  'glucomannan',
  'yohimbine',
  'thermogenics?(?: supplements?| pills?)?',
  'metabolism[- ]boost(?:ers?|ing)(?: \\w+)?',
  'belly (?:wraps?|binders?|bands?)',
  '(?:post[- ]?partum|belly|stomach) (?:wraps?|binding)',
  'topical fat burners?',
  'fat burners?',
  'waist trainers?',
);
/**
 * Anything sold or taken to lose weight: the named products and aids, cleanses, and what is eaten or drunk
 * (foods in general left out: "whole foods help you lose weight" is honest advice).
 */
const ANY_PRODUCT = /*#__PURE__*/ any(PRODUCT, FAT_LOSS_AID, `(?!foods?\\b)${INGESTIBLE}`, 'cleans(?:es?|ing)', 'teatox', 'waist trainers?');
/** Weight as the scale or the tape reads it, lost: "shed pounds", "drop a few kilos", "weight loss". */
const WEIGHT_LOSS = /*#__PURE__*/ any(
  '(?:los(?:e|es|ing)|shed(?:s|ding)?|drop(?:s|ping)?|reduc(?:e|es|ing)|melt(?:s|ing)?|burn(?:s|ing)?) (?:\\w+ ){0,3}?(?:weight|pounds|lbs|kilos|kg|inches)\\b',
  'weight[- ]loss\\b',
);
const RESULT = /*#__PURE__*/ any(`\\b${LOSE}\\b`, 'fat (?:out|off|away)', 'fat[- ]?burn(?:ing|ers?)', 'hourglass', 'sculpt(?:s|ed|ing)?\\b', 'cinch(?:es|ed)? (?:your |the )?waist', 'fat[- ]?(?:loss|burning|fighting)', 'inches', 'slimmer', 'flatter', 'waistline', AREA);

export const magicProductFace: CardFace = {
  title: 'No cream, belt or tea burns fat off a spot',
  honest:
    'Wraps and belts make you sweat; the water comes back with your next drink. Creams and teas do not pull fat out of one area, and "detox" drinks mostly work as laxatives or diuretics. A waist trainer squeezes, it does not slim.',
};

/** The card readers see, kept apart from the patterns so the embed ships only the copy. */
export const magicProductCard: Card = /*#__PURE__*/ withFace<Card, keyof CardFace>(magicProductFace, {
  claim: 'A cream, wrap, sweat belt, waist trainer, tea or cleanse will make fat disappear.',
  instead: [
    'Spend the money on shoes you will walk in: 30\u201145 minutes on most days.',
    'Strength-train the whole body 3\u20114 times a week.',
    'Keep a small, steady calorie deficit and enough protein.',
    'Protect sleep; poor sleep makes hunger louder.',
  ],
  timeline: [
    { when: 'Same day', what: 'Any "inches lost" from a wrap or belt are water and compression; they return.' },
    { when: 'Weeks 6\u201112', what: 'Real, lasting change from training and a modest deficit becomes visible.' },
    { when: 'Months 3\u20116', what: 'Stubborn areas follow for many people.' },
  ],
  nextStep: 'Before you buy, log one walk today and see how the week feels.',
});

export const magicProductWords: MythWords = {
  label: 'Magic product',
  why: 'sells a product that supposedly melts fat for you',
};

/** Creams, wraps, belts, trainers, teas and cleanses sold as fat removers. */
export const magicProduct: Myth = /*#__PURE__*/ withFace<Myth, keyof MythWords>(magicProductWords, {
  id: 'magic-product',
  patterns: {
    cue: new RegExp(`${PRODUCT}|${FAT_LOSS_AID}|\\b(?:miracle|magic|wonder|sweat|cleans|detox|tea|cream|gel|lotion|wrap|belt|patch|supplement|pill|capsule|tablet|extract|powder|gummies|food|drink|spice|coffee|vinegar|juice|smoothie|tonic|oil|herb|remed|ingredient)|fat (?:leaving|burning|melting|coming out)`),
    claim: [
      { id: 'product/product-then-result', what: 'a product, then a fat result', re: new RegExp(`${PRODUCT}.{0,100}${RESULT}`) },
      { id: 'product/result-then-product', what: 'a fat result, then the product', re: new RegExp(`${RESULT}.{0,80}${PRODUCT}`) },
      // Any cleanse, tea, cream or wrap said to act on fat itself: "the cleanse flushes out the fat".
      {
        id: 'product/acts-on-fat',
        what: 'a cleanse, tea, cream or wrap said to act on fat itself',
        re: /\b(?:cleanses?|detox|teas?|creams?|gels?|lotions?|wraps?|belts?|patch(?:es)?)\b (?:\w+ )?(?:flush(?:es|ed)?|melt(?:s|ed)?|burn(?:s|ed|t)?|dissolv(?:es|ed)|draws?|pull(?:s|ed)?|sweat(?:s|ed)?|breaks? down|broke down) (?:out |away |off )?(?:the |your |stubborn |excess |unwanted )?(?:\w+ )?(?:fat|inches)\b/,
      },
      // Supplements, pills, foods and drinks said to burn fat: "supplements that torch the stubborn belly fat".
      {
        id: 'product/ingestible-burns-fat',
        what: 'a supplement, pill, food or drink said to burn fat',
        re: new RegExp(`\\b${INGESTIBLE}\\b (?:\\w+ ){0,4}?(?:burn|melt|torch|blast|shed|flush|dissolve|target|zap|eliminat|reduc|suppress|tackl|fight|bust)(?:s|ed|es|ing|e)? (?:off |away |out )?(?:the |your |that |those )?(?:stubborn |excess |extra |unwanted )?(?:belly |stomach |body |tummy |abdominal )?fat\\b`),
      },
      // Foods or drinks promised to take fat off an area are spot reduction and a magic product (the labelling guide).
      {
        id: 'product/ingestible-loses-area',
        what: 'a food, drink or supplement said to lose fat from an area',
        re: new RegExp(`\\b${INGESTIBLE}\\b.{0,50}\\b${LOSE}\\b.{0,30}${AREA}`),
      },
      // Written after reading out-of-fold misses: a product or anything eaten said to bring weight loss itself.
      {
        id: 'product/helps-lose-weight',
        what: 'a product, food or drink said to make you lose weight',
        re: new RegExp(`\\b${ANY_PRODUCT}\\b.{0,60}\\b(?:helps?|helping|will|can|cause[sd]?|causing|leads? to|aids?|promot(?:es?|ing)|make[sd]? you|making you)\\b.{0,30}${WEIGHT_LOSS}`),
      },
      // The page's own product called a miracle ("this wonder drink"); a debunk's is "a", "no" or "so-called" magic pill.
      {
        id: 'product/this-miracle',
        what: 'the page’s own product called a miracle or magic',
        re: /\b(?:this|these|our|my) (?:\w+ )?(?:miracle|magic(?:al)?|wonder)[- ](?:weight[- ]loss |fat[- ]burning |slimming |diet )?(?:drugs?|pills?|drinks?|supplements?|teas?|potions?|cures?|ingredients?|powders?|elixirs?|juices?|tonics?|remed(?:y|ies)|herbs?|capsules?|creams?|gels?|belts?|wraps?|formulas?|products?)\b/,
      },
      // Foods or drinks promised to take an area's fat, named after the area: "lose belly fat with herbal teas".
      {
        id: 'product/area-lost-with-ingestible',
        what: 'losing an area named for its fat with a food, drink or supplement',
        re: new RegExp(`\\b${LOSE}\\b.{0,30}${AREA}.{0,40}\\b(?:with|using|by (?:drinking|eating|taking)|thanks to) (?:\\w+ ){0,3}?${INGESTIBLE}\\b`),
      },
      // Written after reading out-of-fold misses: weight said to come off with diet and habits left as they are.
      {
        id: 'product/effortless-loss',
        what: 'weight said to come off without changing diet or habits, or without diet and exercise both',
        re: new RegExp(`${WEIGHT_LOSS}.{0,40}\\bwithout (?:having to |needing to |you )?(?:(?:make|making|any|changing|change|a) )*(?:(?:your|their|the|single) )?(?:(?:(?:dietary|diet|eating|lifestyle|exercise|workout)(?:,? (?:or|and) (?:dietary|diet|eating|lifestyle|exercise|workout))? )?changes?\\b|(?:diet|eating|lifestyle|habits|routine)\\b|(?:diet(?:ing)?|exercis(?:e|ing)|working out),? (?:or|and|nor) (?:diet(?:ing)?|exercis(?:e|ing)|working out|going to the gym)\\b)`),
      },
      // Written after reading out-of-fold misses: what a seller says the product does inside ("this remedy improves
      // metabolism", "the pills curb your cravings"), a result the buyer cannot see and the page need not name. An
      // effect measured as slight is a research summary's.
      {
        id: 'product/speeds-metabolism',
        what: 'a product, supplement or drink said to speed up metabolism',
        re: new RegExp(`\\b${ANY_PRODUCT}\\b.{0,60}\\b(?:boost|improv|stimulat|speed|rev|kick-?start|increas|rais|fire|ramp)\\w*(?: up)? (?:your |the |the body(?:'|’)?s |one(?:'|’)?s |our |their )?(?:metabolism|metabolic rate)\\b(?! (?:slightly|a little|a bit|modestly|marginally|temporarily))`),
      },
      {
        id: 'product/curbs-appetite',
        what: 'a product, supplement or drink said to curb appetite or cravings',
        re: new RegExp(`\\b${ANY_PRODUCT}\\b.{0,60}\\b(?:suppress|curb|reduc|control|cut|kill|block|tam)\\w* (?:your |the |their |food |sugar |those |down )*(?:appetite|cravings?|hunger)\\b`),
      },
      // Written after reading out-of-fold misses: a named fat-loss aid said to help, burn or slim.
      {
        id: 'product/aid-helps',
        what: 'a supplement or wrap sold for fat loss, said to help, burn or slim',
        re: new RegExp(`\\b${FAT_LOSS_AID}\\b.{0,80}\\b(?:helps?|helping|can|will|promot(?:es?|ing)|boost(?:s|ing)?|eliminat\\w+|burn\\w*|reduc\\w+|los(?:e|es|ing)|shed\\w*|melt\\w*|flatter|slimmer|shrink\\w*|tighten\\w*)\\b`),
      },
    ],
    strong: [
      // Sweat is water, whatever the product: "sweating the fat out".
      { id: 'product/sweat-the-fat-out', what: 'sweat sold as fat leaving', re: /\bsweat(?:s|ing)? (?:the |that |your |all (?:the|that) )?fat (?:out|off|away)/ },
      // "That's the fat burning", "that is literally fat leaving your body": heat and sweat read as fat loss.
      { id: 'product/thats-fat-leaving', what: 'heat or sweat read as fat leaving', re: /\b(?:that(?:'|’)?s|that is|it(?:'|’)?s) (?:literally |just |the |your )*fat (?:leaving|burning|melting|coming out)\b/ },
    ],
    // Written after reading out-of-fold misses: a product named once, then promised of as "it" or "they".
    carry: [{ id: 'product/carried-name', what: 'a product named earlier in the block, then promised of as “it” or “they” in the sentences that follow', re: new RegExp(`\\b(?:${PRODUCT}|${FAT_LOSS_AID})\\b`) }],
    refute: [
      { id: 'product/regulator-or-scam', what: 'regulators, lawsuits, scams', re: /\b(?:ftc|fda|lawsuit|fraud\w*|scam\w*|snake oil|gimmicks?)\b/ },
      { id: 'product/only-water', what: 'only water or fluid lost', re: /\b(?:only|just) (?:make you |makes you |help you |helps you )?(?:lose|losing|sweat\w*) (?:water|fluid)/ },
      // Written after reading out-of-fold false flags: research summaries whose evidence is from animals.
      { id: 'product/animal-evidence', what: 'the evidence comes from mice or rats, not people', re: /\b(?:in|on|with|of|fed to) (?:\w+ )?(?:mice|rats|rodents)\b|\banimal (?:studies|study|research|trials?|models?)\b/ },
      { id: 'product/temporary', what: 'the effect is temporary', re: /\b(?:temporary|temporarily)\b/ },
      // Written after reading an out-of-fold false flag: a page weighing a product's harms argues against taking it
      // ("no bad side effects", a seller's line, is left out).
      {
        id: 'product/side-effects',
        what: 'the product’s side effects or risks set out',
        re: /(?<!\b(?:no|without|any|few|zero|minimal) )\b(?:serious|harmful|dangerous|severe|nasty|negative|unpleasant|unwanted|bad|other) side[- ]effects\b|\bside[- ]effects (?:that|which) (?:\w+ ){0,4}(?:can|may|could|might) cause|\b(?:can|may|could|might|will) cause (?:\w+ ){0,2}side[- ]effects|\bside[- ]effects (?:of|include|like|such as)\b|\b(?:risks|dangers) of (?:taking|using|having|drinking|wearing)\b/,
      },
      // Written after reading out-of-fold false flags: research summaries that report a claim unproven.
      {
        id: 'product/unproven',
        what: 'the evidence is mixed, missing or still needed',
        re: /\b(?:more (?:research|studies|evidence) (?:is|are) needed|(?:evidence|research|results|data|findings) (?:is|are|remains?|were|was) (?:\w+ )?(?:mixed|limited|weak|inconclusive|lacking|scarce|thin|conflicting)|(?:hasn(?:'|’)?t|has not|haven(?:'|’)?t|have not) been (?:\w+ )?(?:confirmed|proven|shown|replicated)|no (?:good |strong |solid |reliable |scientific )?evidence (?:that|to suggest|it)|(?:lack|absence|dearth) of (?:\w+ ){0,2}(?:evidence|proof))/,
      },
    ],
  },
  card: magicProductCard,
});

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
    'This tea will not make you lose weight.',
    'You cannot lose belly fat with herbal teas.',
  ],
  neutral: [
    'Lemon water is a pleasant drink with breakfast.',
  ],
  rules: {
    'product/product-then-result': {
      match: ['This waist trainer will shrink your waistline in weeks.', 'Three weeks in, I laced my corset one hook tighter and lost two inches.'],
      miss: ['This waist trainer is comfortable to wear.', 'Victorian women laced corsets tighter to look slimmer.'],
    },
    'product/result-then-product': { match: ['Lose inches with our slimming belt.'], miss: ['Lose inches with a steady walking habit.'] },
    'product/ingestible-loses-area': { match: ['These foods help you get rid of neck fat.', 'Green tea is great for loosing belly fat.'], miss: ['These foods help you sleep.'] },
    'product/aid-helps': {
      match: ['Forskolin helps your body burn stored fat.', 'A belly wrap will make you look slimmer in days.', 'These thermogenic supplements boost your calorie burn.'],
      miss: ['Forskolin is a root extract.', 'Wear a belly wrap for back support after surgery if your doctor suggests it.'],
    },
    'product/speeds-metabolism': {
      match: ['This herbal tea boosts your metabolism while you sleep.', 'Since this remedy improves metabolism, the pounds come off.', 'These green coffee capsules speed up your metabolic rate.'],
      miss: ['Strength training boosts your metabolism.', 'Your metabolism slows a little as you lose weight.', 'A cup of coffee can raise metabolic rate slightly for a few hours.', 'This tea tastes of mint and warms you up.'],
    },
    'product/curbs-appetite': {
      match: ['This supplement curbs your appetite so the weight falls off.', 'These capsules curb sugar cravings, so you eat less.', 'The pills suppress your appetite all day.'],
      miss: ['Eating more protein can curb your appetite.', 'Drinking water before meals may reduce hunger a little.', 'Sleep well: tiredness makes cravings louder.'],
    },
    'product/helps-lose-weight': {
      match: ['This herbal tea helps you shed pounds.', 'This cleanse will make you drop ten pounds.', 'Green coffee capsules cause rapid weight loss.'],
      miss: ['Our slimming tea helps you sleep.', 'These foods help you lose weight.', 'This tea will help you relax before bed.'],
    },
    'product/effortless-loss': {
      match: ['Add it to your morning tea and you’ll drop pounds without making any dietary or lifestyle changes.', 'With this tea you shed weight without diet or exercise.'],
      miss: ['With this tea you shed weight without giving up bread.', 'With these teas people lose weight without a gym membership.'],
    },
    'product/this-miracle': {
      match: ['Thousands of women take this miracle weight loss pill.', 'Sip our wonder drink before bed to wake up slimmer.'],
      miss: ['There is no miracle weight loss pill.', 'Sip this warm drink before bed to sleep better.'],
    },
    'product/area-lost-with-ingestible': {
      match: ['Lose belly fat with these three herbal teas.', 'Melt your muffin top by drinking this tonic each morning.'],
      miss: ['Lose belly fat with a steady walking habit.', 'Lose belly fat by walking, and drink water with meals.'],
    },
    'product/carried-name': {
      match: ['Our waist trainer is made of latex. It slims your waistline in weeks.', 'These sauna shorts are made of neoprene. They melt belly fat while you walk.'],
      miss: [
        'It slims your waistline in weeks.',
        'Our waist trainer is made of latex. The seller ships it fast. It slims your waistline in weeks.',
        'Our waist trainer is made of latex.\nIt slims your waistline in weeks.',
      ],
    },
    'product/acts-on-fat': { match: ['The cleanse flushes out stubborn fat.'], miss: ['The cleanse tastes of lemon.'] },
    'product/ingestible-burns-fat': {
      match: [
        'These five supplements could help you torch stubborn belly fat.',
        'These foods burn belly fat.',
        'Green coffee pills melt away body fat.',
        'This powder helps your body fight stubborn fat.',
        'Our gummies help you tackle belly fat.',
        'This herbal tonic melts belly fat.',
      ],
      miss: ['Supplements cannot replace a meal.', 'These foods keep you full for longer.', 'These foods help reduce hunger between meals.'],
    },
    'product/sweat-the-fat-out': { match: ['Sweat the fat out with our sauna suit.'], miss: ['Sweat is mostly water.'] },
    'product/thats-fat-leaving': { match: ["That burning feeling? That's the fat burning."], miss: ["That's the muscles burning."] },
    'product/regulator-or-scam': { match: ['The FTC fined sellers of slimming belts for fake fat-loss claims.'], miss: ['The sellers of slimming belts advertise at night.'] },
    'product/side-effects': {
      match: [
        'Fat burners have serious side effects.',
        'Among the side effects that slimming pills can cause are headaches and jitters.',
        'Fat burners may cause a few side effects, so ask your doctor first.',
        'The side effects of fat burners include a racing heart.',
        'The risks of taking fat burners start with your heart.',
      ],
      miss: ['This fat burner melts belly fat with no bad side effects.', 'Belly fat raises the risks of getting heart disease.'],
    },
    'product/only-water': { match: ['With a sweat belt you only lose water.'], miss: ['With a sweat belt you lose water and some salt.'] },
    'product/unproven': {
      match: ['We found no scientific evidence that body wraps melt fat.', 'The evidence is mixed on whether the tea helps burn belly fat.', 'Despite a lack of solid evidence, the pills are sold as fat burners.'],
      miss: ['The tea has been sold for years and tastes of mint.'],
    },
    'product/animal-evidence': {
      match: ['A study in mice found the spice reduced belly fat.', 'So far only animal studies suggest the extract melts fat.'],
      miss: ['A study in adults found the spice did nothing for belly fat.'],
    },
    'product/temporary': { match: ['Any slimming from a body wrap is temporary.'], miss: ['A body wrap feels warm.'] },
  },
};

