import type { MythId } from '../myths/types';
import type { Claim, PageVerdict } from './types';
import { readSentences } from './claims';

/** A claim this sure stands even on a page that also argues against the same myth. */
const STRONG = 0.75;
/** Below this a lone claim is too weak to flag a page (a headline with no selling in it). */
const FLAG_AT = 0.5;

/**
 * Judges a whole page. A page that argues against a myth keeps only its strong promises of that myth: a
 * debunker quoting a headline is sound, a page that admits spot reduction is a myth and then sells
 * "5 moves to melt back fat" is not.
 */
export function judgePage(text: string): PageVerdict {
  const { claims, refutes, refutingSentences } = readSentences(text);
  // Two or more sentences arguing against myths make a debunking page: its weak claims are examples.
  const debunks = refutingSentences >= 2;
  const refuted = new Map<MythId, number>();
  for (const id of refutes) refuted.set(id, (refuted.get(id) ?? 0) + 1);
  const kept: Claim[] = claims.filter((c) => {
    if (c.confidence < FLAG_AT) return false;
    // Debunks open with the myth in quotes; quoted reviews and speakers count only where nothing is argued against.
    if (c.quoted && refuted.size > 0) return false;
    const against = refuted.get(c.myth) ?? 0;
    return (against === 0 && !debunks) || c.confidence >= STRONG;
  });
  return { flagged: kept.length > 0, claims: kept };
}
