import { MYTHS } from '../myths';
import type { MythId, Rule } from '../myths/types';
import type { Claim } from './types';
import { hasFitnessVocabulary } from './gate';
import { lowerCaser, readSpans, type ReadSpan } from './sentences';
import { ANSWERED_NO, BUT_THEN_PROMISE, DESCRIBED, DESCRIBED_AFTER, G, GENERAL_DEBUNK, HEDGED_FINDING, VERDICT_OPENING, PROMISE_AFTER_QUOTE, QUESTION, QUOTED_PHRASE, QUOTED_SPEECH, quoteClosing, quoting, refutedAt, SELLING_CUES, sellingCues, SKEPTICAL_QUESTION } from './stance';
import { AnyGuard, Guard, GuardList, type KnownLiterals, Prefilter, requiredParts } from './prefilter';
import literals from './prefilter-literals.json';

/**
 * A promise found in one sentence, with where it sits and whether it stands against a refuting context. It
 * holds no sentence text: the Claim (claimOf) is made only for the claims a verdict reports, so a claim-dense
 * page does not keep a second object and a string alive per claim while it is read.
 */
export interface ReadClaim {
  myth: MythId;
  /** Offsets of the claim sentence in the text read, as Claim's. */
  start: number;
  end: number;
  /** As Claim.confidence. */
  confidence: number;
  /** The whole sentence is in quotation marks (Claim.quoted). */
  quoted: boolean;
  /**
   * The claim stands even where its myth is argued against: a believer's pattern in the page's own voice,
   * or two selling cues.
   */
  stands: boolean;
  /** Index of the '\n'-separated block (paragraph, list item, comment) the sentence is in. */
  block: number;
  /** Index of the section: a heading line opens a new one. */
  section: number;
  /** The sentence is a heading or the page's headline. */
  heading: boolean;
  /** No prose came before it: only the headline and title, byline or date lines (page rules read it as lead). */
  opening: boolean;
  /** Its block is a list item or an ad: a unit of its own, which other blocks neither frame nor are framed by. */
  standalone: boolean;
}

/** The Claim that claim `c` of a reading of `text` reports. */
export function claimOf(text: string, c: ReadClaim): Claim {
  const claim: Claim = { myth: c.myth, start: c.start, end: c.end, sentence: text.slice(c.start, c.end), confidence: c.confidence };
  if (c.quoted) claim.quoted = true;
  return claim;
}

/** A sentence that argues against myths, and where it sits. */
export interface Refutation {
  /** Myths it argues against (every myth for a general debunk). */
  myths: MythId[];
  /** Start offset of the sentence: what comes before a claim frames it. */
  at: number;
  /** The sentence opens its block with a verdict ("False.", "Myth."): it answers the block before. */
  answers: boolean;
  /** A framing that names no single myth ("5 fat-loss myths", "Can you really…?", "False."). */
  framing: boolean;
  /** Its block is a list item or an ad. */
  standalone: boolean;
  block: number;
  section: number;
}

/** What the sentences of a page say about the myths: promises, refutations, and which rules decided. */
export interface SentenceReading {
  /** The text read: claims and refutations index into it. */
  text: string;
  claims: ReadClaim[];
  refutations: Refutation[];
  /** Ids of the rules that fired, in order (patterns matched, stance rules that decided). */
  fired: string[];
}

/** A list item ("- ", "3. ") or an ad ("Sponsored:") opening a block. */
const STANDALONE_BLOCK = /^(?:[-*•▪►✓✔]\s|\d{1,2}[.)](?:\s|$)|(?:sponsored|advertisement|promoted|ad)\s*[:|—–-])/;

const WEAK = 0.55;
const STANDING = 0.8;
const PER_CUE = 0.05;
const ALL_MYTHS: MythId[] = MYTHS.map((m) => m.id);
const STANDALONE = new Guard(STANDALONE_BLOCK);

/** A myth rule with its guard, and its parts' (requiredParts): each a literal test of its own before the rule runs. */
interface Guarded {
  rule: Rule;
  guard: Guard;
  parts: readonly Guard[];
  /** Its Rule.needs, one guard for the rules that name the same regex. */
  needs: Guard | null;
}

