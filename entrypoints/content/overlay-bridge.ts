import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayActions } from '../../components/overlay/FlagOverlay';
import { sharedSlot } from '../../lib/shared-slot';
import type { PageClaim } from './scanner';

/**
 * How the content script reaches the card UI once the background has injected it. Both scripts run in the
 * extension's isolated world and share its globals, which the page cannot see; the UI script registers
 * `mountOverlay` there, so the card and panel code (Preact, cards, styles) loads only on pages with claims.
 */
export interface Overlay {
  /** The shadow host: the content script skips it when reading text and ignores its mutations. */
  host: Element;
  /**
   * Shows these claims: badge, panel, cards and marks placed over their ranges. `near` says which are within
   * a screen of the viewport: only those (and the first, for the badge) are measured, and only their Ranges
   * are made.
   */
  show(found: readonly PageClaim[], near: (claim: PageClaim) => boolean): void;
  /** Re-measures where the claims sit (after a resize or a reveal), claim `also` too, wherever it is. */
  place(also?: number): void;
  /** Measures the claims that have come near the viewport since, keeping the spots already measured. */
  measureNear(): void;
  /** True while the overlay is handling a click the user made (event.isTrusted), not one the page scripted. */
  userActing(): boolean;
  remove(): void;
}

export type MountOverlay = (ctx: ContentScriptContext, actions: OverlayActions) => Promise<Overlay>;

const slot = sharedSlot<MountOverlay>('__realityCheckOverlay');

export const registerOverlay = slot.set;
export const overlayMounter = slot.get;
