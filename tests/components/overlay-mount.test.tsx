import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayScript from '../../entrypoints/overlay';
import panelScript from '../../entrypoints/panel';
import cardScript from '../../entrypoints/card';
import type { Message } from '../../lib/messages';
import { overlayMounter, type Overlay } from '../../entrypoints/content/overlay-bridge';
import type { PageClaim } from '../../entrypoints/content/scanner';
import type { OverlayActions } from '../../components/overlay/FlagOverlay';
import { cardParts, flagged, notice, openCard, panelOpen } from '../../components/overlay/store';
import { measureSpots } from '../../entrypoints/content/spots';

// Measured for real (happy-dom lays nothing out: no spot, no badge) unless a test places the claims itself;
// the test reads which claims each measurement wanted.
vi.mock('../../entrypoints/content/spots', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../entrypoints/content/spots')>();
  return { ...real, measureSpots: vi.fn(real.measureSpots) };
});

// The English catalog tests/setup.ts set, not browser.i18n (which fakeBrowser lacks).
vi.mock('../../components/i18n/browser', async () => {
  const { ui } = await import('../../components/i18n/ui');
  return { browserUi: () => ({ ...ui }) };
});

const noop = () => {};
const actions: OverlayActions = {
  reveal: noop, openPlanner: noop, disableSite: noop, enableSite: noop, disableEverywhere: noop, dismiss: noop, restore: noop, current: noop, userActing: () => true,
};

function claimOn(text: string): PageClaim {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p.firstChild!);
  return { claim: { myth: 'spot-reduction', start: 0, end: text.length, sentence: text, confidence: 0.9 }, range };
}

/** Every measurement publishes each claim at a spot of its own, as a laid-out page would. */
function placed() {
  vi.mocked(measureSpots).mockImplementation((found, _origin, _spots, _wanted, publish) => {
    publish(found.map((f, i) => {
      const line = { top: 100 + 40 * i, left: 20, right: 300, bottom: 120 + 40 * i };
      return { claim: f.claim, spot: { lines: [line], lineEnd: 300, blockLeft: 20, blockRight: 600, lastLine: line } };
    }));
    return noop;
  });
}

const host = () => document.querySelector('reality-check-overlay');
let overlay: Overlay;
let ctx: ContentScriptContext | undefined;
async function mount(): Promise<Overlay> {
  overlayScript.main();
  ctx = new ContentScriptContext('overlay-test');
  overlay = await overlayMounter()!(ctx, actions);
  return overlay;
}
afterEach(() => {
  overlay?.remove();
  // Ended here, so the next test's context does not end it and WXT log "context invalidated" into the run.
  ctx?.abort();
  notice.value = null;
  cardParts.value = null;
  vi.mocked(measureSpots).mockRestore();
  for (const key of ['__realityCheckCard', '__realityCheckPanel']) delete (globalThis as Record<string, unknown>)[key];
  document.body.replaceChildren();
});

/** The overlay's closed shadow root, caught as it is attached. */
async function mountWithRoot(): Promise<{ ui: Overlay; root: ShadowRoot }> {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const ui = await mount();
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  return { ui, root };
}

/** The background's answer to 'load-panel': card.js and panel.js run in this world, once `arrive` is called. */
function panelOnAsk() {
  let arrive = () => {};
  const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m) => {
    if ((m as Message).type !== 'load-panel') return;
    await new Promise<void>((ok) => (arrive = ok));
    cardScript.main();
    panelScript.main();
  });
  asked.mockClear();
  return { asked, arrive: () => arrive() };
}

// Preact renders a signal's change in a microtask and runs effects in a timeout after the next frame.
const flush = () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0));

/** Mounted with two placed claims, the plain badge drawn, and the panel's script held until `arrive`. */
async function withBadge() {
  placed();
  const load = panelOnAsk();
  const { ui, root } = await mountWithRoot();
  ui.show([claimOn('Crunches burn belly fat.'), claimOn('Squats melt thigh fat.')], () => true);
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & HTMLElement>(sel);
  await vi.waitFor(() => expect($('.rc-badge')).not.toBeNull());
  return { ...load, ui, root, $ };
}

test('at load the badge and the panel button are plain elements: Preact, the panel and the cards wait for the reader', async () => {
  const { asked, $ } = await withBadge();
  expect($('.rc-badge')!.textContent).toBe('Reality check');
  expect($('.rc-badge')!.getAttribute('aria-label')).toBe('Reality check: Spot reduction claim. Open the card');
  expect($('.rc-panel-toggle')!.getAttribute('aria-label')).toMatch(/2 claims on this page/);
  expect(asked).not.toHaveBeenCalled();
  // The module-level signals are the panel's: nothing of it has run.
  expect(flagged.value).toEqual([]);
});

