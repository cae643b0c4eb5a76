import type { Examples, Myth, MythId } from './types';
import { spotReduction, spotReductionExamples } from './spot-reduction';
import { rapidFix, rapidFixExamples } from './rapid-fix';
import { extremeRestriction, extremeRestrictionExamples } from './extreme-restriction';
import { magicProduct, magicProductExamples } from './magic-product';

export type { Myth, MythId, MythWords, Card, Milestone, Examples } from './types';
export { CARDS, cardFor, isMythId, wordsFor } from './cards';

/** The catalog. Adding a myth: a file beside this one and a line here. */
export const MYTHS: readonly Myth[] = [spotReduction, rapidFix, extremeRestriction, magicProduct];

const BY_ID = new Map<string, Myth>(MYTHS.map((m) => [m.id, m]));

export function mythById(id: MythId): Myth {
  // The MythId type guarantees presence; the catalog test checks every id has a file.
  return BY_ID.get(id)!;
}

/** Every myth's example sentences, for the catalog test; unused by any bundle, so tree-shaken away. */
export const EXAMPLES: Record<MythId, Examples> = {
  'spot-reduction': spotReductionExamples,
  'rapid-fix': rapidFixExamples,
  'extreme-restriction': extremeRestrictionExamples,
  'magic-product': magicProductExamples,
};