/**
 * Each Rule.needs as a guard whose answer the prefilter keeps for the sentence scanned: the rules naming it,
 * and the cue alternative of the same source, test it once a sentence.
 */
const NEEDED = new Map<RegExp, Guard>();
const neededOf = (re: RegExp | undefined): Guard | null => {
  if (!re) return null;
  if (!NEEDED.has(re)) {
    const g = new Guard(re);
    g.remembered = true;
    NEEDED.set(re, g);
  }
  return NEEDED.get(re)!;
};

/**
 * Parts by flags and source: the same vocabulary in several patterns is one guard. A rule's own literal
 * groups are its three most selective, and a pattern that opens with an alternation has one, the union of
 * its alternatives' ("exercises|moves|…" or "firm|tighten|…"): each part brings its own three, so a rule
 * whose verb group is absent is ruled out by a few loads, not by running its `.{0,80}` gaps to the end.
 */
const PARTS = new Map<string, Guard>();
function partsOf(re: RegExp): Guard[] {
  let sources: string[] = [];
  try {
    sources = requiredParts(re.source);
  } catch {
    // A back-reference ties the groups together: the regex runs on its own literals alone.
  }
  const key = (p: string) => `${re.flags}/${p}`;
  return sources.map((p) => PARTS.get(key(p)) ?? PARTS.set(key(p), new Guard(new RegExp(p, re.flags))).get(key(p))!);
}
/** A myth's rules of one kind, guarded, in the order they are tried, and their guards as one list. */
interface RuleList {
  rules: readonly Guarded[];
  any: GuardList;
}
/** `rules` guarded; with `parts`, each also by its parts (the patterns firstMatch runs whole, not the refutations). */
const guarded = (rules: readonly Rule[] = [], parts = true): RuleList => {
  const list = rules.map((rule) => ({ rule, guard: new Guard(rule.re), parts: parts ? partsOf(rule.re) : [], needs: neededOf(rule.needs) }));
  return { rules: list, any: new GuardList(list.map((g) => g.guard)) };
};

/** Each myth's patterns, guarded: strong ones before the ordinary claims, as promiseIn tries them. */
const MYTH_GUARDS = MYTHS.map((myth) => {
  const strong = guarded(myth.patterns.strong);
  const claim = guarded(myth.patterns.claim);
  // promiseOf tests the cue just before the lists: a cue alternative a rule needs is the same guard, tested once.
  const needs = [...strong.rules, ...claim.rules].flatMap((g) => (g.needs ? [g.needs] : []));
  return { myth, cue: new AnyGuard(myth.patterns.cue, needs), strong, claim, refute: guarded(myth.patterns.refute, false), carry: guarded(myth.patterns.carry, false) };
});
type MythGuards = (typeof MYTH_GUARDS)[number];
const NO_GUARDS: readonly MythGuards[] = [];

/** Reads every sentence of `text` once. Pure; offsets index into `text`. */
export function readSentences(text: string): SentenceReading {
  return hasFitnessVocabulary(text) ? readSentencesOf(text, readSpans(text)) : { text, claims: [], refutations: [], fired: [] };
}

/**
 * readSentences over spans already split (readSpans of the same text). With `fired` null, nothing reads which
 * rules decided: the checks made only to name them are skipped, and the reading's `fired` is empty.
 */
