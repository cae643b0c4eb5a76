/** What the background answers for a page's joined text: the claims to mark. Runs the detector; pure. */
import { hasFitnessVocabulary, judgePage } from './detect';
import type { Claim } from './detect/types';

/** The claims to mark in `text` (a page's joined text blocks): none when the page is sound or off-topic. */
export function claimsToMark(text: string): Claim[] {
  if (!hasFitnessVocabulary(text)) return [];
  const verdict = judgePage(text);
  return verdict.flagged ? onePerSentence(verdict.claims) : [];
}

/**
 * A sentence can promise two myths at once ("melt back fat in 10 days"); the reader sees one mark and one
 * card, for the surest myth; on a tie the later, more specific catalog entry wins (a sweat belt is a
 * product claim before it is a spot-reduction one).
 */
export function onePerSentence(claims: readonly Claim[]): Claim[] {
  const best = new Map<number, Claim>();
  for (const c of claims) {
    const seen = best.get(c.start);
    if (!seen || c.confidence >= seen.confidence) best.set(c.start, c);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}
