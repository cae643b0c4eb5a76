import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayScript from '../../entrypoints/overlay';
import cardScript from '../../entrypoints/card';
import type { Message } from '../../lib/messages';
import { overlayMounter, type Overlay } from '../../entrypoints/content/overlay-bridge';
import type { PageClaim } from '../../entrypoints/content/scanner';
import type { OverlayActions } from '../../components/overlay/FlagOverlay';
import { announcement, cardParts, flagged, notice } from '../../components/overlay/store';
import { measureSpots } from '../../entrypoints/content/spots';

// Measured for real; the test reads which claims each measurement wanted.
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
  delete (globalThis as { __realityCheckCard?: unknown }).__realityCheckCard;
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

/** The background's answer to 'load-card': card.js run in this world, once `arrive` is called. */
function cardOnAsk() {
  let arrive = () => {};
  const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m) => {
    if ((m as Message).type === 'load-card') await new Promise<void>((ok) => (arrive = ok));
    cardScript.main();
  });
  asked.mockClear();
  return { asked, arrive: () => arrive() };
}

test('once every claim is gone and no Undo waits, the overlay leaves the page; new claims bring it back', async () => {
  const ui = await mount();
  const claim = claimOn('Crunches burn belly fat.');
  ui.show([claim], () => true);
  await vi.waitFor(() => expect(flagged.value).toHaveLength(1));
  expect(host()?.isConnected).toBe(true);

  // The last claim dismissed: its confirmation and Undo stay...
  notice.value = { text: 'Marked as not a myth on this page.', undo: noop };
  ui.show([], () => true);
  await vi.waitFor(() => expect(flagged.value).toHaveLength(0));
  expect(host()).not.toBeNull();
  // ...until the user closes it: nothing is left, and no empty host stays behind.
  notice.value = null;
  expect(host()).toBeNull();

  ui.show([claim], () => true);
  await vi.waitFor(() => expect(flagged.value).toHaveLength(1));
  expect(host()?.isConnected).toBe(true);
});

test('a page whose claims went away says nothing about "0 claims"', async () => {
  const ui = await mount();
  ui.show([claimOn('Crunches burn belly fat.')], () => true);
  expect(announcement.value).toContain('flagged 1 claim');
  ui.show([], () => true);
  expect(announcement.value).not.toMatch(/\b0 claims/);
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

test.each(['pointerover', 'focusin'])("the card's own parts are asked for only once the user reaches for the overlay (%s)", async (type) => {
  const { asked, arrive } = cardOnAsk();
  const { ui, root } = await mountWithRoot();
  ui.show([claimOn('Crunches burn belly fat.')], () => true);
  await vi.waitFor(() => expect(flagged.value).toHaveLength(1));
  expect(asked).not.toHaveBeenCalled();
  root.dispatchEvent(new Event(type));
  expect(asked.mock.calls).toEqual([[{ type: 'load-card' }]]);
  arrive();
  await vi.waitFor(() => expect(cardParts.value).not.toBeNull());
});
