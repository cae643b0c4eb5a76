import { MYTHS } from '../myths';
import type { Myth, MythId } from '../myths/types';
import type { Claim } from './types';
import { hasFitnessVocabulary } from './gate';
import { splitSentences } from './sentences';
import { GENERAL_DEBUNK, quoting, refutedAt, sellingCues, SKEPTICAL_QUESTION } from './stance';

/** What one sentence says about the myths: a promise, a refutation, or nothing. */
export interface SentenceReading {
  claims: Claim[];
  /** Myths this sentence argues against (refute patterns, or a claim pattern under refutation cues). */
  refutes: MythId[];
  /** How many sentences argue against any myth: more than one marks a page that debunks. */
  refutingSentences: number;
}

const BASE = 0.55;
const STRONG_BASE = 0.75;
const PER_CUE = 0.1;

/** Reads every sentence of `text` once. Pure; offsets index into `text`. */
export function readSentences(text: string): SentenceReading {
  const claims: Claim[] = [];
  const refutes: MythId[] = [];
  let refutingSentences = 0;
  if (!hasFitnessVocabulary(text)) return { claims, refutes, refutingSentences };
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    const plain = sentence.toLowerCase();
    const question = /\?["'”’)\]]*$/.test(plain);
    const refutedBefore = refutes.length;
    // "You've seen the claims", "all false": a debunk's framing needs no body words of its own.
    if (question ? SKEPTICAL_QUESTION.test(plain) : GENERAL_DEBUNK.test(plain)) for (const myth of MYTHS) refutes.push(myth.id);
    // Most sentences of any page say nothing about bodies: the gate again, per sentence, skips them cheaply.
    const aboutBodies = hasFitnessVocabulary(sentence);
    const lower = aboutBodies ? blankIdioms(plain) : plain;
    let cues: number | undefined;
    for (const myth of aboutBodies ? MYTHS : []) {
      // A question asserts nothing either way ("Sounds too good to be true? Not at all!").
      const refutesHere = !question && myth.patterns.refute.some((re) => re.test(lower));
      if (refutesHere) refutes.push(myth.id);
      if (!myth.patterns.cue.test(lower)) continue;
      const found = promiseIn(myth, lower, question);
      if (found.refuted) refutes.push(myth.id);
      if (!found.match) continue;
      const { quoted, believerPattern } = found.match;
      cues ??= sellingCues(lower);
      // A believer's statement is strong only in the page's own voice, in a sentence not also arguing against it.
      const strong = believerPattern && !refutesHere && quoted === 'none';
      const confidence = Math.min(1, (strong ? STRONG_BASE : BASE) + PER_CUE * cues);
      const claim: Claim = { myth: myth.id, start: span.start, end: span.end, sentence, confidence };
      if (quoted === 'speech') claim.quoted = true;
      claims.push(claim);
    }
    if (refutes.length > refutedBefore) refutingSentences++;
  }
  return { claims, refutes, refutingSentences };
}

interface Found {
  quoted: 'none' | 'speech';
  believerPattern: boolean;
}

/**
 * The first match of a myth's patterns (strong ones first), with how the sentence holds it. A question
 * ("Can you lose face fat?") asks and a quoted phrase is held up to be examined: neither promises. A whole
 * quoted sentence (a review, a trainer speaking) does.
 */
function promiseIn(myth: Myth, lower: string, question: boolean): { match: Found | null; refuted: boolean } {
  let m: RegExpExecArray | null = null;
  for (const re of myth.patterns.strong ?? []) if ((m = re.exec(lower))) break;
  const believerPattern = m !== null;
  if (!m) for (const re of myth.patterns.claim) if ((m = re.exec(lower))) break;
  if (!m) return { match: null, refuted: false };
  if (refutedAt(lower, m.index, m.index + m[0].length)) return { match: null, refuted: !question };
  const quoted = quoting(lower, m.index);
  if (question || quoted === 'phrase') return { match: null, refuted: false };
  return { match: { quoted, believerPattern }, refuted: false };
}

/** Figures of speech that borrow the myths' words: blanked (same length, so offsets hold) before matching. */
const IDIOMS =
  /\b(?:trim(?:s|med|ming)? the fat(?! (?:on|off|from|around|of) (?:your|my|her|his|the) (?:\w+ )?(?:belly|back|arms?|thighs?|hips?|waist|stomach|body|face|chin))|chew(?:ing)? the fat|fat chance|crash course|burn(?:s|ed|t|ing)? (?:a |an |the )?(?:cds?|dvds?|iso|discs?|disks?|midnight oil|bridges?)|burn(?:ed|t)[- ]out|burn rate)\b/g;

export const blankIdioms = (lower: string): string => lower.replace(IDIOMS, (m) => ' '.repeat(m.length));

/** Every sentence in `text` that promises a myth, before any page-level judgement. */
export function findClaims(text: string): Claim[] {
  return readSentences(text).claims;
}
