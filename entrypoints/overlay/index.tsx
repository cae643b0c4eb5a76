import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import en from 'virtual:catalog/en:overlay';
import es from 'virtual:catalog/es:overlay';
import { CARD_CSS, OVERLAY_CSS } from '../../components/card/styles';
import { browserUi } from '../../components/i18n/browser';
import { setUi, ui as i18nUi } from '../../components/i18n/ui';
import { registeredCardParts } from '../../components/overlay/card-parts';
import { FlagOverlay } from '../../components/overlay/FlagOverlay';
import { pageScheme } from '../../components/overlay/page-scheme';
import { announcement, cardParts, flagged, notice, numbersReader, openCard, panelOpen } from '../../components/overlay/store';
import type { Message } from '../../lib/messages';
import { registerOverlay, type MountOverlay } from '../content/overlay-bridge';
import type { PageClaim } from '../content/scanner';
import { measureSpots, type Spots } from '../content/spots';
import { createShadowHost } from './shadow-host';

/**
 * The card UI, injected by the background (scripting.executeScript) into the content script's isolated
 * world only on pages that have claims: a page without claims never parses Preact or the cards.
 */
export default defineUnlistedScript(() => {
  setUi(browserUi({ en, es }));
  registerOverlay(mountOverlay);
});

/**
 * The overlay host is a zero-size box at the document's origin, so claim positions are plain offsets from it.
 * Important :host rules inside the shadow root win over any page rule, `* { all: unset !important }` included;
 * `all: initial` first resets whatever else the page sets on the host.
 */
const HOST_CSS =
  ':host{all:initial!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
  'overflow:visible!important;z-index:2147483647!important;display:block!important;margin:0!important;padding:0!important}';

const mountOverlay: MountOverlay = async (ctx, actions) => {
  let found: readonly PageClaim[] = [];
  let unfollow = () => {};
  let removed = false;
  // Read before the host joins the page: after, the read forced a style recalc of the host's new tree (about 1 ms).
  const theme = pageScheme(document);
  const ui = createShadowHost('reality-check-overlay', HOST_CSS + CARD_CSS + OVERLAY_CSS, ['keydown', 'keyup', 'keypress']);
  const { host, container } = ui;
  container.classList.add('rc-root');
  container.dataset.theme = theme;
  const remove = () => {
    if (removed) return;
    removed = true;
    leaveWhenEmpty();
    loadOnOpen();
    unfollow();
    stopMeasuring();
    render(null, container);
    host.remove();
    flagged.value = [];
    openCard.value = null;
    panelOpen.value = false;
  };
  ctx.onInvalidated(remove);
  // The host is on the page only while it has something to show: once every claim has gone (dismissed, or
  // the page changed) and no confirmation waits with its Undo, it leaves, and show() brings it back.
  // Set up before mounting, so its first run finds nothing to take away.
  const leaveWhenEmpty = effect(() => {
    if (!flagged.value.length && !notice.value && !found.length) host.remove();
  });
  document.body.append(host);
  render(<FlagOverlay actions={actions} />, container);
  // The reader's text size changed (overlay.css's root transition): the badge's box, and maybe the claims' lines, with it.
  container.addEventListener('transitionrun', (e) => e.target === container && place());
  // Set while a click (a key press on a button arrives as a click too) travels through the overlay:
  // captured on the way down, cleared once it has bubbled back up, so the buttons' handlers see it.
  let trusted = false;
  ui.shadow.addEventListener('click', (e) => void (trusted = e.isTrusted), { capture: true });
  ui.shadow.addEventListener('click', () => void (trusted = false));
  let stopMeasuring = () => {};
  let near: (claim: PageClaim) => boolean = () => true;
  let spots: Spots = new Map();
  // Claims near the viewport are measured once the user reaches for the overlay (a pointer over it, focus
  // in it), not at load: their spots only keep an open card clear of them, and a card opens from the overlay's
  // own buttons. On the 1 MB page they were most of the measuring task.
  let reaching = false;
  const reach = () => {
    if (reaching) return;
    reaching = true;
    measure();
    void loadCard();
  };
  for (const type of ['pointerover', 'focusin']) ui.shadow.addEventListener(type, reach, { once: true });
  // The card's own parts load on reach too, so the card a click or Enter opens is there when it asks. A card
  // opened without a reach first (a click with no pointer or focus before it, as a script in DevTools or a test
  // probe sends: the page's own scripts cannot reach the closed root) loads them itself.
  let loading = false;
  const loadCard = async () => {
    if (loading) return;
    loading = true;
    if (!registeredCardParts()) await browser.runtime.sendMessage({ type: 'load-card' } satisfies Message).catch(() => undefined);
    const parts = registeredCardParts();
    if (!parts || removed) return void (loading = false);
    unfollow = parts.followReader((reader) => void (numbersReader.value = reader));
    cardParts.value = parts;
  };
  const loadOnOpen = effect(() => void (openCard.value !== null && loadCard()));
  // Only the first claim (the badge's), the one being revealed and, once the user reaches, those near the viewport are measured.
  const measure = (also = 0) => {
    stopMeasuring();
    const wanted = (i: number) => i === 0 || i === also || (reaching && near(found[i]!));
    stopMeasuring = measureSpots(found, host, spots, wanted, (claims) => void (flagged.value = claims));
  };
  const place = (also?: number) => {
    spots = new Map();
    measure(also);
  };
  return {
    host,
    show(claims, isNear) {
      const before = found.length;
      found = claims;
      near = isNear;
      // Back on the page before measuring: spots are offsets from the host.
      if (claims.length && !host.isConnected) document.body.append(host);
      place();
      const n = claims.length;
      // Said when claims appear, not on every change: a dismissal's own confirmation is being read then.
      if (n && !before) announcement.value = i18nUi.t('overlay.announce', { n: i18nUi.num(n) }, n);
    },
    place,
    measureNear: () => measure(),
    userActing: () => trusted,
    remove,
  };
};