export function readSentencesOf(text: string, spans: readonly ReadSpan[], fired: string[] | null = []): SentenceReading {
  const claims: ReadClaim[] = [];
  const refutations: Refutation[] = [];
  let section = 0;
  let lastBlock = -1;
  // Myths the previous sentence asked about ("Do side bends get rid of love handles?"), for its answer. This
  // and the myths a sentence argues against are arrays only where there are some: most sentences neither ask
  // nor refute, and emptying one array per page for each sentence cost a builtin call each.
  let asked: MythId[] | null = null;
  let standalone = false;
  let prose = false;
  // Per myth, the last name its carry rules matched in the current block: what a later "it" stands for.
  // Pushed, not map()ped: map's array is packed in the interpreter and holey once TurboFan inlines map, so the
  // code optimized on the first pages deopted ("wrong map") here and in carried on the next.
  const named: (Named | undefined)[] = [];
  for (let i = 0; i < MYTH_GUARDS.length; i++) named.push(undefined);
  // Whether a name outlived the last sentence: most blocks name nothing, and fill() is a builtin call each.
  let holding = false;
  const lowerOf = lowerCaser(text);
  for (const span of spans) {
    const { block, heading } = span.ctx;
    if (heading && span.start > 0) section++;
    const sentence = text.slice(span.start, span.end);
    const plain = lowerOf(span.start, span.end);
    // Most sentences of any page say nothing about bodies: the gate again, per sentence, skips them cheaply
    // (and their few regexes run without the prefilter's scan, which would cost more than it saves).
    const aboutBodies = hasFitnessVocabulary(sentence);
    if (aboutBodies) prefilter().scan(plain);
    const question = endsQuestion(plain);
    let refutes: MythId[] | null = null;
    const opensBlock = block !== lastBlock;
    if (opensBlock) standalone = testOn(plain, aboutBodies, STANDALONE);
    if (opensBlock && holding) named.fill(undefined);
    const answers = opensBlock && testOn(plain, aboutBodies, G.verdictOpening);
    if (block === lastBlock && asked && testOn(plain, aboutBodies, G.answeredNo)) {
      fired?.push(ANSWERED_NO.id);
      refutes = asked;
    }
    lastBlock = block;
    asked = null;
    if (answers) {
      fired?.push(VERDICT_OPENING.id);
      (refutes ??= []).push(...ALL_MYTHS);
    }
    // "You've seen the claims", "all false": a debunk's framing needs no body words of its own.
    const framing = question ? SKEPTICAL_QUESTION : GENERAL_DEBUNK;
    const framed = testOn(plain, aboutBodies, question ? G.skepticalQuestion : G.generalDebunk);
    if (framed) {
      fired?.push(framing.id);
      (refutes ??= []).push(...ALL_MYTHS);
    }
    const lower = aboutBodies ? blankIdioms(plain, fired) : plain;
    let cues: number | undefined;
    for (const [i, guards] of (aboutBodies ? MYTH_GUARDS : NO_GUARDS).entries()) {
      const { myth } = guards;
      // A question asserts nothing either way ("Sounds too good? Not at all!").
      const refuteRule = question ? undefined : firstTested(guards.refute, lower);
      if (refuteRule) {
        fired?.push(refuteRule.id);
        (refutes ??= []).push(myth.id);
      }
      const read = carried(guards, lower, span.start, named, i);
      if (read !== lower) prefilter().scan(read);
      const found = promiseOf(guards, read, question, fired);
      if (read !== lower) {
        // The other myths, and the selling cues, read the sentence as written.
        prefilter().scan(lower);
        if (typeof found === 'object' && found !== null) fired?.push(named[i]!.id);
      }
      if (found === 'refuted') (refutes ??= []).push(myth.id);
      if (found === 'asked') (asked ??= []).push(myth.id);
      if (found === null || found === 'refuted' || found === 'asked') continue;
      cues ??= sellingCues(lower, prefilter());
      if (cues >= 2) fired?.push(SELLING_CUES.id);
      // A believer's statement stands only in the page's own voice, in a sentence not also arguing against it.
      const stands = (found.believer && !refuteRule && found.quoted === 'none') || cues >= 2;
      const confidence = Math.min(1, (stands ? STANDING : WEAK) + PER_CUE * cues);
      const { start, end } = span;
      claims.push({ myth: myth.id, start, end, confidence, quoted: found.quoted === 'speech', stands, block, section, heading: heading || start === 0, opening: !prose, standalone });
    }
    if (!heading) prose = true;
    // A name is carried along a run of sentences each opening with "it" or "they": another subject ends it.
    holding = false;
    for (let i = 0; i < named.length; i++) {
      if (named[i] && named[i]!.at !== span.start && !CARRIED_SUBJECT.test(plain)) named[i] = undefined;
      if (named[i]) holding = true;
    }
    if (refutes) refutations.push({ myths: refutes, at: span.start, answers, framing: framed || answers, standalone, block, section });
  }
  return { text, claims, refutations, fired: fired ?? [] };
}

