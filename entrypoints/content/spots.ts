import { spotOf } from '../../components/overlay/geometry';
import type { FlaggedClaim } from '../../components/overlay/store';
import type { PageClaim } from './scanner';

/** Where each range sits relative to `origin` (the overlay host), for placing the badge and cards. */
export function spotsFor(found: readonly PageClaim[], origin: Element): FlaggedClaim[] {
  const o = origin.getBoundingClientRect();
  return found.map(({ claim, range }) => ({ claim, spot: spotOf(range, o) }));
}
