import { spotOf } from '../../components/overlay/geometry';
import type { FlaggedClaim } from '../../components/overlay/store';
import type { PageClaim } from './scanner';

/**
 * A claim in text the page does not render (content-visibility: hidden, a collapsed section) gets no spot:
 * measuring it would make the browser lay that text out first (14 s for a 50 MB text node in Chromium).
 */
const rendered = (range: Range) => range.startContainer.parentElement?.checkVisibility?.() !== false;

/** Where each range sits relative to `origin` (the overlay host), for placing the badge and cards. */
export function spotsFor(found: readonly PageClaim[], origin: Element): FlaggedClaim[] {
  const o = origin.getBoundingClientRect();
  return found.map(({ claim, range }) => ({ claim, spot: rendered(range) ? spotOf(range, o) : null }));
}
