import { afterEach, expect, test } from 'vitest';
import type { FlaggedClaim } from '../../components/overlay/store';
import type { PageClaim } from '../../entrypoints/content/scanner';
import { measureSpots, type Spots } from '../../entrypoints/content/spots';

afterEach(() => {
  document.body.innerHTML = '';
});

/** One claim per paragraph, its range over the paragraph's text. */
function claims(n: number): PageClaim[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>Claim ${i}.</p>`).join('');
  return [...document.querySelectorAll('p')].map((p, i) => {
    const range = new Range();
    range.selectNodeContents(p.firstChild!);
    return { claim: { myth: 'spot-reduction', start: i * 10, end: i * 10 + 8, sentence: `Claim ${i}.`, confidence: 0.9 }, range };
  });
}

/** Runs one measurement to its last publish, counting the claims it measured (one getClientRects read each). */
async function measured(found: PageClaim[], spots: Spots, wanted: (i: number) => boolean): Promise<{ reads: number; list: FlaggedClaim[] }> {
  const read = Range.prototype.getClientRects;
  let reads = 0;
  Range.prototype.getClientRects = function (this: Range) {
    reads++;
    return read.call(this);
  };
  try {
    const list = await new Promise<FlaggedClaim[]>((ok) => measureSpots(found, document.body, spots, wanted, ok));
    return { reads, list };
  } finally {
    Range.prototype.getClientRects = read;
  }
}

test('only the claims wanted (the first, those near the viewport) are measured; a later pass measures only the newly wanted', async () => {
  const found = claims(6);
  const spots: Spots = new Map();
  const first = await measured(found, spots, (i) => i === 0 || i === 4);
  expect(first.reads).toBe(2);
  expect(first.list.map((f) => f.claim.sentence)).toEqual(found.map((f) => f.claim.sentence));
  expect((await measured(found, spots, (i) => i < 3 || i === 4)).reads).toBe(2);
  expect([...spots.keys()].map((f) => found.indexOf(f)).sort()).toEqual([0, 1, 2, 4]);
});
