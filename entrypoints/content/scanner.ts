import { hasFitnessVocabulary } from '../../lib/detect/gate';
import type { Claim } from '../../lib/detect/types';
import { MAX_JUDGE_TEXT } from '../../lib/messages';
import { joinPieces } from '../../lib/page-text';
import { collectText } from './collect';
import { passesGate } from './page-gate';
import { claimsOn, type MarkedClaim } from './marks';
import { yieldToPage } from './yield';

/** A claim found on the page, with the live Range that marks it (made when first asked for). */
export interface PageClaim {
  readonly claim: Claim;
  readonly range: Range;
}

/** Whoever judges a page's joined text: the background in the extension, the detector itself in tests. */
export type Judge = (text: string) => Promise<Claim[]>;

/** What one scan read, and where the next batch resumes when the budget ran out. */
export interface Scanned {
  found: MarkedClaim[];
  resumeAfter?: Text;
}

export interface ScanOptions {
  /** Where a batch resumes when the last one ran out of budget (it passed the gate already). */
  after?: Text;
  /** The text passed the gate already: the first script read it to decide whether to start us at all. */
  gated?: boolean;
  /** Asked once the text passes the vocabulary gate, before any walk: false leaves the page unread. */
  mayRead?: () => Promise<boolean>;
}

/**
 * Reads `root`'s text (at most MAX_JUDGE_TEXT characters), has it judged off the page's thread, and returns
 * the claims with Ranges over the text nodes; empty when the page is sound or off-topic. The page gets a
 * turn between reading, joining, sending and building the Ranges, so no step adds to another's task.
 */
export async function scan(root: Node, ownHost: Element | null, judge: Judge, { after, gated, mayRead }: ScanOptions = {}): Promise<Scanned> {
  if (!after) {
    if (!gated && !passesGate(root)) return { found: [] };
    if (mayRead && !(await mayRead())) return { found: [] };
    await yieldToPage();
  }
  const read = collectText(root, ownHost, MAX_JUDGE_TEXT, after);
  const { pieces, resumeAfter } = read;
  if (!pieces.length) return { found: [], resumeAfter };
  const changes = watchChanges(root);
  try {
    await yieldToPage();
    const joined = joinPieces(pieces);
    // The walk skips some text innerText has (code, aria-hidden, editable): without a fitness stem left the
    // background would answer "no claims" (claimsToMark gates the same way), so the text is not sent.
    if (!hasFitnessVocabulary(joined.text)) return { found: [], resumeAfter };
    await yieldToPage();
    const claims = await judge(joined.text);
    if (claims.length) await yieldToPage();
    return { found: claims.length ? claimsOn(claims, joined, read, changes.seen()) : [], resumeAfter };
  } finally {
    changes.stop();
  }
}

/**
 * Whether anything under `root` changed since this call: a text node read can only change or leave the page
 * through a mutation under `root` (or `root` leaving). Asked before pairing, so that on the common page,
 * which changed nothing while it was judged, no node's text is read again (the 1 MB bench page's 4,630 nodes:
 * 3.4-5.2 ms of `data` reads in Chromium). Stops watching at the first change.
 */
function watchChanges(root: Node): { seen: () => boolean; stop: () => void } {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return {
    seen: () => changed || observer.takeRecords().length > 0 || !root.isConnected,
    stop: () => observer.disconnect(),
  };
}
