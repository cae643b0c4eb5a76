import { wordsFor } from '../../lib/myths/cards';
import { ui } from '../i18n/ui';
import { BADGE_STYLE, badgeBox, badgeFor } from './badge-box';
import type { Opening } from './FlagOverlay';
import type { FlaggedClaim } from './store';

/** The overlay as a page with claims first gets it: FlagOverlay's badge and panel button, drawn without Preact. */
export interface PlainOverlay {
  /** Draws the badge beside the first claim (where it fits) and the panel button with the count. */
  show(claims: readonly FlaggedClaim[]): void;
  /** Shows that `what` was clicked and waits for the panel's script (aria-busy); null: nothing waits. */
  waiting(what: Opening | null): void;
  remove(): void;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * FlagOverlay's badge and panel button as plain elements, with its classes, names and styles, so they look and
 * read the same: the few hundred bytes a page with claims evaluates at load. Preact, the panel and the cards
 * (panel.js, card.js) come once the reader reaches for these, and `open` hands over what they clicked.
 */
export function plainOverlay(parent: HTMLElement, open: (what: Opening) => void): PlainOverlay {
  const root = document.createElement('div');
  root.className = 'rc-overlay';
  const badge = button('rc-badge', ui.t('overlay.badge'), () => open('badge'));
  badge.setAttribute('aria-expanded', 'false');
  Object.assign(badge.style, BADGE_STYLE);
  const corner = document.createElement('div');
  corner.className = 'rc-corner';
  const toggle = button('rc-btn rc-btn-primary rc-panel-toggle', '', () => open('panel'));
  root.append(corner);
  parent.append(root);
  return {
    show(claims) {
      const first = claims[0];
      // As FlagOverlay reads them: the overlay's em and origin once the claims' spots are fresh.
      const at = first?.spot ? badgeFor(first.spot, badgeBox(root), root.getBoundingClientRect()) : null;
      if (at) {
        badge.style.top = `${at.top}px`;
        badge.style.left = `${at.left}px`;
        badge.setAttribute('aria-label', ui.t('overlay.badge_label', { myth: wordsFor(first!.claim.myth, ui.lang).label }));
        if (!badge.isConnected) root.prepend(badge);
      } else badge.remove();
      const n = claims.length;
      if (n) {
        toggle.setAttribute('aria-label', ui.t('overlay.toggle_label', { n: ui.num(n) }, n));
        toggle.textContent = ui.t('overlay.toggle', { n: ui.num(n) });
        if (!toggle.isConnected) corner.append(toggle);
      } else toggle.remove();
    },
    waiting(what) {
      for (const [b, which] of [[badge, 'badge'], [toggle, 'panel']] as const) {
        if (what === which) b.setAttribute('aria-busy', 'true');
        else b.removeAttribute('aria-busy');
      }
    },
    remove: () => root.remove(),
  };
}
