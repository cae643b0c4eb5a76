import { spotOf } from '../../components/overlay/geometry';
import type { FlaggedClaim, Spot } from '../../components/overlay/store';
import type { PageClaim } from './scanner';
import { afterFrame, whenIdle } from './yield';

/**
 * A slice of measuring takes at least this many claims (an ordinary page's all, as one task, so nothing is
 * ever drawn from a half-measured list) and past that stops at SLICE_MS, so a page with thousands of claims
 * never gets one long task.
 */
const MIN_PER_SLICE = 50;
const SLICE_MS = 8;

/** Spots measured since the page's layout last changed (a resize starts a new one), by claim. */
export type Spots = Map<PageClaim, Spot | null>;

/**
 * Measures where the claims `wanted` picks sit relative to `origin` (the overlay host), for placing the
 * badge and cards, and keeps them in `spots`; claims measured before keep their spot, the rest have none yet.
 * Measuring costs about 0.17 ms a claim (some 2 s for a page with 11,112); a card only needs the claims
 * around it, which are near the viewport once it is open.
 * Measuring starts after the next frame is drawn, so the browser has already restyled the page (new marks,
 * the overlay) in its own frame and no read of ours forces it. `publish` gets the list after the first
 * slice (claims past it without a spot yet) and again when the idle-time slices have measured the rest.
 * Returns a function that stops measuring (a newer measurement replaces this one).
 */
export function measureSpots(
  found: readonly PageClaim[],
  origin: Element,
  spots: Spots,
  wanted: (index: number) => boolean,
  publish: (claims: FlaggedClaim[]) => void,
): () => void {
  const list = () => found.map((f) => ({ claim: f.claim, spot: spots.get(f) ?? null }));
  let todo: PageClaim[] = [];
  let next = 0;
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    // Re-read every slice: the page may have scrolled in between, and spots are relative to the host.
    const o = origin.getBoundingClientRect();
    const end = performance.now() + SLICE_MS;
    const least = next + MIN_PER_SLICE;
    while (next < todo.length && (next < least || performance.now() < end)) {
      const f = todo[next++]!;
      spots.set(f, spotOf(f.range, o));
    }
    if (next < todo.length) void whenIdle().then(slice);
    else publish(list());
  };
  if (!found.length) publish([]);
  else
    void afterFrame().then(() => {
      // Picked after the frame: by then the page's intersection observers have said what is near.
      todo = found.filter((f, i) => !spots.has(f) && wanted(i));
      // Nothing new to measure: the list already published stands.
      if (!todo.length) return;
      slice();
      if (!stopped && next < todo.length) publish(list());
    });
  return () => void (stopped = true);
}
