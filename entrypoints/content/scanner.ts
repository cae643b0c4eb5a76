import { hasFitnessVocabulary, judgePage } from '../../lib/detect';
import type { Claim } from '../../lib/detect/types';
import { joinPieces } from '../../lib/page-text';
import type { FlaggedClaim, Spot } from '../../components/overlay/store';
import { collectText } from './collect';
import { rangesFor } from './marks';

/** A claim found on the page, with the live Range that marks it. */
export interface PageClaim {
  claim: Claim;
  range: Range;
}

/** Scans `root` and returns its claims with Ranges; empty when the page is sound or off-topic. */
export function scan(root: Node, ownHost: Element | null): PageClaim[] {
  // One native read decides most pages: no fitness words anywhere, no walk at all.
  if (!hasFitnessVocabulary(root.textContent ?? '')) return [];
  const { pieces, nodes } = collectText(root, ownHost);
  const joined = joinPieces(pieces);
  const verdict = judgePage(joined.text);
  if (!verdict.flagged) return [];
  const claims = onePerSentence(verdict.claims);
  const ranges = rangesFor(claims, joined, nodes);
  // rangesFor drops claims whose nodes vanished mid-scan; keep claims and ranges paired.
  return ranges.length === claims.length ? claims.map((claim, i) => ({ claim, range: ranges[i]! })) : [];
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

/** Key that makes a claim found twice (full scan, then a rescan of the same paragraph) count once. */
export const claimKey = (c: Claim) => `${c.myth}|${c.sentence}`;

/** Where each range sits relative to `origin` (the overlay host), for placing the badge and cards. */
export function spotsFor(found: readonly PageClaim[], origin: Element): FlaggedClaim[] {
  const o = origin.getBoundingClientRect();
  return found.map(({ claim, range }) => {
    const rects = range.getClientRects();
    const r = rects[0];
    const last = rects[rects.length - 1] ?? r;
    const spot: Spot | null =
      r && last
        ? { top: r.top - o.top, left: r.left - o.left, bottom: last.bottom - o.top, endTop: last.top - o.top, endRight: last.right - o.left }
        : null;
    return { claim, spot };
  });
}
