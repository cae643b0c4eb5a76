import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import flaggerScript from '../../entrypoints/flagger/index';
import { MarkedClaim } from '../../entrypoints/content/marks';
import { registerOverlay, type Overlay } from '../../entrypoints/content/overlay-bridge';
import { claimsToMark } from '../../lib/page-claims';
import { toReply, type Message } from '../../lib/messages';

const FITNESS = '<p>These five moves melt back fat and smooth your bra-line fast!</p>';

globalThis.requestIdleCallback ??= (run: IdleRequestCallback) => setTimeout(run, 0);

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw) => {
    const m = raw as Message;
    return m.type === 'judge' ? toReply(claimsToMark(m.text)) : undefined;
  });
});

afterEach(() => {
  document.body.innerHTML = '';
  delete (globalThis as { __realityCheckFlagger?: true }).__realityCheckFlagger;
  delete (globalThis as { __realityCheckOverlay?: unknown }).__realityCheckOverlay;
});

const settle = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

test('our own overlay host arriving on the page is no change to read: no claim is looked at again', async () => {
  const shown: number[] = [];
  // As the real card UI does: the host is appended before mount's promise settles, so the page's observer
  // hears of it before the flagger holds the overlay.
  registerOverlay(async () => {
    const host = document.createElement('reality-check-overlay');
    document.body.append(host);
    const ui: Overlay = { host, show: (found) => void shown.push(found.length), place() {}, measureNear() {}, userActing: () => false, remove: () => host.remove() };
    return ui;
  });
  document.body.innerHTML = FITNESS;
  flaggerScript.main();
  // The detector judges in this test's own thread: under load the first marks take more than waitFor's default second.
  await vi.waitFor(() => expect(shown).toEqual([1]), { timeout: 4000 });
  const looked = vi.spyOn(MarkedClaim.prototype, 'onPage');
  // Past the batches' 500 ms gap: a batch for the host would have checked every claim.
  await settle(800);
  expect(looked).not.toHaveBeenCalled();
  expect(shown).toEqual([1]);
});
