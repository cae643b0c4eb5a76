import { expect, test } from 'vitest';
import { badgeSpot, cardSpot, overlaps, type Box } from '../../components/overlay/place';

const view: Box = { top: 0, left: 0, right: 390, bottom: 844 };
const line = (top: number, left: number, right: number): Box => ({ top, left, right, bottom: top + 20 });

test('the card goes under its claim, pointing at it, inside a 390 px window', () => {
  const claim = [line(300, 16, 374), line(320, 16, 200)];
  const p = cardSpot({ claim, others: [], size: { width: 366, height: 240 }, view });
  expect(p.side).toBe('below');
  expect(p.stepped).toBe(false);
  expect(p.top).toBeGreaterThanOrEqual(340);
  expect(p.left).toBeGreaterThanOrEqual(view.left + 8);
  expect(p.left + 366).toBeLessThanOrEqual(view.right - 8);
  // The pointer sits over the claim's last line, inside the card.
  expect(p.pointer).toBeGreaterThan(12);
  expect(p.pointer).toBeLessThan(366 - 12);
});

test('the card flips above its claim rather than cover the next flagged claim or the panel button', () => {
  const claim = [line(400, 16, 374)];
  const next = [line(480, 16, 300)];
  const size = { width: 366, height: 240 };
  const p = cardSpot({ claim, others: next, size, view });
  expect(p.side).toBe('above');
  const box = { top: p.top, left: p.left, right: p.left + 366, bottom: p.top + 240 };
  expect(overlaps(box, next[0]!)).toBe(false);
  expect(overlaps(box, claim[0]!)).toBe(false);

  const button = { top: 780, left: 250, right: 374, bottom: 828 };
  const low = cardSpot({ claim: [line(560, 16, 374)], others: [button], size, view });
  expect(low.side).toBe('above');
});

test('with claims both above and below, it takes the side it covers least and stays on screen', () => {
  const claim = [line(400, 16, 374)];
  const others = [line(150, 16, 100), line(440, 16, 374)];
  const p = cardSpot({ claim, others, size: { width: 366, height: 240 }, view });
  // Above would cover the claim at 150; stepping 40 px past the one at 440 covers nothing.
  const card = { top: p.top, left: p.left, right: p.left + 366, bottom: p.top + 240 };
  for (const b of others) expect(overlaps(card, b)).toBe(false);
  expect(p.top).toBeGreaterThanOrEqual(0);
  expect(card.bottom).toBeLessThanOrEqual(view.bottom);
});

test('the badge goes after the text that ends the claim line, never over the rest of the sentence', () => {
  // The claim ends at x=150, but the line's text goes on to x=300: the badge starts after 300.
  const b = badgeSpot({ endLine: line(100, 16, 150), lineEnd: 300, blockLeft: 16, lastLine: line(140, 16, 120), size: { width: 110, height: 22 }, view: { ...view, right: 1200 } });
  // Centred on the 20 px line.
  expect(b).toEqual({ top: 99, left: 306 });
});

test('a full line sends the badge to the end of the paragraph, then the left margin, else nowhere', () => {
  const narrow = { endLine: line(100, 16, 374), lineEnd: 374, blockLeft: 16, size: { width: 110, height: 22 }, view };
  expect(badgeSpot({ ...narrow, lastLine: line(160, 16, 200) })).toEqual({ top: 159, left: 206 });
  expect(badgeSpot({ ...narrow, lastLine: line(160, 16, 374), blockLeft: 140 })).toEqual({ top: 99, left: 24 });
  expect(badgeSpot({ ...narrow, lastLine: line(160, 16, 374) })).toBeNull();
});

test('a badge taller than its line (200 % text on a page sized in px) goes to the left margin, not over the lines around it', () => {
  // 208 x 44 px beside 20 px lines: 12 px of it would lie on the line above and on the line below.
  const big = { endLine: line(100, 300, 600), lineEnd: 600, lastLine: line(160, 300, 500), blockLeft: 300, size: { width: 208, height: 44 }, view: { ...view, right: 1200 } };
  expect(badgeSpot(big)).toEqual({ top: 88, left: 86 });
  // Beside lines of text as large as it, it sits after the text as before.
  expect(badgeSpot({ ...big, endLine: { ...line(100, 300, 600), bottom: 140 } })).toEqual({ top: 98, left: 606 });
  expect(badgeSpot({ ...big, blockLeft: 200 })).toBeNull();
});

test('between two close claims, the card steps past the next one', () => {
  const claim = [line(200, 16, 374)];
  const others = [line(130, 16, 374), line(250, 16, 374), line(270, 16, 200)];
  const p = cardSpot({ claim, others, size: { width: 366, height: 240 }, view });
  const box = { top: p.top, left: p.left, right: p.left + 366, bottom: p.top + 240 };
  for (const b of others) expect(overlaps(box, b)).toBe(false);
  expect(p.side).toBe('below');
  expect(p.top).toBe(Math.max(...others.map((b) => b.bottom)) + 12);
  expect(p.stepped).toBe(true);
});

test('a card taller than the room on either side stays on screen, cut short by its claim rather than over it', () => {
  // It was kept on screen over its own claim ('over').
  const claim = [line(400, 16, 374)];
  const p = cardSpot({ claim, others: [], size: { width: 366, height: 800 }, view });
  expect(p.side).toBe('below');
  expect(p.top).toBe(432);
  expect(p.height).toBe(844 - 8 - 432);
  expect(overlaps({ top: p.top, left: p.left, right: p.left + 366, bottom: p.top + p.height! }, claim[0]!)).toBe(false);
});