test("the badge clicked before the panel's script is there shows it is busy, then its card opens with focus in it", async () => {
  const { arrive, $ } = await withBadge();
  $('.rc-badge')!.click();
  expect($('.rc-badge')!.getAttribute('aria-busy')).toBe('true');
  expect($('.rc-popover')).toBeNull();
  arrive();
  await vi.waitFor(() => expect($('.rc-popover .rc-title')).not.toBeNull());
  expect(openCard.value).toBe(0);
  expect($('.rc-badge')!.hasAttribute('aria-busy')).toBe(false);
  expect($('.rc-badge')!.getAttribute('aria-expanded')).toBe('true');
  await flush();
  expect(($('.rc-popover') as HTMLElement).contains(($('.rc-badge')!.getRootNode() as ShadowRoot).activeElement)).toBe(true);
});

/** An element's tag, attributes (in any order), text and parent's class: what styles and names it. */
const shape = (el: Element) => ({
  tag: el.localName,
  attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
  text: el.textContent,
  parent: el.parentElement!.className,
});

test("the plain badge and panel button are FlagOverlay's own, attribute for attribute; the live region stays", async () => {
  const { arrive, root, $ } = await withBadge();
  const plain = { badge: shape($('.rc-badge')!), toggle: shape($('.rc-panel-toggle')!) };
  const live = $('[role="status"]');
  expect(live!.textContent).toContain('flagged 2 claims');
  $('.rc-panel-toggle')!.click();
  arrive();
  await vi.waitFor(() => expect(panelOpen.value).toBe(true));
  await flush();
  expect(shape($('.rc-badge')!)).toEqual(plain.badge);
  [...root.querySelectorAll<HTMLElement>('.rc-panel button')].find((b) => b.getAttribute('aria-label') === 'Close the claims list')!.click();
  await vi.waitFor(() => expect($('.rc-panel-toggle')).not.toBeNull());
  expect(shape($('.rc-panel-toggle')!)).toEqual(plain.toggle);
  expect($('[role="status"]')).toBe(live);
});

test('once every claim is gone and no Undo waits, the overlay leaves the page; new claims bring it back', async () => {
  const { ui, arrive, $ } = await withBadge();
  $('.rc-badge')!.click();
  arrive();
  await vi.waitFor(() => expect(flagged.value).toHaveLength(2));
  expect(host()?.isConnected).toBe(true);

  // The last claim dismissed: its confirmation and Undo stay...
  notice.value = { text: 'Marked as not a myth on this page.', undo: noop };
  ui.show([], () => true);
  await vi.waitFor(() => expect(flagged.value).toHaveLength(0));
  expect(host()).not.toBeNull();
  // ...until the user closes it: nothing is left, and no empty host stays behind.
  notice.value = null;
  expect(host()).toBeNull();

  ui.show([claimOn('Crunches burn belly fat.')], () => true);
  await vi.waitFor(() => expect(flagged.value).toHaveLength(1));
  expect(host()?.isConnected).toBe(true);
});

test('a page whose claims went away says nothing about "0 claims", and leaves', async () => {
  const { ui, root } = await mountWithRoot();
  ui.show([claimOn('Crunches burn belly fat.')], () => true);
  const live = root.querySelector('[role="status"]')!;
  expect(live.textContent).toContain('flagged 1 claim');
  ui.show([], () => true);
  expect(live.textContent).not.toMatch(/\b0 claims/);
  expect(host()).toBeNull();
});

test.each(['pointerover', 'focusin'])('claims near the viewport are measured only once the user reaches for the overlay (%s), the badge\'s at once', async (type) => {
  const { ui, root } = await mountWithRoot();
  ui.show([claimOn('Crunches burn belly fat.'), claimOn('Squats melt thigh fat.')], () => true);
  const wanted = () => vi.mocked(measureSpots).mock.lastCall![3];
  expect([wanted()(0), wanted()(1)]).toEqual([true, false]);
  root.dispatchEvent(new Event(type));
  expect([wanted()(0), wanted()(1)]).toEqual([true, true]);
});

test("the page's colours are read before the overlay joins the page: after, the read forced a style recalc of the overlay's new tree", async () => {
  const real = globalThis.getComputedStyle;
  const hostThere: boolean[] = [];
  const read = vi.spyOn(globalThis, 'getComputedStyle').mockImplementation((el, pseudo) => (hostThere.push(host() !== null), real(el, pseudo)));
  try {
    await mount();
  } finally {
    read.mockRestore();
  }
  expect(hostThere.length).toBeGreaterThan(0);
  expect(hostThere).not.toContain(true);
});

test.each(['pointerover', 'focusin'])("the panel and the card's own parts are asked for only once the user reaches for the overlay (%s), once", async (type) => {
  const { asked, arrive, root } = await withBadge();
  expect(asked).not.toHaveBeenCalled();
  root.dispatchEvent(new Event(type));
  root.querySelector<HTMLElement>('.rc-badge')!.click();
  expect(asked.mock.calls).toEqual([[{ type: 'load-panel' }]]);
  arrive();
  await vi.waitFor(() => expect(cardParts.value).not.toBeNull());
});
