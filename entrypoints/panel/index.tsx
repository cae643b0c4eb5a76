import { effect } from '@preact/signals';
import { render } from 'preact';
import en from 'virtual:catalog/en:overlay';
import es from 'virtual:catalog/es:overlay';
import { browserUi } from '../../components/i18n/browser';
import { setUi } from '../../components/i18n/ui';
import { registeredCardParts } from '../../components/overlay/card-parts';
import { FlagOverlay } from '../../components/overlay/FlagOverlay';
import { announcement, cardParts, flagged, notice, numbersReader, openCard, panelOpen } from '../../components/overlay/store';
import { registerPanel, type MountPanel } from '../overlay/panel-bridge';

/**
 * Preact, the claims panel and the cards (FlagOverlay), injected by the background (scripting.executeScript)
 * with the card's own parts (card.js) into the content script's isolated world once the reader reaches for the
 * plain overlay (entrypoints/overlay): a page whose badge is never touched never parses them.
 */
export default defineUnlistedScript(() => {
  setUi(browserUi({ en, es }));
  registerPanel(mountPanel);
});

const mountPanel: MountPanel = ({ parent, live, actions, claims, opening, quiet }) => {
  flagged.value = claims;
  // Injected in the same call as this script.
  const parts = registeredCardParts() ?? null;
  const unfollow = parts?.followReader((reader) => void (numbersReader.value = reader));
  cardParts.value = parts;
  const speak = effect(() => void (announcement.value && (live.textContent = announcement.value)));
  const closed = effect(() => void (notice.value || quiet()));
  render(<FlagOverlay actions={actions} opening={opening} />, parent);
  return {
    show: (list) => void (flagged.value = list),
    holding: () => !!notice.value,
    remove() {
      speak();
      closed();
      unfollow?.();
      render(null, parent);
      flagged.value = [];
      openCard.value = null;
      panelOpen.value = false;
    },
  };
};
