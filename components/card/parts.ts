import { explainClaim, readClaimNumbers } from '../../lib/claim-numbers';
import { cardFor } from '../../lib/myths/cards';
import { followNumbersReader } from '../numbers/store';
import type { CardParts } from '../overlay/card-parts';

/** The in-page card's own parts (components/overlay/card-parts), bundled apart in card.js. */
export const CARD_PARTS: CardParts = {
  cardFor,
  numbers: (sentence, reader, i18n) => explainClaim(readClaimNumbers(sentence), reader, i18n),
  followReader: followNumbersReader,
};
