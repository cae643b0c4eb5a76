import css from './styles.css?inline';
import overlay from './overlay.css?inline';

/** The card stylesheet as text, for injection into a shadow root (content script, embed). */
export const CARD_CSS: string = css;
/** Extra rules for the content script's badge, popover and claims panel. */
export const OVERLAY_CSS: string = overlay;
