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
 * passes. Returns what stops it.
 */
export function gateAhead(from: Text | Element, passed: () => void): () => void {
  let at = from;
  let idle = 0;
  const next = () => {
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
  const watch = (node: Text | Element) => {
    at = node;
    // A text node is watched through its element; without one it left the page, and the next sample starts
    // from the page's start (collectText).
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (el) observer.observe(el);
    else idle = requestIdleCallback(next, { timeout: 1000 });
  };
  watch(from);
  return () => {
    observer.disconnect();
    cancelIdleCallback(idle);
  };
}
