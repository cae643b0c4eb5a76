import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { FlagOverlay, type OverlayActions } from '../../components/overlay/FlagOverlay';
import { cardParts, flagged, notice, numbersReader, openCard, panelOpen, type FlaggedClaim } from '../../components/overlay/store';
import { MYTHS } from '../../lib/myths';
import { CARD_PARTS } from '../../components/card/parts';
import { followNumbersReader } from '../../components/numbers/store';
import { DEFAULT_PREFS, savePrefs } from '../../lib/store/prefs';
import { plain } from '../claim-numbers/plain';
import { shownText } from './shown';

const claimOf = (i: number): FlaggedClaim => {
  const myth = MYTHS[i % MYTHS.length]!;
  const top = 100 + i * 200;
  return {
    claim: { myth: myth.id, start: i * 100, end: i * 100 + 40, sentence: `Claim number ${i} of the page.`, confidence: 0.9 },
    spot: { lines: [{ top, left: 20, right: 300, bottom: top + 20 }], lineEnd: 320, blockLeft: 20, blockRight: 320, lastLine: { top, left: 20, right: 320, bottom: top + 20 } },
  };
};

const actions = (): OverlayActions => ({
  reveal: vi.fn(),
  openPlanner: vi.fn(),
  disableSite: vi.fn(),
  enableSite: vi.fn(),
  disableEverywhere: vi.fn(),
  dismiss: vi.fn(),
  restore: vi.fn(),
  current: vi.fn(),
  userActing: vi.fn(() => true),
});

let root: HTMLElement;
// Preact renders a signal's change in a microtask and runs effects in a timeout after the next frame; this
// resolves after them (its frame is asked for once that render is done, or it could come first).
const flush = () => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0));
/** Renders the overlay with `count` claims already measured (the badge waits for a second render, after mounting). */
async function mount(count: number, a = actions(), parts: typeof cardParts.value = CARD_PARTS) {
  flagged.value = Array.from({ length: count }, (_, i) => claimOf(i));
  root = document.createElement('div');
  root.className = 'rc-root';
  document.body.append(root);
  // What card.js registers once the user reaches for the overlay (entrypoints/overlay).
  cardParts.value = parts;
  render(<FlagOverlay actions={a} />, root);
  await flush();
  return a;
}
afterEach(() => {
  render(null, root);
  root.remove();
  flagged.value = [];
  openCard.value = null;
  panelOpen.value = false;
  notice.value = null;
});
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & HTMLElement>(sel);
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

test('the badge says "Reality check" without a check mark, which would read as "verified"', async () => {
  await mount(2);
  expect($('.rc-badge')!.textContent).toBe('Reality check');
  expect($('.rc-badge')!.textContent).not.toMatch(/[✓✔☑]/);
});

test('at twice the text size the badge is placed by its em box twice as large, read without laying the badge out', async () => {
  // Mounted first and the claims' spots measured after, as on a page.
  await mount(0);
  root.style.fontSize = '30px';
  // 44 px tall, it does not fit beside a 20 px line: it goes in the margin left of the paragraph, its width away.
  flagged.value = [{ ...claimOf(0), spot: { ...claimOf(0).spot!, blockLeft: 400 } }];
  await flush();
  expect($('.rc-badge')!.style.left).toBe(`${400 - 6 - 208}px`);
});

test.each(MYTHS.map((m, i) => [m.id, i] as const))('the %s card is compact and says why it was flagged', async (_id, i) => {
  await mount(MYTHS.length);
  openCard.value = i;
  await flush();
  const card = $('.rc-popover .rc-card')!;
  const myth = MYTHS[i]!;
  expect(card.querySelector('.rc-title')!.textContent).toBe(myth.card.title);
  expect(card.querySelector('.rc-why')!.textContent).toBe(`Flagged because it ${myth.why}.`);
  expect(card.querySelector('.rc-honest')!.textContent).toBe(myth.card.honest);
  // The rest waits behind "More": closed until the user opens it.
  const more = card.querySelector('details')!;
  expect(more.open).toBe(false);
  expect(more.querySelector('summary')!.textContent).toBe('More');
  expect(more.textContent).toContain(myth.card.nextStep);
  expect(more.textContent).toContain('Claim number');
  expect($('.rc-popover .rc-pointer')).not.toBeNull();
});

test('"This isn\'t a myth" dismisses that claim, confirms it, and Undo restores it', async () => {
  const a = await mount(3);
  openCard.value = 1;
  await flush();
  button('This isn’t a myth')!.click();
  expect(a.dismiss).toHaveBeenCalledWith(flagged.value[1]!.claim);
  await flush();
  expect(openCard.value).toBeNull();
  expect($('.rc-notice')!.textContent).toContain('Marked as not a myth on this page');
  button('Undo')!.click();
  expect(a.restore).toHaveBeenCalledWith(claimOf(1).claim);
  await flush();
  expect($('.rc-notice')).toBeNull();
});

test('a click the actions refuse (not the user\'s) confirms nothing and leaves the card open', async () => {
  const a = actions();
  vi.mocked(a.userActing).mockReturnValue(false);
  await mount(1, a);
  openCard.value = 0;
  await flush();
  button('This isn’t a myth')!.click();
  button('Not on this site')!.click();
  await flush();
  expect([a.dismiss, a.disableSite].map((f) => vi.mocked(f).mock.calls.length)).toEqual([0, 0]);
  expect($('.rc-notice')).toBeNull();
  expect(openCard.value).toBe(0);
});

