import type { Lang } from '../i18n/lang';
import type { Card, MythId, MythWords } from './types';
import { spotReductionCard, spotReductionWords } from './spot-reduction';
import { rapidFixCard, rapidFixWords } from './rapid-fix';
import { extremeRestrictionCard, extremeRestrictionWords } from './extreme-restriction';
import { magicProductCard, magicProductWords } from './magic-product';
import { spotReductionCardEs, spotReductionWordsEs } from './spot-reduction.es';
import { rapidFixCardEs, rapidFixWordsEs } from './rapid-fix.es';
import { extremeRestrictionCardEs, extremeRestrictionWordsEs } from './extreme-restriction.es';
import { magicProductCardEs, magicProductWordsEs } from './magic-product.es';

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

/**
 * Separate constants, not one table, so a bundle of one language (the embed) tree-shakes the others.
 * Spanish is complete, and typed so: reality-check-es.js bundles this table alone, with no English
 * fallback (which cost it 1.3 kB gzip of English cards). A language being written may start as a
 * Partial (a myth without one shows English through cardFor) until its embed file ships.
 */
export const CARDS_ES: Record<MythId, Card> = {
  'spot-reduction': spotReductionCardEs,
  'rapid-fix': rapidFixCardEs,
  'extreme-restriction': extremeRestrictionCardEs,
  'magic-product': magicProductCardEs,
};

type Translations<T> = Record<Exclude<Lang, 'en'>, Partial<Record<MythId, T>>>;

/** A lookup by myth and language that falls back to English where a translation is missing. */
const inLang =
  <T>(english: Record<MythId, T>, translations: Translations<T>) =>
  (id: MythId, lang: Lang): T =>
    (lang === 'en' ? undefined : translations[lang][id]) ?? english[id];

export const cardFor = /*#__PURE__*/ inLang(CARDS, { es: CARDS_ES });

/** The myth's label and "flagged because" line; English lives beside the patterns in each myth file. */
export const WORDS: Record<MythId, MythWords> = {
  'spot-reduction': spotReductionWords,
  'rapid-fix': rapidFixWords,
  'extreme-restriction': extremeRestrictionWords,
  'magic-product': magicProductWords,
};

export const WORDS_ES: Partial<Record<MythId, MythWords>> = {
  'spot-reduction': spotReductionWordsEs,
  'rapid-fix': rapidFixWordsEs,
  'extreme-restriction': extremeRestrictionWordsEs,
  'magic-product': magicProductWordsEs,
};

export const wordsFor = /*#__PURE__*/ inLang(WORDS, { es: WORDS_ES });

export function isMythId(x: unknown): x is MythId {
  return typeof x === 'string' && Object.hasOwn(CARDS, x);
}
