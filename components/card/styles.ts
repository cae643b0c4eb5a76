import css from './styles.css?inline';

/** The card and overlay stylesheet as text, for injection into a shadow root (content script, embed). */
export const CARD_CSS: string = css;
