/**
 * Stance: does a sentence promise the myth, or mention it to knock it down? Judged on the clause that holds
 * the match, so "it's unrealistic to lose love handles in two weeks, but you can start" stays a refutation
 * while "you can't spot reduce, but these moves melt back fat" stays a promise.
 */
import type { Rule } from '../myths/types';
import { NOT_OF_FAT } from '../myths/vocab';
import { AnyGuard, Guard, type Prefilter } from './prefilter';

/** Phrases that look negative but are not ("no more than 800 calories", "not only"). */
const FALSE_NEGATIVES: Rule = {
  id: 'stance/selling-negative',
  what: 'selling phrases that only look negative ("no diet needed", "I promise")',
  re: /\b(?:(?:i|we) (?:promise|guarantee|swear)|(?:thought|sounded|seemed) (?:like )?(?:it was |it would be )?too good to be true|no (?:choice|option|alternative) but|no more than|not only|no matter|no longer|nothing but|not just|no wonder|not to mention|no-nonsense|(?:don(?:'|’)?t|do not|never) (?:you )?(?:need to |have to )?(?:worry|stress|panic|despair|fret|freak out|lose hope)|(?:you )?(?:don(?:'|’)?t|do not|won(?:'|’)?t|will not) (?:even )?(?:have|need) to do (?:much|anything|a thing)|don(?:'|’)?t get me wrong|no worries|all is not lost|(?:is|are)(?:n(?:'|’)?t| not) (?:a )?(?:death sentence|lost cause|hopeless)|not the end of the world|no one (?:asked for|wants)|no (?:food )?restrictions|no equipment|in no time|no time|no (?:heavy )?(?:diet(?:ing)?|gym|equipment|weights|workouts?|exercise|effort|sweat)(?: or \w+)? (?:needed|required)|won(?:'|’)?t bulk up|no excuses|never (?:been|felt|looked) (?:this|so|better)|(?:with|and|making|make) no (?:\w+ )?changes? (?:in|to) (?:your |their |the )?(?:diet|eating|lifestyle|routine|habits))\b/g,
};

const REFUTE: Rule = {
  id: 'stance/refute-cue',
  what: 'a negation or debunking word in the clause that holds the match',
  // String.raw: the pattern as its literal was written (each backslash kept), with the shared lookahead put in.
  re: new RegExp(String.raw`\b(?:myths?|mythical|misconceptions?|(?:does|do|did|is|are|was|were|could|would|will|can|should|has|have)(?:n't|n’t| not)|can(?:'|’)?t|cannot|won(?:'|’)?t|ain(?:'|’)?t|not|no|never|nor|neither|none|impossible|unrealistic|unlikely|false|bogus|scams?|hype|fall for|nonsense|debunk\w*|ineffective|(?:(?:is|'s|’s|are|was|were) (?:mostly|mainly|largely|just|only|simply|all)|most of (?:that|it|this)(?: weight)? (?:is|was)|mostly (?:through|from|due to)?)\b[^.;]{0,25}\b(?:water|bloat\w*|glycogen|sweat)\b|(?<!isn(?:'|’)?t |not )water weight|take (?:\w+ ){0,2}as (?:proof|a sign|evidence)|unsafe|(?:dangerous|harmful)${NOT_OF_FAT}|backfires?|unsustainable|avoid|beware|deceptive|misleading|lies?|fraud\w*|gimmicks?|fads?|supposedly|so-called|allegedly|apparently|purportedly|reportedly|reputedly|marketed|marketers?|advertis\w*|ads|sold as|sell you|claims?|claimed|claiming|promises?|promised|promising|touted|wish|sadly|unfortunately|doubt\w*|skeptic\w*|rather than|instead of|without evidence|(?:little|no|weak|scant|limited|zero) (?:good |solid |real |scientific |reliable )?(?:evidence|proof)|(?:widely|often|commonly|frequently) (?:shared|touted|promoted|sold|marketed|claimed|said|advertised)|(?:promoted|hailed|billed|heralded|lauded) as|(?:tout|tote|bill|market|advertise|pitch)(?:s|es|ed|ing)? (?:themselves|itself) as|(?:videos?|ads?|adverts?|influencers?|instructors?|articles?|websites?|magazines?|posts?|gurus?|companies|brands|sellers|marketers|forums?|apps?|friends?|coach(?:es)?|trainers?) (?:\w+ ){0,3}?(?:say|says|said|claim|claims|claimed|tell|told|promise|promised|suggest|suggested|insist|insisted|love|swore|swears)|(?:they|people|some|many|others|folks) (?:\w+ )?(?:say|said|claim|claimed) (?:that )?(?:they|it|you)\b|(?:is|are) meant to|not at all|too good to be true|ignore (?:anyone|anybody|people|those|them|the)|(?:anyone|people|those|sites|brands|companies) (?:who|that) sells?|(?:people|many|most|some|they|folks|everyone|i|we) (?:\w+ )?(?:think|believe(?! in\b)|thought|believed(?! in\b)|wanted|hoped|was convinced|were convinced)|(?:they|people|many|folks|everyone|some|others|we all|i|we) (?:often |all |still |usually |always |kept |keep )?(?:try|tried|trying|attempt\w*) to|you (?:might|may|probably|often) (?:think|believe)|you(?:'ve|’ve| have) (?:probably |likely |no doubt |almost certainly )?(?:seen|heard|noticed|read)|belief|gut feeling|tell you that|told|far from|theory|the truth about|(?:lost|lose|losing|shed) (?:a |some |only |just |mostly )?(?:\w+ ){0,2}(?:of )?water\b|the (?:idea|notion|logic|thinking|theory) (?:is |goes )?that|(?:ideas?|notions?|assumptions?|beliefs?) (?:\w+ ){0,4}(?:is|was|are) that)\b`),
};

/** Cues that a sentence is selling the result to the reader. */
export const SELLING_CUES: Rule = {
  id: 'stance/selling-cues',
  what: 'two selling cues ("you’ll", "fast", "!"): the claim stands on a page that argues against its myth',
  re: /\b(?:you(?:'ll| will| can|’ll)|will help|helps? you|can help|effective(?:ly)?|best|great|proven|guarantee\w*|secret|quick(?:ly)?|fast(?:est)?|easy|easily|simple|just|say goodbye|(?<!(?:they|people|i|we|folks|many|who|to) )try|perform|surprise|amazing|powerful|potent|dramatically|entirely possible|really works|it works|watch|confirms?)\b|!/g,
};

// "A common but unrealistic goal": a "but" between two words said of one thing joins them, it opens no clause.
const CLAUSE_BREAK = /\b(?:(?<!\b(?:common|popular|tempting|understandable|widespread|natural|appealing|noble|admirable|worthy) )but|however|yet|although|though|while|whereas|except|because|since)\b|[;:—–()]|\s-\s/g;

/** "While you can't spot reduce, this routine…": the comma closing a concession also ends a clause. */
const CONCESSION = /\b(?:while|although|though|granted|sure)\b[^,.;]{0,80},/g;

/**
 * Bounds of the clause(s) that contain [from, to) in a lower-cased sentence (the one `pf` last scanned),
 * narrowed by each break as the regexes find it, without listing and sorting the breaks first.
 */
function clauseAround(s: string, from: number, to: number, pf: Prefilter): [number, number] {
  const clause: [number, number] = [0, s.length];
  if (pf.allows(G.clauseBreak)) for (let m; (m = CLAUSE_BREAK.exec(s)); ) narrow(clause, m.index, m[0].length, from, to);
  // A concession's break is its closing comma, just before where test() leaves lastIndex.
  if (pf.allows(G.concession)) while (CONCESSION.test(s)) narrow(clause, CONCESSION.lastIndex - 1, 1, from, to);
  return clause;
}

/**
 * A break at [at, at + length) before the match starts the clause after it; one after the match ends it.
 * One overlapping the match bounds nothing.
 */
function narrow(clause: [number, number], at: number, length: number, from: number, to: number): void {
  if (at + length <= from) clause[0] = Math.max(clause[0], at + length);
  else if (at >= to) clause[1] = Math.min(clause[1], at);
}

/** Who said it: "she says", "Matthews promises", "the trainer told us". */
const SAID = '(?:\\p{L}+\\s){0,3}(?:says|said|explains|explained|adds|added|notes|noted|tells|told|writes|wrote|insists|promises|swears)\\b';
const ATTRIBUTION_TAIL = new RegExp(`[,.!?]?['"’”]\\s*${SAID}.*$`, 'u');
const ATTRIBUTION = new RegExp(`^\\W*${SAID}`, 'u');

/**
 * How a match sits relative to quotation marks. A phrase quoted inside a sentence is held up to be examined
 * ("search for "lose belly fat in a week""); a whole sentence in quotes is someone speaking: a review, a
 * trainer, a customer. That is a promise made on the page's behalf.
 */
export function quoting(s: string, at: number): 'none' | 'phrase' | 'speech' {
  let openAt = -1;
  for (let i = firstQuote(s, at); i < at; i++) {
    const mark = quoteMark(s, i);
    if (mark === 'open' && openAt < 0) openAt = i;
    else if (mark === 'close') openAt = -1;
    else if (mark === 'toggle') openAt = openAt < 0 ? i : -1;
  }
  if (openAt < 0) return 'none';
  if (/\p{L}/u.test(s.slice(0, openAt))) return 'phrase';
  // Opened at the start: speech if it runs to the end, or only an attribution follows ("…," she says).
  let close = openAt + 1;
  for (let mark = quoteMark(s, close); close < s.length && mark !== 'close' && mark !== 'toggle'; mark = quoteMark(s, ++close));
  const after = s.slice(close + 1);
  return !/\p{L}/u.test(after) || ATTRIBUTION.test(after) ? 'speech' : 'phrase';
}

/**
 * Index just past the quotation mark that closes the quote open at `at` where a comma, colon or semicolon
 * beside that mark ends the quoted part ("the book 'Yoga Daily,' if…"), else -1. A quote inside a clause
 * ('he "torched" his last pounds') leaves the rest of the clause what the quote holds up.
 */
export function quoteClosing(s: string, at: number): number {
  for (let i = at; i < s.length; i++) {
    const mark = quoteMark(s, i);
    if (mark === 'close' || mark === 'toggle') return /[,:;]/.test(s[i - 1] ?? '') || /[,:;]/.test(s[i + 1] ?? '') ? i + 1 : -1;
  }
  return -1;
}

/**
 * Index of the first character of s[0, at) that may be a quotation mark (quoteMark reads no other), else
 * `at`: most sentences hold none before their match, and asking quoteMark of each character cost more.
 */
function firstQuote(s: string, at: number): number {
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) return i;
  }
  return at;
}

const WORD = /[\p{L}\p{N}]/u;
const OPENS_AFTER = /[\s([{—–-]/;

/** Whether s[i] opens or closes a quotation. Single quotes count only where they cannot be apostrophes. */
function quoteMark(s: string, i: number): 'open' | 'close' | 'toggle' | null {
  const c = s[i];
  if (c === '\u201c') return 'open';
  if (c === '\u201d') return 'close';
  if (c === '"') return 'toggle';
  if (c !== "'" && c !== '\u2018' && c !== '\u2019') return null;
  const prev = s[i - 1];
  const next = s[i + 1];
  if (prev && next && WORD.test(prev) && WORD.test(next)) return null; // don't, it's
  if ((!prev || OPENS_AFTER.test(prev)) && next && !/\s/.test(next)) return 'open';
  if (prev && !/\s/.test(prev) && (!next || /[\s.,;:!?)\]]/.test(next))) return 'close';
  return null;
}

/**
 * A debunk that names no single myth ("5 fat-loss myths to stop believing", "all false") argues against every
 * one. It is tested unguarded on every sentence without body words, so it is written to fail fast: one `\b`
 * for all its alternatives (each tried its own at every position), and "no gurus" checked behind the word,
 * not before it (a lookbehind first ran at every position, not only after the word).
 */
export const GENERAL_DEBUNK: Rule = {
  id: 'stance/general-debunk',
  what: 'a debunk that names no single myth, so argues against every one',
  re: /\b(?:(?:myths?|misconceptions?|lies)\b.{0,40}\b(?:stop believing|busted|debunked|to ignore|to forget|that won(?:'|’)?t die)\b|(?:fat[- ]loss|weight[- ]loss|fitness|diet|dieting|exercise|workout|toning) (?:myths?|misconceptions?|lies)\b|all (?:of (?:them|these) (?:are )?)?(?:false|myths|wrong|nonsense)\b|(?:water|fluid|stool|sweat|bloat\w*)\b[^.]{0,20}\bnot (?:body )?fat\b|(?:neither|none of (?:these|them|those|it)) (?:is|are|was|were) (?:body )?fat\b|(?:false hope|red flags?|snake oil|scams?)\b|(?:seen|heard|read) (?:the|these|those|all the|such) (?:claims|ads|promises|headlines)\b|(?:bullshit|bs|hogwash|baloney|quackery|gurus?)\b(?<!\b(?:no|without|any|or) (?:bullshit|bs|hogwash|baloney|quackery|gurus?))|(?:separating fact from fiction|fact (?:vs\.?|or|versus|from) fiction|(?:hard |honest |unvarnished |plain |ugly |real )?truth about|what (?:most |many )?(?:people|you|everyone|we) (?:get|gets|got) wrong|lying to (?:you|us|people|consumers|customers))\b)/,
};

/** "False.", "Myth:", "Rating: false" opening a block: a quiz, FAQ or fact check answering the block before. */
export const VERDICT_OPENING: Rule = {
  id: 'stance/verdict-opening',
  what: 'a block that opens with a verdict ("False.") answers the block before it',
  re: /^\W*(?:false|myth|fiction|wrong|not true|untrue|busted|(?:verdict|rating|our rating|answer)\s*:\s*(?:false|myth|fiction|wrong|no|untrue|not true))\b(?![- ]\w)/,
};

/** "Do side bends get rid of love handles? Not on their own.": a no right after the question answers it. */
export const ANSWERED_NO: Rule = {
  id: 'stance/answered-no',
  what: 'a sentence opening with "no" right after a question about a myth answers it',
  re: /^\W*(?:no|nope|not (?:really|on (?:its|their) own|by itself|by themselves|at all|quite|exactly)|sadly,? (?:no|not)|unfortunately,? (?:no|not)|afraid not|it (?:doesn(?:'|’)?t|does not|won(?:'|’)?t|will not|can(?:'|’)?t|cannot)|they (?:don(?:'|’)?t|do not|won(?:'|’)?t|will not|can(?:'|’)?t|cannot))\b/,
};

/** "Can you really…?", "Does it actually…?": the way a debunk opens. */
export const SKEPTICAL_QUESTION: Rule = {
  id: 'stance/skeptical-question',
  what: 'a skeptical question ("can you really…?"), the way a debunk opens',
  re: /(?:^|[:!.]\s)\W*(?:can|could|does|do|did|will|would|is|are)\b[^?]{0,80}\b(?:actually|really|truly)\b|\bis (?:it|that|this) (?:really )?(?:true|possible|safe|legit)\b/,
};

/** "Two-a-days sound hardcore, but…": the idea is set up to be knocked down. */
const SOUNDS_BUT: Rule = {
  id: 'stance/sounds-but',
  what: 'the idea set up to be knocked down ("sounds hardcore, but")',
  re: /\b(?:sounds?|seems?)\b[^.;:!?]{0,40}\b(?:but|until)\b|\b(?:it|this|that|the (?:idea|theory|logic|promise|pitch|premise)) (?:sounds|seems|is) (?:\w+ ){0,2}(?:logical|plausible|reasonable|intuitive|appealing|convincing|tempting|sensible)\b/,
};

/** "It drops fast in week one, but most of that is water": what follows "but" has the last word. */
const BUT_THEN_REFUTED: Rule = {
  id: 'stance/but-then-refuted',
  what: 'a "but" after the match that has the last word ("but most of that is water")',
  re: /^,?\s*(?:but|however|yet)\b[^;:]{0,60}\b(?:water|bloat\w*|not (?:fat|real|lasting)|isn(?:'|’)?t (?:fat|real|lasting)|comes? back|temporary|regain\w*|fatigue|injur\w*|burn-?out|muscle loss|lost muscle|rebound)\b/,
};

/**
 * "You don't need pills to lose arm fat, but a fat burner can help": the clause after ", but" has the last
 * word, so a promise there stands though the clause before refutes (claims.ts reads it with the myth's patterns).
 */
export const BUT_THEN_PROMISE = {
  id: 'stance/but-then-promise',
  what: 'a promise after ", but" that the refuted clause before it does not reach ("you don’t need pills, but a fat burner helps")',
} as const;

/**
 * "According to the book 'Yoga for Everyone', if losing belly fat is your goal, pick yoga": the first match is
 * inside a quoted title, but a promise after the quote closes is the page's own (claims.ts reads it again).
 */
export const PROMISE_AFTER_QUOTE = {
  id: 'stance/promise-after-quote',
  what: 'a promise after a quoted phrase closes, which the quote does not hold up to be examined',
} as const;

/** "Myth 2: a cleanse melts belly fat", "The pitch is seductive: rub a gel…": what follows is reported. */
const REPORTED_SETUP: Rule = {
  id: 'stance/reported-setup',
  what: 'a myth list or a pitch set up to be examined ("Myth 2:", "the pitch is:")',
  re: /^\W*(?:myth|fiction|false|busted|fact check)s?\b(?: #?\d+| no\.? ?\d+)?\s*[:—–-]|\b(?:pitch|promise|claim|premise|sales copy|selling point|story|logic|theory|marketing|ads?|label|packaging|tagline|slogan)s? (?:is|goes|says|reads|runs)\b[^:]{0,30}:/,
};

/** "People ask me if side bends remove love handles": a question reported, not a promise made. */
const REPORTED_QUESTION: Rule = {
  id: 'stance/reported-question',
  what: 'a question reported, not a promise made ("people ask me if")',
  re: /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)(?: me| us| you| themselves| myself)? (?:if|whether|for|about|how)\b/,
};

/** "Some research suggests vinegar may trim belly fat": a finding reported with its hedge, not a promise. */
export const HEDGED_FINDING: Rule = {
  id: 'stance/hedged-finding',
  what: 'a research finding reported with a "may", "might" or "could" ("some studies suggest it may help"), not hyped ("exciting new research")',
  re: /(?<!\b(?:exciting|breakthrough|groundbreaking|amazing|incredible|revolutionary|astonishing|remarkable) (?:new )?)\b(?:research|stud(?:y|ies)|evidence|trials?|data|researchers|scientists)\b(?: \w+){0,3}? (?:notes?|noted|suggests?|suggested|shows?|showed|shown|indicates?|indicated|hints?|hinted|reveals?|revealed|finds|found|reports?|reported)\b[^.;!?]{0,60}?\b(?:may|might|could)\b/,
};

/** Who a described product's claims are reported from, and what they are said to do: one list for both reports below. */
const BACKERS = '(?:proponents|advocates|supporters|fans|believers|devotees|followers)';
const BACKERS_SAY = '(?:say|says|said|claim|claims|claimed|believe|swear|insist|argue|suggest|tout)';

/**
 * "A much talked-about benefit of vinegar is…", "fans say it can…", "a type of diet in which…": the page
 * describes what a product or diet is said to do, it does not promise it. Written after reading out-of-fold
 * false flags; "is said to" and "is known to" are left out, as sales pages use them for their own claims.
 */
export const DESCRIBED: Rule = {
  id: 'stance/described',
  what: 'a product or diet described or its fans reported ("the most talked-about benefit", "fans say", "a type of diet in which"), not promised',
  re: new RegExp(
    String.raw`\b(?:talked[- ]about|vouched for|(?:is|are|was|were|been) (?:often |widely |commonly |also |generally )?(?:believed|thought|rumou?red|reputed|purported) to|${BACKERS} (?:\w+ ){0,3}${BACKERS_SAY}|(?:explore|examine|look at|investigate|review) the (?:science|evidence|research|claims?|truth)|(?:is|are) (?:a|an) (?:\w+ )?(?:type|kind|form|category) of (?:\w+ )?(?:diets?|fast(?:ing)?|plans?|regimens?|programs?|products?|supplements?))\b`,
  ),
};

/** The same report with the attribution closing the sentence: "this tea melts belly fat, its fans say." */
export const DESCRIBED_AFTER = new RegExp(String.raw`, (?:or so )?(?:its |their |the |some |many |most )?${BACKERS} ${BACKERS_SAY}\b[^a-z0-9]*$`);

/** Rules without a pattern of their own: they read quotation marks, question marks and clause bounds. */
export const QUESTION = { id: 'stance/question', what: 'a question asserts nothing either way' } as const;
export const QUOTED_PHRASE = { id: 'stance/quoted-phrase', what: 'a phrase quoted inside a sentence is held up to be examined' } as const;
export const QUOTED_SPEECH = { id: 'stance/quoted-speech', what: 'a whole quoted sentence is someone speaking: it promises' } as const;
const CLAUSE_SCOPE = { id: 'stance/clause-scope', what: 'a negation in another clause does not refute the match' } as const;
const ATTRIBUTED = { id: 'stance/attribution', what: 'who said it ("she told us") is not part of what was said' } as const;

/** Every stance rule, for the generated tests. */
export const STANCE_RULES: readonly { id: string; what: string }[] = [
  FALSE_NEGATIVES,
  REFUTE,
  SELLING_CUES,
  GENERAL_DEBUNK,
  SKEPTICAL_QUESTION,
  VERDICT_OPENING,
  ANSWERED_NO,
  SOUNDS_BUT,
  BUT_THEN_REFUTED,
  BUT_THEN_PROMISE,
  PROMISE_AFTER_QUOTE,
  REPORTED_SETUP,
  REPORTED_QUESTION,
  HEDGED_FINDING,
  DESCRIBED,
  QUESTION,
  QUOTED_PHRASE,
  QUOTED_SPEECH,
  CLAUSE_SCOPE,
  ATTRIBUTED,
];

/** Every regex the stance rules run, guarded by the sentence's prefilter (lib/detect/claims.ts builds it). */
export const G = {
  falseNegatives: new Guard(FALSE_NEGATIVES.re),
  refute: new AnyGuard(REFUTE.re),
  sellingCues: new Guard(SELLING_CUES.re),
  generalDebunk: new AnyGuard(GENERAL_DEBUNK.re),
  skepticalQuestion: new AnyGuard(SKEPTICAL_QUESTION.re),
  verdictOpening: new Guard(VERDICT_OPENING.re),
  answeredNo: new Guard(ANSWERED_NO.re),
  soundsBut: new AnyGuard(SOUNDS_BUT.re),
  butThenRefuted: new Guard(BUT_THEN_REFUTED.re),
  reportedSetup: new AnyGuard(REPORTED_SETUP.re),
  reportedQuestion: new Guard(REPORTED_QUESTION.re),
  hedgedFinding: new Guard(HEDGED_FINDING.re),
  described: new Guard(DESCRIBED.re),
  describedAfter: new Guard(DESCRIBED_AFTER),
  clauseBreak: new Guard(CLAUSE_BREAK),
  concession: new Guard(CONCESSION),
  attributionTail: new Guard(ATTRIBUTION_TAIL),
};

/** Whether g may match `s`: `part` of the scanned sentence itself, or `part` with phrases blanked (no say). */
const may = (pf: Prefilter, g: Guard, s: string, part: string) => s !== part || pf.allows(g);
const blank = (pf: Prefilter, s: string, g: Guard, part: string) => (may(pf, g, s, part) ? s.replace(g.re, ' ') : s);
const refutes = (pf: Prefilter, s: string, part: string) => (s === part ? pf.test(G.refute, s) : REFUTE.re.test(s));

/**
 * The id of the rule that makes the sentence argue against the match at [from, to) rather than promise it,
 * or null. Rules that decide the other way (a selling phrase, a clause bound, an attribution) are pushed on
 * `fired`, so a test can tell which rule decided; with `fired` null they are not looked for. `pf` has scanned `lower`: what it rules out of the
 * sentence is out of every part of it, but not of a part with a phrase blanked (blanking joins what was apart).
 */
export function refutedAt(lower: string, from: number, to: number, fired: string[] | null, pf: Prefilter): string | null {
  // The part before the match is sliced only where the sentence holds the set-up's literals at all.
  if (pf.allows(G.reportedSetup.whole) && pf.test(G.reportedSetup, lower.slice(0, from))) return REPORTED_SETUP.id;
  if (pf.test(G.soundsBut, lower)) return SOUNDS_BUT.id;
  const [cs, ce] = clauseAround(lower, from, to, pf);
  const raw = lower.slice(cs, ce);
  // "…,' she told us": who said it is not part of what was said.
  const clause = blank(pf, blank(pf, raw, G.falseNegatives, raw), G.attributionTail, raw);
  if (refutes(pf, clause, raw)) return REFUTE.id;
  if (pf.allows(G.reportedQuestion) && REPORTED_QUESTION.re.test(lower.slice(cs, from))) return REPORTED_QUESTION.id;
  if (pf.allows(G.butThenRefuted) && BUT_THEN_REFUTED.re.test(lower.slice(ce))) return BUT_THEN_REFUTED.id;
  // Not refuted: say which rule kept it so (only where one did: the clause itself has a refuting word, or
  // the sentence has more than this clause).
  // Where nothing was blanked, the clause was raw and did not refute.
  if (!fired) return null;
  if (clause !== raw && refutes(pf, raw, raw)) fired.push(refutes(pf, blank(pf, raw, G.attributionTail, raw), raw) ? FALSE_NEGATIVES.id : ATTRIBUTED.id);
  else if (ce - cs < lower.length && refutes(pf, blank(pf, lower, G.falseNegatives, lower), lower)) fired.push(CLAUSE_SCOPE.id);
  return null;
}

/** Selling cues in the whole sentence ("you'll", "fast", "!"), at most 4. */
export function sellingCues(lower: string, pf: Prefilter): number {
  const re = SELLING_CUES.re;
  if (!pf.allows(G.sellingCues)) return 0;
  re.lastIndex = 0;
  let cues = 0;
  // test() steps along like exec() without building a match array for each cue.
  while (cues < 4 && re.test(lower)) cues++;
  re.lastIndex = 0;
  return cues;
}
