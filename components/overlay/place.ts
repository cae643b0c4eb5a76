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

const boxOf = (top: number, left: number, width: number, height: number): Box => ({ top, left, right: left + width, bottom: top + height });

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
/** A line the card only grazes still loses a word under it: each covered box counts this much more (px²). */
const WORD = 40 * 20;
/**
 * Cost of a px² of the claim's text column (its paragraph's width, all the way down) under the card: the page's
 * own text, which the reader may be reading. Far less than a claim's, but enough that a free column beside the
 * text beats a spot past the next claim over the lines below it (there the card also points at nothing).
 */
const TEXT_COST = 0.75;

/**
 * A card beside its claim keeps at least this share of its own width (240 of 400 px: about 31 characters a
 * line; a column right of a 720 px text column in a 1280 px window leaves 260).
 */
const MIN_SIDE_SHARE = 0.6;
/**
 * A card cut short to the room by its claim (it scrolls inside) keeps at least this share of its height: its
 * head, why it was flagged and the start of the answer.
 */
const MIN_HEIGHT_SHARE = 0.4;

export interface CardSpot {
  top: number;
  left: number;
  /** Which side of its claim the card is on; 'over' when only the window's height could hold it. */
  side: 'below' | 'above' | 'right' | 'left' | 'over';
  /** The card's width when it was narrowed to fit beside its claim; absent, its own width. */
  width?: number;
  /** The card's height when it was cut to the room the window leaves by its claim (it scrolls); absent, its own. */
  height?: number;
  /** Pointer position: from the card's left edge below or above its claim, from its top edge beside it. */
  pointer: number;
  /**
   * Whether the card stepped past other claims to leave them readable: its pointer would then point at one of
   * them, so it shows none (its own claim is marked apart while the card is open).
   */
  stepped: boolean;
}

interface Candidate extends CardSpot {
  cost: number;
}

/**
 * Under the claim or above it, each step further away past another flagged claim (or the panel button) it
 * would cover, or beside the claim where the page leaves a column of room (clear of the claim's paragraph,
 * `column`, whose other lines may reach further than the claim's), narrowed to no less than MIN_SIDE_SHARE
 * of its width (which grows with the reader's text size); of those, the one that covers least, stays most on
 * screen and stays closest wins. Each spot under or over the claim is also tried with the card cut short
 * (it scrolls inside) to the room before the window's edge or the next thing it would cover, down to
 * MIN_HEIGHT_SHARE of its height: at 200 % text a card twice the size otherwise had only spots over some
 * claim, its own included. Horizontally it starts at the claim, kept inside the window. A card that not even
 * cut fits either side (a tall claim) is kept on screen over its claim. `heightAt` gives the card's height at
 * a narrower width (without it the card is never narrowed, so never beside its claim).
 */
export function cardSpot(o: {
  claim: readonly Box[];
  others: readonly Box[];
  size: Size;
  view: Box;
  column?: { left: number; right: number };
  heightAt?: (width: number) => number;
}): CardSpot {
  const { size, view } = o;
  const obstacles = [...o.others, ...o.claim];
  const text = o.column && { top: -Infinity, bottom: Infinity, ...o.column };
  /** Cost of a card at `box` that moved `moved` px² from its first spot: covering, offscreen and moving, in px². */
  const costOf = (box: Box, moved: number) =>
    obstacles.reduce((sum, b) => sum + (overlaps(box, b) ? overlapArea(box, b) + WORD : 0), 0) * COVER_COST +
    (text ? overlapArea(box, text) * TEXT_COST : 0) +
    ((box.right - box.left) * (box.bottom - box.top) - overlapArea(box, view)) * 2 +
    moved;
  const first = o.claim[0]!;
  const last = o.claim[o.claim.length - 1]!;
  const candidates: Candidate[] = [];
  for (const side of ['below', 'above'] as const) {
    const line = side === 'below' ? last : first;
    const base = side === 'below' ? last.bottom + GAP : first.top - GAP - size.height;
    const left = clamp(line.left, view.left + EDGE, Math.max(view.left + EDGE, view.right - EDGE - size.width));
    const pointer = clamp((Math.max(line.left, left) + Math.min(line.right, left + size.width)) / 2 - left, 16, size.width - 16);
    // Judged where the card will really be: a side without room is pushed back into the window, where it
    // may land on its own claim, and that hides the claim as surely as covering another one.
    const judge = (t: number) => {
      const shown = clamp(t, view.top + EDGE, Math.max(view.top + EDGE, view.bottom - EDGE - size.height));
      const moved = Math.abs(shown - base);
      const spot = shown === t ? { side, top: t, stepped: moved > 0 } : { side: 'over' as const, top: shown, stepped: false };
      candidates.push({ ...spot, left, pointer, cost: costOf(boxOf(shown, left, size.width, size.height), moved * size.width) });
      // Cut short, its edge by the claim kept in place, to the room before the window's far edge or the first
      // thing it would cover that way, whichever is nearer.
      const below = side === 'below';
      const near = below ? t : t + size.height;
      const hit = obstacles.filter((b) => overlaps(boxOf(t, left, size.width, size.height), b));
      const far = below ? Math.min(view.bottom - EDGE, ...hit.map((b) => b.top - EDGE)) : Math.max(view.top + EDGE, ...hit.map((b) => b.bottom + EDGE));
      const height = below ? far - near : near - far;
      const nearShown = below ? near >= view.top + EDGE : near <= view.bottom - EDGE;
      if (!nearShown || height >= size.height || height < size.height * MIN_HEIGHT_SHARE) return;
      const top = below ? near : far;
      // The cut part costs as if it were off screen, and a card that scrolls at all (its buttons under its
      // fold) as much as moving it half its height away.
      const cut = ((size.height - height) * 2 + size.height / 2) * size.width;
      candidates.push({ side, top, left, height, pointer, stepped: t !== base, cost: costOf(boxOf(top, left, size.width, height), Math.abs(t - base) * size.width) + cut });
    };
    // Each step past what the card would cover is a spot of its own (each moves strictly outwards): the
    // last may leave the window while an earlier one only grazes a line.
    let top = base;
    judge(top);
    for (let step = 0; step < o.others.length; step++) {
      const hit = o.others.filter((b) => overlaps(boxOf(top, left, size.width, size.height), b));
      if (!hit.length) break;
      // Past the nearest of them only: a card cut short may fit between it and the next.
      top = side === 'below' ? Math.min(...hit.map((b) => b.bottom)) + GAP : Math.max(...hit.map((b) => b.top)) - GAP - size.height;
      judge(top);
    }
  }
  if (o.heightAt) for (const side of ['right', 'left'] as const) candidates.push(...besideSpots(side, o.claim, o.column, o.others, size, view, o.heightAt, costOf));
  const { cost: _, ...best } = candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
  return best;
}

