/**
 * Where the overlay's badge and card go: pure geometry, in document px relative to the overlay's origin, so
 * it is tested without a layout engine.
 */
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(x, hi));

/** Space between the claim and the card, taken by the card's pointer. */
const GAP = 12;
const EDGE = 8;
/**
 * Cost of a px² of another claim under the card, against a px² of card moved away from its claim: a covered
 * claim cannot be read, while the claim a card explains keeps a mark of its own however far the card steps,
 * so covering one line (about 350 × 19 px) must cost more than stepping across most of a phone screen (at 4
 * a 245 px card covered two claim lines rather than step 187 px).
 */
const COVER_COST = 50;

export interface CardSpot {
  top: number;
  left: number;
  /** Which side of its claim the card is on; 'over' when only the window's height could hold it. */
  side: 'below' | 'above' | 'over';
  /** Pointer position from the card's left edge. */
  pointer: number;
  /**
   * Whether the card stepped past other claims to leave them readable: its pointer would then point at one of
   * them, so it shows none (its own claim is marked apart while the card is open).
   */
  stepped: boolean;
}

/**
 * Under the claim or above it, stepping further away past any other flagged claim (or the panel button) it
 * would cover; of those, the one that covers least, stays most on screen and stays closest wins.
 * Horizontally it starts at the claim, kept inside the window. A card taller than either side of the window
 * (after "More") is kept on screen over its claim.
 */
export function cardSpot(o: { claim: readonly Box[]; others: readonly Box[]; size: Size; view: Box }): CardSpot {
  const { size, view } = o;
  const first = o.claim[0]!;
  const last = o.claim[o.claim.length - 1]!;
  const boxAt = (top: number, left: number) => ({ top, left, right: left + size.width, bottom: top + size.height });
  const candidates = (['below', 'above'] as const).flatMap((side) => {
    const line = side === 'below' ? last : first;
    const base = side === 'below' ? last.bottom + GAP : first.top - GAP - size.height;
    const left = clamp(line.left, view.left + EDGE, Math.max(view.left + EDGE, view.right - EDGE - size.width));
    // Step past what the card would cover, one obstacle at a time (each step moves strictly outwards).
    let top = base;
    for (let step = 0; step <= o.others.length; step++) {
      const hit = o.others.filter((b) => overlaps(boxAt(top, left), b));
      if (!hit.length) break;
      top = side === 'below' ? Math.max(...hit.map((b) => b.bottom)) + GAP : Math.min(...hit.map((b) => b.top)) - GAP - size.height;
    }
    const pointer = clamp((Math.max(line.left, left) + Math.min(line.right, left + size.width)) / 2 - left, 16, size.width - 16);
    // Judged where the card will really be: a side without room is pushed back into the window, where it
    // may land on its own claim, and that hides the claim as surely as covering another one.
    return [base, top].map((t) => {
      const shown = clamp(t, view.top + EDGE, Math.max(view.top + EDGE, view.bottom - EDGE - size.height));
      const box = boxAt(shown, left);
      const covered = [...o.others, ...o.claim].reduce((sum, b) => sum + overlapArea(box, b), 0);
      const offscreen = size.width * size.height - overlapArea(box, view);
      const moved = Math.abs(shown - base);
      const spot = shown === t ? { side, top: t, stepped: moved > 0 } : { side: 'over' as const, top: shown, stepped: false };
      return { ...spot, left, pointer, cost: covered * COVER_COST + offscreen * 2 + moved * size.width };
    });
  });
  const { cost: _, ...best } = candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
  return best;
}

/**
 * The badge never sits on page text: after the last text on the claim's last line (the sentence may go on
 * past the claim), else after the paragraph's last line, else in the margin left of the paragraph, else
 * nowhere (the claims panel still lists the claim). Vertically centred on its line.
 */
export function badgeSpot(o: { endLine: Box; lineEnd: number; lastLine: Box; blockLeft: number; size: Size; view: Box }): { top: number; left: number } | null {
  const { size, view } = o;
  const centred = (line: Box) => Math.round(line.top + (line.bottom - line.top - size.height) / 2);
  const fitsRight = (x: number) => x + GAP / 2 + size.width <= view.right - 4;
  if (fitsRight(o.lineEnd)) return { top: centred(o.endLine), left: o.lineEnd + GAP / 2 };
  if (fitsRight(o.lastLine.right)) return { top: centred(o.lastLine), left: o.lastLine.right + GAP / 2 };
  const left = o.blockLeft - GAP / 2 - size.width;
  return left >= view.left + 4 ? { top: centred(o.endLine), left } : null;
}
