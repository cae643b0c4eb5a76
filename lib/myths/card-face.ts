import type { Card, CardFace } from './types';

/**
 * A card from its face and the rest of it. Each call is marked pure, so a bundle that never reads the card
 * drops it whole (overlay.js reads the faces alone). A spread of the face, or a read of its fields, in the
 * card's literal stayed behind in every bundle, and the face with it: the Spanish faces in the English embed.
 */
export const withFace = (face: CardFace, rest: Omit<Card, keyof CardFace>): Card => ({ ...face, ...rest });
