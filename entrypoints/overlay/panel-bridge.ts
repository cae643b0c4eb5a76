import type { Opening, OverlayActions } from '../../components/overlay/FlagOverlay';
import type { FlaggedClaim } from '../../components/overlay/store';
import { sharedSlot } from '../../lib/shared-slot';

/** What the plain overlay (./index.ts) hands the panel's script when the reader first clicks it. */
export interface PanelSetup {
  /** Emptied of the plain badge and button: the panel's Preact renders FlagOverlay here. */
  parent: HTMLElement;
  /** The overlay's live region, on the page since load (a region that joins the page later may go unheard). */
  live: HTMLElement;
  actions: OverlayActions;
  /** The claims as far as they are measured. */
  claims: FlaggedClaim[];
  /** What the reader clicked: opened as soon as FlagOverlay is drawn. */
  opening: Opening;
  /** The last confirmation closed: the overlay leaves a page that has no claims left. */
  quiet(): void;
}

/** FlagOverlay on the page: badge, card, panel and confirmations. */
export interface Panel {
  /** A new measurement of the claims. */
  show(claims: FlaggedClaim[]): void;
  /** True while a confirmation waits with its Undo: the overlay stays on a page without claims. */
  holding(): boolean;
  remove(): void;
}

export type MountPanel = (setup: PanelSetup) => Panel;

// panel.js, injected by the background on the reader's reach, registers it in the content script's isolated world.
const slot = sharedSlot<MountPanel>('__realityCheckPanel');

export const registerPanel = slot.set;
export const panelMounter = slot.get;
