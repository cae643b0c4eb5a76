/**
 * Our own examples of every stance and page rule (tests/detect/rules.test.ts runs each through the whole
 * pipeline). `match` texts are decided by the rule, with the page verdict `flags`; `miss` texts are near
 * misses the rule stays out of. Tests only: no bundle imports this file.
 */
import type { RuleExamples } from '../myths/types';

export const DETECT_EXAMPLES: Readonly<Record<string, RuleExamples & { flags: boolean }>> = {
  'stance/selling-negative': {
    flags: true,
    match: [
      'This face yoga habit erased my double chin, no diet or workouts needed!',
      'These capsules will help you lose weight, with no changes to your diet.',
      // A reassurance is no refutation.
      "Don't worry, these moves will melt your love handles.",
      'All is not lost, and these twists melt your love handles.',
      // An effortless pitch: the buyer has nothing to do.
      "This fat burner melts belly fat and you don't have to do much at all!",
    ],
    miss: ['This face yoga habit erased my double chin!', "Crunches will not melt your love handles, so don't worry about them."],
  },
  'stance/refute-cue': {
    flags: false,
    match: [
      // Hearsay and a reported purpose: the page tells what others say a product does.
      'Some people say they melt belly fat with this tea.',
      'Many videos on the internet say crunches melt belly fat.',
      'Waist trainers are meant to melt belly fat.',
      'Twists train your obliques, but they will not melt your love handles.',
      'Ginger tea has been hailed as a drink that melts belly fat.',
      'None of these teas melt belly fat.',
      'The inches a sweat belt takes off are mostly sweat.',
      'Melting belly fat in a week is a popular but unrealistic goal.',
      'These teas tout themselves as a way to burn belly fat in days.',
      'Drinking this slimming tea to melt belly fat is harmful.',
      // A reporter's hedge: the page passes the claim on without vouching for it.
      'Side twists can apparently melt your love handles.',
    ],
    // Believing in someone is trust, not a belief the page knocks down; "dangerous belly fat" is the fat, not the method.
    miss: [
      'Twists will melt your love handles, they say at my gym, and they are right.',
      'Twists will melt your love handles.',
      'These moves melt your love handles, and I believe in them.',
      'These capsules will help you lose weight, with no changes to your diet.',
      'These capsules melt harmful visceral fat from your belly.',
    ],
  },
  'stance/but-then-promise': {
    flags: true,
    match: ["Crunches won't flatten your belly, but this detox tea melts belly fat in days."],
    miss: ["Crunches won't flatten your belly, but a steady walking habit keeps you healthy.", "Crunches won't flatten your belly, but no detox tea melts belly fat either."],
  },
  'stance/promise-after-quote': {
    flags: true,
    match: ["According to the guide 'Yoga Every Day', if shrinking your love handles is the goal, side-bend exercises are the answer.", 'Download "Yoga Burn": its twist exercises melt your muffin top.'],
    miss: [
      'I typed "melt belly fat in 7 days" into the search bar.',
      "According to the guide 'Yoga Every Day', if a calmer mind is the goal, slow breathing is the answer.",
      'The book "Twists That Melt Love Handles" was a waste of money.',
      'At the gym a boxer described how he "burned" his last ten pounds in one week with two-a-days.',
    ],
  },
  'stance/selling-cues': {
    flags: true,
    match: ['Spot reduction is a myth. Still, these easy moves will melt back fat fast!'],
    miss: ['These moves melt back fat.'],
  },
  'stance/general-debunk': {
    flags: false,
    match: ['Five fat-loss myths to stop believing.\nThese moves target bra fat.', 'Stop listening to the gurus.\nThese moves target bra fat.', 'Flat-belly teas: what most people get wrong.\nThis tea melts belly fat.'],
    miss: ['Five fat-loss tips to start today.\nThese moves target bra fat.', 'No fluff, no BS.\nThese moves target bra fat.'],
  },
  'stance/skeptical-question': {
    flags: false,
    match: ['Can you really lose belly fat in a week?', 'My friend swears her waist trainer melted her belly fat. Is that true?'],
    miss: ['Can you lose belly fat in a week?'],
  },
  'stance/verdict-opening': {
    flags: false,
    match: ['Crunches will shrink your belly fat.\nFalse. Crunches train muscle; fat comes off all over.'],
    miss: ['Crunches will shrink your belly fat.\nFalsely advertised programs abound.'],
  },
  'stance/answered-no': {
    flags: false,
    match: ['Do side bends get rid of love handles? Not on their own.', 'Will a sweat belt melt belly fat? No. You lose water.'],
    miss: ['Do side bends get rid of love handles? Yes, in just 2 weeks!'],
  },
  'stance/sounds-but': {
    flags: false,
    match: ['Two-a-day workouts to burn fat fast sound hardcore, but they mostly pile up fatigue.', 'The idea is appealing: do crunches to lose belly fat.'],
    miss: ['Two-a-day workouts to burn fat fast are hardcore.'],
  },
  'stance/but-then-refuted': {
    flags: false,
    match: ['You can lose 5 pounds in a week, but it comes back.'],
    miss: ['You can lose 5 pounds in a week, but you have to work hard.'],
  },
  'stance/reported-setup': {
    flags: false,
    match: ['Myth 2: A cleanse melts belly fat.', 'The pitch is seductive: rub a warming gel in and it melts fat right where you apply it.'],
    miss: ['A cleanse melts belly fat.'],
  },
  'stance/reported-question': {
    flags: false,
    match: ['Many people ask me if side bends will remove love handles.'],
    miss: ['Side bends will remove love handles.'],
  },
  'stance/hedged-finding': {
    flags: false,
    match: ['Some studies suggest that green tea may help you burn belly fat.', 'Early research hints that this cream might melt belly fat.'],
    // A finding stated flat, or hyped, is the page's own promise.
    miss: ['Studies show that green tea burns belly fat.', 'Exciting new research shows this cream may melt thigh fat.'],
  },
  'stance/described': {
    flags: false,
    match: [
      'One of the most talked-about benefits of green tea is its ability to melt belly fat.',
      'Its fans say this detox tea can flush out belly fat.',
      'A juice cleanse is a type of diet in which you live on 600 calories a day.',
      'This herbal tonic is widely believed to melt belly fat.',
      'Celebrities have vouched for this tea that melts belly fat.',
      'Here we explore the science behind detox teas that flush out belly fat.',
      // The attribution may close the sentence.
      'This detox tea can flush out belly fat, its fans say.',
      'This green tea melts belly fat, or so its devotees swear!',
    ],
    // Said in the page's own voice, the same words promise; a sentence that goes on past the fans is the page's.
    miss: ['Green tea melts belly fat.', 'Our customers say this detox tea can flush out belly fat.', 'This detox tea can flush out belly fat, its fans say, and they are right.'],
  },
  'stance/question': {
    flags: false,
    match: ['Will side bends remove love handles?'],
    miss: ['Side bends will remove love handles.'],
  },
  'stance/quoted-phrase': {
    flags: false,
    match: ['I typed "melt belly fat in 7 days" into the search bar.'],
    miss: ['Melt belly fat in 7 days.'],
  },
  'stance/quoted-speech': {
    flags: true,
    match: ['"My love handles have literally disappeared with these twists!"'],
    miss: ['My love handles have literally disappeared with these twists!'],
  },
  'stance/clause-scope': {
    flags: true,
    match: ["While you can't technically spot reduce, this routine will burn the fat around your bra line."],
    miss: ['This routine will burn the fat around your bra line.'],
  },
  'stance/attribution': {
    flags: true,
    match: ["'Work the muscle directly underneath the fat and it burns away,' she told us."],
    miss: ["'Work the muscle directly underneath the fat and it burns away.'"],
  },
  'stance/idiom': {
    flags: false,
    match: ['Trim the fat: cutting our JavaScript bundle by 60% in one week.', 'I tried the detox tea and lost my mind.'],
    miss: ['Trim the fat off your belly in one week with this plan!'],
  },
  'page/quoted-examined': {
    flags: false,
    match: ['"Melt back fat in 10 days!"\nTen days is far too short for any real change in fat.'],
    miss: ['"Melt back fat in 10 days!"\nOrder today.'],
  },
  'page/same-block': {
    flags: false,
    match: ['These moves target bra fat. No exercise can target back fat on its own.'],
    miss: ['These moves target bra fat.'],
  },
  'page/framed': {
    flags: false,
    match: ['No exercise can target back fat on its own.\nSide bends are a fine exercise for love handles.'],
    miss: ['Side bends are a fine exercise for love handles.'],
  },
  'page/answered': {
    flags: false,
    match: ['Side bends shrink love handles.\nFalse. They train the obliques.'],
    miss: ['Side bends shrink love handles.\nTrue, say fans.'],
  },
  'page/lead-answered': {
    flags: false,
    match: [
      'How to Lose That Muffin Top in 2 Weeks\nTwo weeks is not enough time to lose much fat, and you cannot target the waist.',
      // Title lines before the first prose are the lead, however many there are.
      'Muffin top guide\nBy Jo Bloggs\nUpdated 3 May 2024\nLose Your Muffin Top in 2 Weeks\nVideo: our channel\nTwo weeks is not enough time to lose much fat, and you cannot target the waist.',
    ],
    // A claim past the lead stands whatever a later block says: a reply does not absolve the post it corrects.
    miss: [
      'Morning all.\nRough week here.\nAnyway, the wedding is close.\nJust eat 500 calories a day until the wedding.\nPlease do not, 500 calories a day is dangerous.',
      'Muffin top guide\nI walk every day.\nI lift twice a week.\nLose Your Muffin Top in 2 Weeks\nVideo: our channel\nTwo weeks is not enough time to lose much fat, and you cannot target the waist.',
    ],
  },
};
