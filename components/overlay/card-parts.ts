import type { NumbersText, ReaderNumbers } from '../../lib/claim-numbers';
import type { Lang } from '../../lib/i18n/lang';
import type { I18n } from '../../lib/i18n/translate';
import type { Card, MythId } from '../../lib/myths/types';
import { sharedSlot } from '../../lib/shared-slot';

/**
 * What an open card needs beyond the overlay: the myths' copy, the claim's numbers (their reading rules, units
 * and the planner's arithmetic) and the reader's plan. About 35 kB that a page which never opens a card never
 * evaluates: card.js, injected by the background when the user reaches for the overlay. Plain data and
 * functions, no components and no signals: card.js carries no Preact of its own, so the overlay's one Preact renders them.
 */
export interface CardParts {
  cardFor(myth: MythId, lang: Lang): Card;
  /** The claim's arithmetic and the honest version; undefined for a claim without numbers. */
  numbers(sentence: string, reader: ReaderNumbers | undefined, i18n: I18n): NumbersText | undefined;
  /** Reads the reader's plan from the popup's planner into `set`, and again on each change; returns the unsubscribe. */
  followReader(set: (reader: ReaderNumbers | undefined) => void): () => void;
}

// card.js and overlay.js both run in the content script's isolated world.
const slot = sharedSlot<CardParts>('__realityCheckCard');

export const registerCardParts = slot.set;
export const registeredCardParts = slot.get;
