import { computed, signal } from '@preact/signals';
import type { ReaderNumbers } from '../../lib/claim-numbers';
import type { Claim } from '../../lib/detect/types';
import type { CardParts } from './card-parts';
import type { Box } from './place';

/** Where a claim sits on the page, relative to the overlay's own origin (px). */
export interface Spot {
  /** One box per line of the claim, first to last. */
  lines: Box[];
  /** Right edge of the page's text on the claim's last line: past the claim when the sentence goes on. */
  lineEnd: number;
  /** Left and right edges of the claim's paragraph. */
  blockLeft: number;
  blockRight: number;
  /** The paragraph's last line of text. */
  lastLine: Box;
}

/** One flagged claim as the overlay shows it. */
export interface FlaggedClaim {
  claim: Claim;
  spot: Spot | null;
}

/** A confirmation with its undo ("Marked as not a myth on this page · Undo"). */
export interface Notice {
  text: string;
  undo: () => void;
}

/** Overlay state for one page: module-level signals, so components stay thin. */
export const flagged = signal<FlaggedClaim[]>([]);
/** Index into `flagged` of the open card, or null. */
export const openCard = signal<number | null>(null);
export const panelOpen = signal(false);
/** Polite announcement for screen readers. */
export const announcement = signal('');
/** The last action's confirmation, until undone or closed. */
export const notice = signal<Notice | null>(null);

/** The card's own parts once card.js has run (components/overlay/card-parts); until then an opened card waits for them. */
export const cardParts = signal<CardParts | null>(null);
/** The reader's planner numbers for the card's numbers section; undefined until they made a plan. */
export const numbersReader = signal<ReaderNumbers | undefined>(undefined);

export const claimCount = computed(() => flagged.value.length);

export function openClaim(index: number | null): void {
  openCard.value = index;
}