/**
 * The card beside its claim, level with the line that reaches furthest that way (its pointer points at that
 * line's end), clear of the claim's paragraph, then stepped sideways past what it would cover (narrowing as
 * the window allows) and up or down past it while still level with that line. Narrowing costs as much as
 * moving by the width it lost.
 */
function besideSpots(
  side: 'right' | 'left',
  claim: readonly Box[],
  column: { left: number; right: number } | undefined,
  others: readonly Box[],
  size: Size,
  view: Box,
  heightAt: (width: number) => number,
  costOf: (box: Box, moved: number) => number,
): Candidate[] {
  const right = side === 'right';
  const line = claim.reduce((a, b) => (right ? (b.right > a.right ? b : a) : b.left < a.left ? b : a));
  const middle = (line.top + line.bottom) / 2;
  // The card's edge towards the claim: first clear of the whole claim, then clear of each obstacle that way.
  const start = right ? Math.max(column?.right ?? -Infinity, ...claim.map((b) => b.right)) + GAP : Math.min(column?.left ?? Infinity, ...claim.map((b) => b.left)) - GAP;
  const edges = [start, ...others.map((b) => (right ? b.right + GAP : b.left - GAP)).filter((x) => (right ? x > start : x < start))];
  const out: Candidate[] = [];
  for (const edge of edges) {
    const width = Math.min(size.width, right ? view.right - EDGE - edge : edge - view.left - EDGE);
    if (width < size.width * MIN_SIDE_SHARE) continue;
    const height = heightAt(width);
    const left = right ? edge : edge - width;
    // Level with the line (its middle 28 px below the card's top, inside the window), else where an
    // obstacle's edge leaves room, as long as the pointer still fits on the card's edge beside the line.
    const level = clamp(middle - 28, view.top + EDGE, view.bottom - EDGE - height);
    const tops = [level, ...others.flatMap((b) => [b.bottom + GAP, b.top - GAP - height])].filter(
      (t) => t <= middle - 16 && t + height >= middle + 16 && t >= view.top + EDGE && t + height <= view.bottom - EDGE,
    );
    for (const top of tops) {
      const box = boxOf(top, left, width, height);
      const moved = Math.abs(edge - start) * height + (size.width - width) * height + Math.abs(top - level) * width;
      const pointer = clamp(middle - top, 16, height - 16);
      out.push({ side, top, left, width, pointer, stepped: edge !== start, cost: costOf(box, moved) });
    }
  }
  return out;
}

/**
 * How far a badge may stand out of its line's text box (half above, half below): the spacing between lines.
 * A taller badge beside the text (the reader's text at 200 % on a page sized in px) would cover the ends of
 * the lines above and below it.
 */
const LINE_SLACK = 6;

/**
 * The badge never sits on page text: after the last text on the claim's last line (the sentence may go on
 * past the claim), else after the paragraph's last line, else in the margin left of the paragraph, else
 * nowhere (the claims panel still lists the claim); beside text only when it is no taller than the line
 * with its spacing. Vertically centred on its line.
 */
export function badgeSpot(o: { endLine: Box; lineEnd: number; lastLine: Box; blockLeft: number; size: Size; view: Box }): { top: number; left: number } | null {
  const { size, view } = o;
  const centred = (line: Box) => Math.round(line.top + (line.bottom - line.top - size.height) / 2);
  const fitsAfter = (line: Box, x: number) => size.height <= line.bottom - line.top + LINE_SLACK && x + GAP / 2 + size.width <= view.right - 4;
  if (fitsAfter(o.endLine, o.lineEnd)) return { top: centred(o.endLine), left: o.lineEnd + GAP / 2 };
  if (fitsAfter(o.lastLine, o.lastLine.right)) return { top: centred(o.lastLine), left: o.lastLine.right + GAP / 2 };
  const left = o.blockLeft - GAP / 2 - size.width;
  return left >= view.left + 4 ? { top: centred(o.endLine), left } : null;
}