/** Whether a sentence ends in a question mark, closing quotes and brackets aside. */
function endsQuestion(s: string): boolean {
  let i = s.length - 1;
  for (let c = s.charCodeAt(i); c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93; c = s.charCodeAt(--i));
  return s.charCodeAt(i) === 63;
}

/** A name a myth's carry rule matched, and that rule's id. */
interface Named {
  name: string;
  id: string;
  /** Start of the sentence that named it. */
  at: number;
}

/** A subject that stands for something named before: "it" or "they" opening the sentence. */
const CARRIED_SUBJECT = /^((?:(?:and|so|plus|also|but|now|yes|best of all|even better),? )?)(?:it|they)((?:'|’)ll)?\b/;
/**
 * What follows a carried subject that is described, not acting ("they are creams that can be applied to…", "it
 * has been used as…", "it's worn"): what the thing is or is sold for, as a debunk's retelling tells it. Such a
 * sentence keeps the run going but is read as written.
 */
const DESCRIBED_SUBJECT = /^(?:(?:'|’)(?:s|re)| (?:is|are|was|were|(?:has|have|can|could|will|would) (?:\w+ )?be(?:en)?))\b/;

/**
 * The sentence at `at` as the myth reads it: where it opens with a CARRIED_SUBJECT and names nothing itself,
 * with the name carried to it (`named[i]`) in that subject's place; else `lower` itself. A name it gives is kept.
 */
function carried(guards: MythGuards, lower: string, at: number, named: (Named | undefined)[], i: number): string {
  for (const { rule, guard } of guards.carry.rules) {
    const m = prefilter().allows(guard) ? rule.re.exec(lower) : null;
    if (m) {
      named[i] = { name: m[0], id: rule.id, at };
      return lower;
    }
  }
  const was = named[i];
  const s = was && CARRIED_SUBJECT.exec(lower);
  if (!s || DESCRIBED_SUBJECT.test(lower.slice(s[0].length))) return lower;
  const [subject, lead, will] = s as unknown as [string, string, string | undefined];
  return lead + was.name + (will ? ' will' : '') + lower.slice(subject.length);
}

/** promiseIn where the myth's cue and the first groups of its lists allow a match; else null. */
function promiseOf(guards: MythGuards, lower: string, question: boolean, fired: string[] | null): Found | 'refuted' | 'asked' | null {
  // The cue's alternatives cost regexes to test, the lists' first groups a few loads: where neither list
  // may match, the cue's answer changes nothing.
  if (!(prefilter().mayAny(guards.strong.any) || prefilter().mayAny(guards.claim.any)) || !prefilter().test(guards.cue, lower)) return null;
  return promiseIn(guards, lower, question, fired);
}

/**
 * g tested on a lower-cased sentence: through the prefilter where it scanned the sentence, else the regex
 * alone. A function of the module, not a closure per sentence: the closures made per sentence and per myth
 * were about a tenth of what a claim-dense page allocated (4.4 of 45 MB per MB of text).
 */
function testOn(plain: string, scanned: boolean, g: Guard | AnyGuard): boolean {
  return scanned ? prefilter().test(g, plain) : g.re.test(plain);
}

/** The first of `rules` that matches the sentence the prefilter last scanned. */
function firstTested(list: RuleList, lower: string): Rule | undefined {
  const i = firstOf(list, lower, false);
  return i < 0 ? undefined : list.rules[i]!.rule;
}

/** The match firstOf last found with `exec`. */
let lastMatch: RegExpExecArray | null = null;

/**
 * Index of the first of the list's rules that matches the sentence the prefilter last scanned, else -1,
 * looking only at those whose first literal group the scan found. With `exec`, each runs whole (its match
 * into lastMatch) where its parts are allowed too and its Rule.needs holds; else it is tested through its guard.
 */
function firstOf(list: RuleList, lower: string, exec: boolean): number {
  const pf = prefilter();
  if (!pf.mayEach(list.any)) return -1;
  const { may } = list.any;
  for (let w = 0; w < may.length; w++) {
    for (let bits = may[w]!; bits !== 0; bits &= bits - 1) {
      const i = w * 32 + 31 - Math.clz32(bits & -bits);
      const { rule, guard, parts, needs } = list.rules[i]!;
      if (exec ? pf.allows(guard) && allowsAll(parts) && (needs === null || pf.test(needs, lower)) && (lastMatch = rule.re.exec(lower)) !== null : pf.test(guard, lower)) return i;
    }
  }
  return -1;
}

interface Found {
  quoted: 'none' | 'speech';
  /** Matched one of the myth's strong patterns: what only a believer states as fact. */
  believer: boolean;
}

/** The rule firstMatch last matched: a pair returned for each claim was garbage. */
let matchedRule: Rule | undefined;

const firstMatch = (list: RuleList, lower: string): RegExpExecArray | null => {
  const i = firstOf(list, lower, true);
  if (i < 0) return null;
  matchedRule = list.rules[i]!.rule;
  return lastMatch;
};

/** Whether the prefilter allows each of `guards` on the sentence it last scanned. */
function allowsAll(guards: readonly Guard[]): boolean {
  for (const g of guards) if (!prefilter().allows(g)) return false;
  return true;
}

/** Every Found there is, shared: what promiseIn returns is only read. */
const FOUND: Readonly<Record<Found['quoted'], readonly [Found, Found]>> = {
  none: [{ quoted: 'none', believer: false }, { quoted: 'none', believer: true }],
  speech: [{ quoted: 'speech', believer: false }, { quoted: 'speech', believer: true }],
};

/**
 * The first match of a myth's patterns (strong ones first), with how the sentence holds it; 'refuted' when
 * the sentence argues against it. A question ("Can you lose face fat?") asks and a quoted phrase is held up
 * to be examined: neither promises. A whole quoted sentence (a review, a trainer speaking) does.
 */
function promiseIn(guards: MythGuards, lower: string, question: boolean, fired: string[] | null): Found | 'refuted' | 'asked' | null {
  const strong = firstMatch(guards.strong, lower);
  let m = strong ?? firstMatch(guards.claim, lower);
  if (!m) return null;
  fired?.push(matchedRule!.id);
  const refuter = refutedAt(lower, m.index, m.index + m[0].length, fired, prefilter());
  if (question) {
    fired?.push(QUESTION.id);
    return refuter ? null : 'asked';
  }
  let believer = strong !== null;
  if (refuter) {
    const later = promiseAfterBut(guards, lower, m.index);
    if (!later) {
      fired?.push(refuter);
      return 'refuted';
    }
    fired?.push(later.rule.id, BUT_THEN_PROMISE.id);
    m = later.m;
    believer = later.strong;
  }
  if (prefilter().allows(G.hedgedFinding) && HEDGED_FINDING.re.test(lower.slice(0, m.index + m[0].length))) {
    fired?.push(HEDGED_FINDING.id);
    return null;
  }
  const end = m.index + m[0].length;
  if ((prefilter().allows(G.described) && DESCRIBED.re.test(lower.slice(0, end))) || (prefilter().allows(G.describedAfter) && DESCRIBED_AFTER.test(lower.slice(end)))) {
    fired?.push(DESCRIBED.id);
    return null;
  }
  let quoted = quoting(lower, m.index);
  if (quoted === 'phrase') {
    fired?.push(QUOTED_PHRASE.id);
    // A quoted title or phrase held up is not the page's word; a promise after the quote closes is.
    const close = quoteClosing(lower, m.index);
    const later = close < 0 ? null : promiseFrom(guards, lower, close);
    if (!later || quoting(lower, later.m.index) !== 'none') return null;
    fired?.push(later.rule.id, PROMISE_AFTER_QUOTE.id);
    quoted = 'none';
    believer = later.strong;
  }
  if (quoted === 'speech') fired?.push(QUOTED_SPEECH.id);
  return FOUND[quoted][believer ? 1 : 0];
}

/** Where ", but" follows a refuted match at `from`, the promise after it: that clause has the last word. */
function promiseAfterBut(guards: MythGuards, lower: string, from: number): Later | null {
  const but = lower.indexOf(', but ', from);
  return but < 0 ? null : promiseFrom(guards, lower, but + ', but '.length);
}

interface Later {
  m: RegExpExecArray;
  strong: boolean;
  rule: Rule;
}

/**
 * The first of the myth's patterns (strong ones first) that matches lower[at, end) and is not refuted there,
 * with its index in `lower`. Run only on matches already set aside, so without the prefilter's guards.
 */
function promiseFrom(guards: MythGuards, lower: string, at: number): Later | null {
  const rest = lower.slice(at);
  for (const list of [guards.strong, guards.claim]) {
    for (const { rule } of list.rules) {
      const m = rule.re.exec(rest);
      if (m && !refutedAt(lower, at + m.index, at + m.index + m[0].length, null, prefilter())) {
        m.index += at;
        return { m, strong: list === guards.strong, rule };
      }
    }
  }
  return null;
}

/** Figures of speech that borrow the myths' words: blanked (same length, so offsets hold) before matching. */
export const IDIOM: Rule = {
  id: 'stance/idiom',
  what: 'figures of speech that borrow the myths’ words ("trim the fat", "crash course", "lost my mind")',
  re: /\b(?:trim(?:s|med|ming)? the fat(?! (?:on|off|from|around|of) (?:your|my|her|his|the) (?:\w+ )?(?:belly|back|arms?|thighs?|hips?|waist|stomach|body|face|chin))|chew(?:ing)? the fat|fat chance|crash course|burn(?:s|ed|t|ing)? (?:a |an |the )?(?:cds?|dvds?|iso|discs?|disks?|midnight oil|bridges?)|burn(?:ed|t)[- ]out|burn rate|los(?:e|es|t|ing) (?:my|your|his|her|their|our) (?:minds?|dignity|temper|patience|cool|marbles|sanity|nerve|balance)|los(?:e|es|t|ing) (?:count|track|sleep|hope|heart)(?! (?:of )?(?:weight|fat|pounds|inches)))\b/g,
};

/**
 * IDIOM tested alternative by alternative before it replaces anything: its literals as one group ("burn",
 * "lose", "the fat", …) let most body sentences through, and then the whole regex ran its branches and
 * lookaheads at every position for nothing ("burn belly fat" holds no idiom's second word).
 */
const IDIOM_TEST = new AnyGuard(new RegExp(IDIOM.re.source, IDIOM.re.flags.replace('g', '')));

/** Blanks the idioms of the sentence the prefilter last scanned, and scans what is left. */
function blankIdioms(lower: string, fired: string[] | null): string {
  if (!prefilter().test(IDIOM_TEST, lower)) return lower;
  // Where IDIOM matches, replacing changes the sentence: no idiom is made of spaces.
  const out = lower.replace(IDIOM.re, (m) => ' '.repeat(m.length));
  fired?.push(IDIOM.id);
  prefilter().scan(out);
  return out;
}

/** The regexes only tested, each guarded alternative by alternative. */
export const TESTED: readonly AnyGuard[] = [...MYTH_GUARDS.map((m) => m.cue), ...Object.values(G).filter((g) => g instanceof AnyGuard), IDIOM_TEST];

let all: readonly Guard[] | undefined;
/**
 * Every regex run on a sentence, in one prefilter: each sentence is scanned once (again after blanking
 * idioms), and a regex runs only on a sentence that holds the literals it needs.
 */
export const everyGuard = (): readonly Guard[] =>
  (all ??= [
    ...TESTED.flatMap((g) => [g.whole, ...g.parts]),
    ...MYTH_GUARDS.flatMap((m) => [...m.strong.rules, ...m.claim.rules, ...m.refute.rules, ...m.carry.rules].map((r) => r.guard)),
    ...PARTS.values(),
    ...NEEDED.values(),
    ...Object.values(G).filter((g) => g instanceof Guard),
    STANDALONE,
  ]);
let built: Prefilter | undefined;
/**
 * Built on the first sentence judged, not when the module loads: a service worker that wakes for the popup,
 * a reminder or a sync change imports the detector too. The literals are read ahead of time (`npm run
 * literals`, kept fresh by tests/detect/prefilter.test.ts), which leaves building the automaton: about 35 ms.
 */
export const prefilter = (): Prefilter => (built ??= new Prefilter(everyGuard(), literals as KnownLiterals));

/** Every sentence in `text` that promises a myth, before any page-level judgement. */
export function findClaims(text: string): Claim[] {
  return readSentences(text).claims.map((c) => claimOf(text, c));
}
