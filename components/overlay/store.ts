import { computed, signal } from '@preact/signals';
import type { Claim } from '../../lib/detect/types';

/** Where a claim sits on the page, relative to the overlay's own origin (px). */
export interface Spot {
  /** First line of the claim. */
  top: number;
  left: number;
  /** Last line of the claim: its bottom and where the sentence ends. */
  bottom: number;
  endTop: number;
  endRight: number;
}

/** One flagged claim as the overlay shows it. */
export interface FlaggedClaim {
  claim: Claim;
  spot: Spot | null;
}

/** Overlay state for one page: module-level signals, so components stay thin. */
export const flagged = signal<FlaggedClaim[]>([]);
/** Index into `flagged` of the open card, or null. */
export const openCard = signal<number | null>(null);
export const panelOpen = signal(false);
/** Polite announcement for screen readers. */
export const announcement = signal('');

export const claimCount = computed(() => flagged.value.length);

export function openClaim(index: number | null): void {
  openCard.value = index;
}
