import { spotOf } from '../../components/overlay/geometry';
import type { FlaggedClaim } from '../../components/overlay/store';
import type { PageClaim } from './scanner';
import { afterFrame, whenIdle } from './yield';

/**
 * A claim in text the page does not render (content-visibility: hidden, a collapsed section) gets no spot:
 * measuring it would make the browser lay that text out first (14 s for a 50 MB text node in Chromium).
 */
const rendered = (range: Range) => range.startContainer.parentElement?.checkVisibility?.() !== false;

/**
 * A slice of measuring takes at least this many claims (an ordinary page's all, as one task, so nothing is
 * ever drawn from a half-measured list) and past that stops at SLICE_MS, so a page with thousands of claims
 * never gets one long task.
 */
const MIN_PER_SLICE = 50;
const SLICE_MS = 8;

/**
 * Measures where each claim sits relative to `origin` (the overlay host), for placing the badge and cards.
 * Measuring starts after the next frame is drawn, so the browser has already restyled the page (new marks,
 * the overlay) in its own frame and no read of ours forces it. `publish` gets the list after the first
 * slice (claims past it without a spot yet) and again when the idle-time slices have measured the rest.
 * Returns a function that stops measuring (a newer measurement replaces this one).
 */
export function measureSpots(found: readonly PageClaim[], origin: Element, publish: (claims: FlaggedClaim[]) => void): () => void {
  const out: FlaggedClaim[] = found.map(({ claim }) => ({ claim, spot: null }));
  let next = 0;
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    // Re-read every slice: the page may have scrolled in between, and spots are relative to the host.
    const o = origin.getBoundingClientRect();
    const end = performance.now() + SLICE_MS;
    const least = next + MIN_PER_SLICE;
    do {
      const { claim, range } = found[next]!;
      out[next++] = { claim, spot: rendered(range) ? spotOf(range, o) : null };
    } while (next < found.length && (next < least || performance.now() < end));
    if (next < found.length) void whenIdle().then(slice);
    else publish([...out]);
  };
  if (!found.length) publish([]);
  else
    void afterFrame().then(() => {
      slice();
      if (!stopped && next < found.length) publish([...out]);
    });
  return () => void (stopped = true);
}
