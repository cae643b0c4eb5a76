import type { Lang } from '../i18n/lang';
import type { Card, CardFace, MythId, MythWords } from './types';
import { spotReductionCard, spotReductionFace, spotReductionWords } from './spot-reduction';
import { rapidFixCard, rapidFixFace, rapidFixWords } from './rapid-fix';
import { extremeRestrictionCard, extremeRestrictionFace, extremeRestrictionWords } from './extreme-restriction';
import { magicProductCard, magicProductFace, magicProductWords } from './magic-product';
import { spotReductionCardEs, spotReductionFaceEs, spotReductionWordsEs } from './spot-reduction.es';
import { rapidFixCardEs, rapidFixFaceEs, rapidFixWordsEs } from './rapid-fix.es';
import { extremeRestrictionCardEs, extremeRestrictionFaceEs, extremeRestrictionWordsEs } from './extreme-restriction.es';
import { magicProductCardEs, magicProductFaceEs, magicProductWordsEs } from './magic-product.es';

/** One value per myth, by id (pure: a bundle that never reads a table drops it and what it holds). */
const byMyth = <T>(spot: T, rapid: T, extreme: T, magic: T): Record<MythId, T> => ({
  'spot-reduction': spot,
  'rapid-fix': rapid,
  'extreme-restriction': extreme,
  'magic-product': magic,
});

/**
 * Every myth's card by id, without detection patterns: what the embed imports. The catalog test checks
 * this matches MYTHS, so the two lists cannot drift.
 */
export const CARDS: Record<MythId, Card> = /*#__PURE__*/ byMyth(spotReductionCard, rapidFixCard, extremeRestrictionCard, magicProductCard);

/**
 * Separate constants, not one table, so a bundle of one language (the embed) tree-shakes the others.
 * Spanish is complete, and typed so: reality-check-es.js bundles this table alone, with no English
 * fallback (which cost it 1.3 kB gzip of English cards). A language being written may start as a
 * Partial (a myth without one shows English through cardFor) until its embed file ships.
 */
export const CARDS_ES: Record<MythId, Card> = /*#__PURE__*/ byMyth(spotReductionCardEs, rapidFixCardEs, extremeRestrictionCardEs, magicProductCardEs);

type Translations<T> = Record<Exclude<Lang, 'en'>, Partial<Record<MythId, T>>>;

/** A lookup by myth and language that falls back to English where a translation is missing. */
const inLang =
  <T>(english: Record<MythId, T>, translations: Translations<T>) =>
  (id: MythId, lang: Lang): T =>
    (lang === 'en' ? undefined : translations[lang][id]) ?? english[id];

export const cardFor = /*#__PURE__*/ inLang(CARDS, { es: CARDS_ES });

/** Each card's title and honest answer alone (CardFace): the in-page overlay shows them before card.js arrives. */
export const FACES: Record<MythId, CardFace> = /*#__PURE__*/ byMyth(spotReductionFace, rapidFixFace, extremeRestrictionFace, magicProductFace);

export const FACES_ES: Record<MythId, CardFace> = /*#__PURE__*/ byMyth(spotReductionFaceEs, rapidFixFaceEs, extremeRestrictionFaceEs, magicProductFaceEs);

export const faceFor = /*#__PURE__*/ inLang(FACES, { es: FACES_ES });

/** The myth's label and "flagged because" line; English lives beside the patterns in each myth file. */
export const WORDS: Record<MythId, MythWords> = /*#__PURE__*/ byMyth(spotReductionWords, rapidFixWords, extremeRestrictionWords, magicProductWords);

export const WORDS_ES: Partial<Record<MythId, MythWords>> = /*#__PURE__*/ byMyth(spotReductionWordsEs, rapidFixWordsEs, extremeRestrictionWordsEs, magicProductWordsEs);

export const wordsFor = /*#__PURE__*/ inLang(WORDS, { es: WORDS_ES });

export function isMythId(x: unknown): x is MythId {
  return typeof x === 'string' && Object.hasOwn(CARDS, x);
}
