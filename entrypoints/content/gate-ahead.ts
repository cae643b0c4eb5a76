import { sampleGate } from './page-gate';

/**
 * Near: up to two screens below the viewport, so the text is gated before the reader gets there, or anywhere
 * above it. An observer reports only changes: a reader who jumps past the watched element (the End key, a
 * link to a part far down) takes it from below to above between two frames, never near in either.
 */
const NEAR = '1000000px 0px 200% 0px';

/**
 * Gates a long page's text past its first sample only as the reader nears it: the element where the last
 * sample stopped is watched, and when it comes near (or has no box: a display:none part never does) the
 * next sample is gated in idle time and watched where it stops. `passed` is called once, when a sample
 * passes. Returns what stops it, and what to tell it of the page's removals (`TextChanges`): a page that
 * removes the watched element (a single-page app re-rendering, a list recycling its rows) is watched again
 * where that element was, else its text further down, which may never change, would never be gated.
 */
export function gateAhead(from: Node, passed: () => void): Ahead {
  let at = from;
  let idle = 0;
  const next = () => {
    idle = 0;
    const { passes, resumeAfter } = sampleGate(document.body, at);
    if (passes) passed();
    else if (resumeAfter) watch(resumeAfter);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const { isIntersecting, boundingClientRect: box } = entries[entries.length - 1]!;
      if (!isIntersecting && (box.width || box.height)) return;
      observer.disconnect();
      idle = requestIdleCallback(next, { timeout: 1000 });
    },
    { rootMargin: NEAR },
  );
  const watch = (node: Node) => {
    at = node;
    // A text node is watched through its element; without one it left the page, and the next sample starts
    // from the page's start (collectText).
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (el) observer.observe(el);
    else idle = requestIdleCallback(next, { timeout: 1000 });
  };
  watch(from);
  return {
    stop: () => {
      observer.disconnect();
      cancelIdleCallback(idle);
    },
    removed: (records) => {
      // isConnected is a flag: a page that mutates every frame pays this much until our node is the one gone.
      if (at.isConnected) return;
      observer.disconnect();
      // Not found (removed further up than we follow): the next sample starts from the page's start.
      const there = whereRemoved(at, records) ?? document.body;
      // (A sample pending in idle time starts from here too.)
      if (idle) at = there;
      else watch(there);
    },
  };
}

/** A long page's gating ahead of the reader: `removed` takes the records of the page's changes that removed nodes. */
export interface Ahead {
  stop(): void;
  removed(records: readonly MutationRecord[]): void;
}

/** How far up `whereRemoved` follows removed parents: the first few removals of a re-render, not a hostile page's every node. */
const MAX_CLIMBS = 8;

/**
 * The node in the page just before where `node` (or the tree it was in) was removed, found in the records
 * that removed it: a sample started after it reads on from there. Null when the records do not tell.
 */
function whereRemoved(node: Node, records: readonly MutationRecord[]): Node | null {
  let gone = node;
  for (let climbs = 0; climbs < MAX_CLIMBS; climbs++) {
    // The last record that removed it counts: it may have been moved, then removed again.
    const r = records.findLast((r) => [...r.removedNodes].some((n) => n.contains(gone)));
    if (!r) return null;
    const { target, previousSibling: prev } = r;
    // Its parent too left the page: where that was.
    if (!target.isConnected) {
      gone = target;
      continue;
    }
    if (prev?.parentNode !== target) return target;
    let last = prev;
    while (last.lastChild) last = last.lastChild;
    return last;
  }
  return null;
}
