import { describe, expect, test } from 'vitest';
import { judgePage } from '../../lib/detect';
import { EXAMPLES, type MythId } from '../../lib/myths';
import { fill, PROMISING } from '../tools/bench-text';

// A page's length is no evidence of its stance: a sales page repeated to 200 kB or 1 MB sells as much as
// its first screen, and a debunk repeated as long still sells nothing.
const SIZES = [200_000, 1_000_000];
const mythIds = Object.keys(EXAMPLES) as MythId[];
const promises = mythIds.flatMap((id) => EXAMPLES[id].promise);
// What each promise is named on a page that is one screen of them: a long page must name them the same.
const mythOnShortPage = new Map(judgePage(promises.join(' ')).claims.map((c) => [c.sentence, c.myth]));
const refutations = mythIds.flatMap((id) => EXAMPLES[id].refute);

describe.each(SIZES)('a page of %i characters', (size) => {
  test('made of our promise examples is flagged, each claim named as on a short page', () => {
    const verdict = judgePage(fill(promises, size));
    expect(verdict.flagged).toBe(true);
    expect(new Set(verdict.claims.map((c) => c.sentence))).toEqual(new Set(mythOnShortPage.keys()));
    for (const c of verdict.claims) expect(c.myth).toBe(mythOnShortPage.get(c.sentence));
  });

  test('made of the bench’s promising sentences is flagged', () => {
    expect(judgePage(fill(PROMISING, size)).flagged).toBe(true);
  });

  test('made of our refute examples stays unflagged', () => {
    expect(judgePage(fill(refutations, size))).toEqual({ flagged: false, claims: [] });
  });
});
