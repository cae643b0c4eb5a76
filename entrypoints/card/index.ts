import { CARD_PARTS } from '../../components/card/parts';
import { registerCardParts } from '../../components/overlay/card-parts';

/**
 * The in-page card's own parts (myth copy, the claim's numbers, the reader's plan), injected by the background
 * (scripting.executeScript) into the content script's isolated world when the user reaches for the overlay:
 * a page whose cards are never opened never evaluates them.
 */
export default defineUnlistedScript(() => registerCardParts(CARD_PARTS));
