import type { Myth, MythId } from './types';
import { spotReduction } from './spot-reduction';
import { rapidFix } from './rapid-fix';
import { extremeRestriction } from './extreme-restriction';
import { magicProduct } from './magic-product';

export type { Myth, MythId, Card, Milestone } from './types';
export { CARDS, isMythId } from './cards';

/** The catalog. Adding a myth: a file beside this one and a line here. */
export const MYTHS: readonly Myth[] = [spotReduction, rapidFix, extremeRestriction, magicProduct];

const BY_ID = new Map<string, Myth>(MYTHS.map((m) => [m.id, m]));

export function mythById(id: MythId): Myth {
  // The MythId type guarantees presence; the catalog test checks every id has a file.
  return BY_ID.get(id)!;
}