test('"Not on this site" confirms it with an Undo that turns the site back on', async () => {
  const a = await mount(1);
  openCard.value = 0;
  await flush();
  button('Not on this site')!.click();
  expect(a.disableSite).toHaveBeenCalledOnce();
  // The page is cleared, but the confirmation stays.
  flagged.value = [];
  await flush();
  expect($('.rc-notice')!.textContent).toContain('Flagging is off on this site');
  button('Undo')!.click();
  expect(a.enableSite).toHaveBeenCalledOnce();
});

test('the claims panel takes focus when opened and Escape closes it, focus back on its button', async () => {
  await mount(3);
  const toggle = $('.rc-panel-toggle')!;
  toggle.focus();
  toggle.click();
  await flush();
  const panel = $('.rc-panel')!;
  expect(panel.contains(document.activeElement)).toBe(true);
  panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await flush();
  expect($('.rc-panel')).toBeNull();
  expect(document.activeElement).toBe($('.rc-panel-toggle'));
});

test('tabbing out of the card closes it; the card never takes focus unless the user opened it', async () => {
  await mount(2);
  const outside = document.createElement('button');
  document.body.append(outside);
  // Opened by the page's state, not by the user: focus stays where it was.
  outside.focus();
  openCard.value = 0;
  await flush();
  expect(document.activeElement).toBe(outside);
  openCard.value = null;
  await flush();

  $('.rc-badge')!.click();
  await flush();
  const pop = $('.rc-popover')!;
  expect(pop.contains(document.activeElement)).toBe(true);
  pop.querySelector('.rc-title')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: outside }));
  await flush();
  expect($('.rc-popover')).toBeNull();
  outside.remove();
});

test("a page's claim count is shown without Intl.NumberFormat (its first use in a tab costs the page 9-33 ms), thousands grouped", async () => {
  const made = vi.spyOn(Intl, 'NumberFormat');
  try {
    await mount(1_200);
  } finally {
    made.mockRestore();
  }
  expect(root.textContent).toContain('1,200');
  expect(made).not.toHaveBeenCalled();
});

test('an open card picks up a plan the user makes in the popup meanwhile', async () => {
  const stop = followNumbersReader((reader) => void (numbersReader.value = reader));
  try {
    await mount(1);
    flagged.value = [{ ...claimOf(0), claim: { ...claimOf(0).claim, myth: 'rapid-fix', sentence: 'Drop 5 kg in 10 days.' } }];
    openCard.value = 0;
    await flush();
    const fineprint = () => shownText($('.rc-popover .rc-numbers .rc-fineprint'));
    expect(fineprint()).not.toContain('your plan');
    // What the popup's planner saves when the user types their own numbers.
    await savePrefs({ ...DEFAULT_PREFS, raw: { ...DEFAULT_PREFS.raw, weight: '95', height: '180' } });
    await vi.waitFor(() => expect(fineprint()).toContain('and your plan'));
    expect(plain(shownText($('.rc-popover .rc-numbers')))).toMatch(/With your plan from the popup, the projection is 5 kg down around week \d+\./);
  } finally {
    stop();
  }
});

test('after "This isn\'t a myth" focus moves to the confirmation\'s Undo; closing it hands focus to the claims button', async () => {
  await mount(3);
  $('.rc-badge')!.click();
  await flush();
  button('This isn’t a myth')!.click();
  // The content script repaints without the claim.
  flagged.value = flagged.value.slice(1);
  await vi.waitFor(() => expect(document.activeElement).toBe(button('Undo')));
  $('.rc-notice [aria-label="Close this message"]')!.click();
  await flush();
  expect($('.rc-notice')).toBeNull();
  expect(document.activeElement).toBe($('.rc-panel-toggle'));
});

test('Undo hands focus to the claims button too', async () => {
  await mount(2);
  $('.rc-badge')!.click();
  await flush();
  button('This isn’t a myth')!.click();
  await flush();
  button('Undo')!.click();
  await flush();
  expect(document.activeElement).toBe($('.rc-panel-toggle'));
});

test('the open card’s claim is marked apart while the card is open, and no stem is drawn across the page', async () => {
  const a = await mount(3);
  await flush();
  await flush();
  expect(a.current).toHaveBeenLastCalledWith(null);
  openCard.value = 2;
  await flush();
  await flush();
  expect(a.current).toHaveBeenLastCalledWith(2);
  expect($('.rc-stem')).toBeNull();
  openCard.value = null;
  await flush();
  await flush();
  expect(a.current).toHaveBeenLastCalledWith(null);
});

test("a card opened before the card's own parts arrive shows at once with its title and honest answer, focus in its title; \"More\" fills in when they come", async () => {
  await mount(1, actions(), null);
  $('.rc-badge')!.click();
  await flush();
  const myth = MYTHS[0]!;
  expect($('.rc-popover .rc-title')!.textContent).toBe(myth.card.title);
  expect($('.rc-popover .rc-honest')!.textContent).toBe(myth.card.honest);
  expect(document.activeElement).toBe($('.rc-popover .rc-title'));
  expect($('.rc-popover details .rc-claim')).toBeNull();
  cardParts.value = CARD_PARTS;
  await flush();
  expect($('.rc-popover details .rc-claim')!.textContent).toContain(myth.card.claim);
  expect(document.activeElement).toBe($('.rc-popover .rc-title'));
});
