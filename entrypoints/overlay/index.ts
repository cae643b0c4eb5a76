import { browser } from 'wxt/browser';
import en from 'virtual:catalog/en:badge';
import es from 'virtual:catalog/es:badge';
import { CARD_CSS, OVERLAY_CSS } from '../../components/card/styles';
import { browserUi } from '../../components/i18n/browser';
import { setUi, ui as i18nUi } from '../../components/i18n/ui';
import type { Opening } from '../../components/overlay/FlagOverlay';
import { pageScheme } from '../../components/overlay/page-scheme';
import { plainOverlay } from '../../components/overlay/plain';
import type { FlaggedClaim } from '../../components/overlay/store';
import type { Message } from '../../lib/messages';
import { registerOverlay, type MountOverlay } from '../content/overlay-bridge';
import type { PageClaim } from '../content/scanner';
import { measureSpots, type Spots } from '../content/spots';
import { panelMounter, type MountPanel, type Panel } from './panel-bridge';
import { createShadowHost } from './shadow-host';

/**
 * The overlay, injected by the background (scripting.executeScript) into the content script's isolated world
 * only on pages that have claims. Badge first: at load it draws the badge and the panel button as plain
 * elements; Preact, the panel and the cards (panel.js, card.js) are injected once the reader reaches for them,
 * so a page whose overlay is never touched never parses them.
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

const loadPanel = async (): Promise<MountPanel | undefined> => {
  if (!panelMounter()) await browser.runtime.sendMessage({ type: 'load-panel' } satisfies Message).catch(() => undefined);
  return panelMounter();
};

const mountOverlay: MountOverlay = async (ctx, actions) => {
  let found: readonly PageClaim[] = [];
  let claims: FlaggedClaim[] = [];
  let removed = false;
  // Read before the host joins the page: after, the read forced a style recalc of the host's new tree (about 1 ms).
  const theme = pageScheme(document);
  // The whole stylesheet from the start, so the plain badge is drawn by the rules that draw FlagOverlay's.
  const shadowHost = createShadowHost('reality-check-overlay', HOST_CSS + CARD_CSS + OVERLAY_CSS, ['keydown', 'keyup', 'keypress']);
  const { host, shadow, container } = shadowHost;
  container.classList.add('rc-root');
  container.dataset.theme = theme;
  const live = document.createElement('div');
  live.className = 'rc-sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const view = document.createElement('div');
  container.append(live, view);
  let panel: Panel | null = null;
  const plain = plainOverlay(view, (what) => void open(what));
  // The host is on the page only while it has something to show: once every claim has gone (dismissed, or
  // the page changed) and no confirmation waits with its Undo, it leaves, and show() brings it back.
  const leaveWhenEmpty = () => {
    if (!claims.length && !found.length && !panel?.holding()) host.remove();
  };
  const publish = (list: FlaggedClaim[]) => {
    claims = list;
    if (panel) panel.show(list);
    else plain.show(list);
    leaveWhenEmpty();
  };
  const remove = () => {
    if (removed) return;
    removed = true;
    stopMeasuring();
    panel?.remove();
    host.remove();
  };
  ctx.onInvalidated(remove);
  document.body.append(host);
  // The reader's text size changed (overlay.css's root transition): the badge's box, and maybe the claims' lines, with it.
  container.addEventListener('transitionrun', (e) => e.target === container && place());
  // Set while a click (a key press on a button arrives as a click too) travels through the overlay:
  // captured on the way down, cleared once it has bubbled back up, so the buttons' handlers see it.
  let trusted = false;
  shadow.addEventListener('click', (e) => void (trusted = e.isTrusted), { capture: true });
  shadow.addEventListener('click', () => void (trusted = false));
  let stopMeasuring = () => {};
  let near: (claim: PageClaim) => boolean = () => true;
  let spots: Spots = new Map();
  // Once the user reaches for the overlay (a pointer over it, focus in it), not at load: the claims near the
  // viewport are measured (their spots only keep an open card clear of them; on the 1 MB page they were most
  // of the measuring task), and Preact, the panel and the cards are asked for, so they are there for the click.
  let reaching = false;
  let panelCode: Promise<MountPanel | undefined> | null = null;
  const reach = () => {
    if (reaching) return;
    reaching = true;
    measure();
    panelCode ??= loadPanel();
  };
  for (const type of ['pointerover', 'focusin']) shadow.addEventListener(type, reach, { once: true });
  // A click before panel.js is there marks what was clicked as busy, and it opens when the panel comes. A click
  // with no reach before it (no pointer or focus first, as a script in DevTools or a test probe sends: the
  // page's own scripts cannot reach the closed root) asks for the panel itself.
  let clicked: Opening | null = null;
  const open = async (what: Opening) => {
    const asked = clicked !== null;
    clicked = what;
    plain.waiting(what);
    reach();
    if (asked) return;
    const mount = await (panelCode ??= loadPanel());
    const opening = clicked;
    clicked = null;
    plain.waiting(null);
    // Not there (the background was stopping, say): the next click asks again.
    if (!mount) panelCode = null;
    if (!mount || removed) return;
    plain.remove();
    panel = mount({ parent: view, live, actions, claims, opening, quiet: leaveWhenEmpty });
  };
  // Only the first claim (the badge's), the one being revealed and, once the user reaches, those near the viewport are measured.
  const measure = (also = 0) => {
    stopMeasuring();
    const wanted = (i: number) => i === 0 || i === also || (reaching && near(found[i]!));
    stopMeasuring = measureSpots(found, host, spots, wanted, publish);
  };
  const place = (also?: number) => {
    spots = new Map();
    measure(also);
  };
  return {
    host,
    show(list, isNear) {
      const before = found.length;
      found = list;
      near = isNear;
      // Back on the page before measuring: spots are offsets from the host.
      if (list.length && !host.isConnected) document.body.append(host);
      place();
      const n = list.length;
      // Said when claims appear, not on every change: a dismissal's own confirmation is being read then.
      if (n && !before) live.textContent = i18nUi.t('overlay.announce', { n: i18nUi.num(n) }, n);
    },
    place,
    measureNear: () => measure(),
    userActing: () => trusted,
    remove,
  };
};
