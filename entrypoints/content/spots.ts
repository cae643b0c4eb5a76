import type { FlaggedClaim, Spot } from '../../components/overlay/store';
import type { PageClaim } from './scanner';

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