test('at 200 % text a card twice the size is cut short before the next claim rather than cover it or its own', () => {
  // The demo back-fat page at 1280 x 800 with Chrome's text at 200 %: the second claim, an 800 x 428 card.
  const claim = [line(263, 280, 946), line(292, 280, 383)];
  const others = [{ top: 79, left: 280, right: 814, bottom: 119 }, { top: 78, left: 820, right: 1028, bottom: 122 }, line(554, 280, 968), { top: 732, left: 974, right: 1264, bottom: 784 }];
  const p = cardSpot({ claim, others, size: { width: 800, height: 428 }, view: { top: 0, left: 0, right: 1280, bottom: 800 } });
  const card = { top: p.top, left: p.left, right: p.left + 800, bottom: p.top + (p.height ?? 428) };
  for (const b of [...claim, ...others]) expect(overlaps(card, b), JSON.stringify(b)).toBe(false);
  expect([p.side, p.top, p.height]).toEqual(['below', 324, 554 - 8 - 324]);
});

test('the card steps past the next claims rather than cover them, even far from its own', () => {
  // card.test.ts's page at 390 px without Georgia (the serif fallback wraps it so): claims 1 and 2 sit
  // 75 px and 143 px under claim 0, and a 245 px card fits only past both.
  const box = (l: number, t: number, r: number, b: number): Box => ({ top: t, left: l, right: r, bottom: b });
  const claim = [box(137, 100, 349, 119), box(16, 125, 300, 144)];
  const others = [box(16, 219, 372, 238), box(16, 244, 116, 263), box(16, 287, 354, 306), box(16, 312, 85, 331), box(216, 796, 374, 828)];
  const size = { width: 366, height: 245 };
  const p = cardSpot({ claim, others, size, view });
  const card = { top: p.top, left: p.left, right: p.left + size.width, bottom: p.top + size.height };
  for (const b of others) expect(overlaps(card, b)).toBe(false);
  expect(card.bottom).toBeLessThanOrEqual(view.bottom);
  expect(p.side).toBe('below');
});

test('a claim near the top of the window is not hidden under its own card', () => {
  // The demo site's back-fat page at 1000 x 800: the headline is a claim, two more sit under it. Above had
  // no room, so the card was pushed back into the window over the headline it explains.
  const box = (l: number, t: number, r: number, b: number): Box => ({ top: t, left: l, right: r, bottom: b });
  const claim = [box(140, 79, 674, 119)];
  const others = [box(140, 263, 807, 284), box(140, 292, 243, 313), box(140, 554, 828, 575), box(826, 752, 984, 784)];
  const size = { width: 400, height: 244 };
  const p = cardSpot({ claim, others, size, view: { top: 0, left: 0, right: 1000, bottom: 800 } });
  const card = { top: p.top, left: p.left, right: p.left + size.width, bottom: p.top + size.height };
  expect(overlaps(card, claim[0]!)).toBe(false);
  expect(p.side).toBe('below');
});

// The demo site's back-fat page at 1280 x 800, in the overlay's frame (the host's origin, the window's
// corner): the headline, a two-line claim and a one-line claim in a 720 px column, the headline's badge and
// the panel button. The card is 400 x 245; narrower, its height as measured in Chromium on that page.
const box = (t: number, l: number, r: number, b: number): Box => ({ top: t, left: l, right: r, bottom: b });
const BACK_FAT = {
  claims: [[box(79, 280, 814.375, 119)], [box(263.16, 280, 946.55, 284.16), box(291.95, 280, 383.33, 312.95)], [box(554.34, 280, 967.86, 575.34)]],
  badge: box(88, 820.375, 924.375, 110),
  toggle: box(752, 1106, 1264, 784),
  view: box(0, 0, 1280, 800),
  // The text column: lines of other sentences reach past each claim's end (to 989.8 px beside the first).
  column: { left: 280, right: 1000 },
  heightAt: (width: number) => (width >= 313 ? 245 : width >= 280 ? 285 : 305),
};

test.each([0, 1, 2])('on the back-fat page at 1280 px, claim %i: a spot beside the text column where the page has room, covering no other claim', (i) => {
  // Before: the headline's card went below it over the left 400 px of both lines of the next claim (it
  // weighed only the spot right by the claim and the spot past every obstacle, pushed back into the window);
  // then beside, 12 px right of its claim, over the ends of the column's longer lines.
  const { claims, badge, toggle, view, column, heightAt } = BACK_FAT;
  const claim = claims[i]!;
  const others = [...claims.filter((_, j) => j !== i).flat(), badge, toggle];
  const p = cardSpot({ claim, others, size: { width: 400, height: 245 }, view, column, heightAt });
  expect(['right', 'left']).toContain(p.side);
  if (p.side === 'right') expect(p.left).toBeGreaterThanOrEqual(column.right + 12);
  else expect(p.left + (p.width ?? 400)).toBeLessThanOrEqual(column.left - 12);
  const width = p.width ?? 400;
  const card = { top: p.top, left: p.left, right: p.left + width, bottom: p.top + (p.height ?? heightAt(width)) };
  for (const b of [...others, ...claim]) expect(overlaps(card, b), `claim ${i}'s card over ${JSON.stringify(b)}`).toBe(false);
  expect(card.left).toBeGreaterThanOrEqual(view.left + 8);
  expect(card.right).toBeLessThanOrEqual(view.right - 8);
  expect(card.top).toBeGreaterThanOrEqual(view.top + 8);
  expect(card.bottom).toBeLessThanOrEqual(view.bottom - 8);
  expect(width).toBeGreaterThanOrEqual(240);
});
