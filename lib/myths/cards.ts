import type { Card, MythId } from './types';
import { spotReductionCard } from './spot-reduction';
import { rapidFixCard } from './rapid-fix';
import { extremeRestrictionCard } from './extreme-restriction';
import { magicProductCard } from './magic-product';

/**
 * Every myth's card by id, without detection patterns: what the embed imports. The catalog test checks
 * this matches MYTHS, so the two lists cannot drift.
 */
export const CARDS: Record<MythId, Card> = {
  'spot-reduction': spotReductionCard,
  'rapid-fix': rapidFixCard,
  'extreme-restriction': extremeRestrictionCard,
  'magic-product': magicProductCard,
};

export const MYTH_IDS = Object.keys(CARDS) as MythId[];

export function isMythId(x: unknown): x is MythId {
  return typeof x === 'string' && Object.hasOwn(CARDS, x);
}
