import { badgeSpot, type Box, type Size } from './place';
import type { Spot } from './store';

/**
 * The badge's box and text size, in the overlay's em (15 px at the default text size: 104 x 22 px, 12 px text).
 * The one source for both the box drawn (set on the badge, in its own em) and the box it is placed by, for the
 * plain badge shown at load (./plain.ts) and the one the panel's Preact draws once the reader reaches for it.
 */
const BADGE_EM = { width: 104 / 15, height: 22 / 15, font: 12 / 15 };
export const BADGE_STYLE = {
  width: `${BADGE_EM.width / BADGE_EM.font}em`,
  height: `${BADGE_EM.height / BADGE_EM.font}em`,
  fontSize: `${BADGE_EM.font}em`,
};

/**
 * The badge's box at the reader's text size, from the overlay's font size. Read before the badge is drawn, so no
 * layout is forced: measuring the drawn badge (offsetWidth) forced one inside the measuring task (2-5 ms on a
 * 1 MB page, 25 ms under load).
 */
export function badgeBox(overlay: Element): Size {
  const em = parseFloat(getComputedStyle(overlay).fontSize);
  return { width: BADGE_EM.width * em, height: BADGE_EM.height * em };
}

/** The window, in the overlay's coordinates (the overlay host sits at the document's origin). */
export function viewBox(origin: DOMRect): Box {
  return { top: -origin.top, left: -origin.left, right: (document.documentElement.clientWidth || innerWidth) - origin.left, bottom: innerHeight - origin.top };
}

/** Where the badge of the claim at `spot` goes, or null where it fits nowhere (the panel still lists the claim). */
export function badgeFor(spot: Spot, size: Size, origin: DOMRect) {
  const endLine = spot.lines[spot.lines.length - 1]!;
  return badgeSpot({ endLine, lineEnd: spot.lineEnd, lastLine: spot.lastLine, blockLeft: spot.blockLeft, size, view: viewBox(origin) });
}
