/**
 * The overlay as a user meets it: seen, clicked with the mouse, tabbed to. Its shadow root is closed, so
 * neither a page script, Playwright or puppeteer selectors nor axe can enter it; DevTools (CDP in Chromium)
 * and WebDriver BiDi (Firefox) can. Each engine gives a `Driver` that runs a function on the root, which
 * the test holds and the page never does; clicks and keys are real input, so a click reaches the overlay
 * only where the user's would. Selectors below match inside the shadow root.
 */
import type { Box } from '../../components/overlay/place';

export type { Box };

export interface Driver {
  /** Runs `fn` (source text) as `fn(root, ...args)` on the overlay's shadow root; null when not mounted. */
  call<T>(fn: string, ...args: unknown[]): Promise<T | null>;
  /** A real mouse click at viewport px. */
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
}

export interface OverlayProbe {
  /** Elements matching `selector` whose text contains `text` (when given). */
  count(selector: string, text?: string): Promise<number>;
  /** Waits until `selector` (with `text`) matches, or fails after `timeout` ms. */
  waitFor(selector: string, text?: string, timeout?: number): Promise<void>;
  /** textContent of the first match, or null. */
  text(selector: string, text?: string): Promise<string | null>;
  /** The first match's box in viewport px, or null. */
  box(selector: string, text?: string): Promise<Box | null>;
  /** A real mouse click in the middle of the first match (waited for), scrolled into view; fails if something covers it. */
  click(selector: string, text?: string): Promise<void>;
  /** Presses Tab until focus is on or inside `selector` (the user's keyboard path; fails after `max` presses). */
  tabTo(selector: string, max?: number): Promise<void>;
  /** True when focus is on or inside the first match of `selector`. */
  focused(selector: string): Promise<boolean>;
  /** Waits until every animation in the overlay (the card's entrance) has finished: what a screenshot or axe sees is the card at rest. */
  settled(): Promise<void>;
  /** Runs `fn` on the overlay's shadow root in the page (for what the helpers above do not cover). */
  read<T, A>(fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T>;
}

// Run in the page: the matches of a selector, filtered by text.
const MATCHES = `(root, selector, text) => [...root.querySelectorAll(selector)].filter((el) => text == null || (el.textContent ?? '').includes(text))`;
const BOX = `(el) => { const r = el.getBoundingClientRect(); return { top: r.top, left: r.left, right: r.right, bottom: r.bottom }; }`;
/** Where to click: the middle of the element once it is in view, and what covers that spot, if anything. */
const TARGET = `(el) => {
  const r0 = el.getBoundingClientRect();
  if (r0.top < 0 || r0.bottom > innerHeight || r0.left < 0 || r0.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const top = el.getRootNode().elementFromPoint(x, y);
  return { x, y, covered: top && (top === el || el.contains(top)) ? null : String(top && top.outerHTML.slice(0, 80)) };
}`;

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function overlayProbe(driver: Driver): OverlayProbe {
  const what = (selector: string, text?: string) => `${selector}${text ? ` with "${text}"` : ''}`;
  const onFirst = <T>(body: string, selector: string, text?: string) =>
    driver.call<T>(`(root, selector, text) => { const el = (${MATCHES})(root, selector, text)[0]; return el ? (${body})(el) : null; }`, selector, text ?? null);

  const probe: OverlayProbe = {
    count: async (selector, text) => (await driver.call<number>(`(root, s, t) => (${MATCHES})(root, s, t).length`, selector, text ?? null)) ?? 0,
    async waitFor(selector, text, timeout = 5000) {
      const until = Date.now() + timeout;
      while ((await probe.count(selector, text)) === 0) {
        if (Date.now() > until) throw new Error(`overlay: no ${what(selector, text)} after ${timeout} ms`);
        await pause(50);
      }
    },
    text: (selector, text) => onFirst<string>(`(el) => el.textContent`, selector, text),
    box: (selector, text) => onFirst<Box>(BOX, selector, text),
    async click(selector, text) {
      // What a click opens may come a moment later (the panel's script is injected on the reader's reach).
      await probe.waitFor(selector, text);
      const hit = await onFirst<{ x: number; y: number; covered: string | null }>(TARGET, selector, text);
      if (!hit) throw new Error(`overlay: nothing to click at ${what(selector, text)}`);
      if (hit.covered) throw new Error(`overlay: ${what(selector, text)} is covered by ${hit.covered}`);
      await driver.click(hit.x, hit.y);
    },
    async tabTo(selector, max = 30) {
      for (let i = 0; i < max; i++) {
        if (await probe.focused(selector)) return;
        await driver.press('Tab');
      }
      throw new Error(`overlay: ${max} Tab presses never reached ${selector}`);
    },
    focused: async (selector) =>
      (await driver.call<boolean>(`(root, s) => { const a = root.activeElement; return !!a && !!a.closest(s); }`, selector)) ?? false,
    // A cancelled animation rejects `finished`; it is over all the same.
    settled: async () => void (await driver.call(`(root) => Promise.all(root.getAnimations().map((a) => a.finished.catch(() => null))).then(() => true)`)),
    read: async (fn, arg) => (await driver.call(fn.toString(), arg)) as Awaited<ReturnType<typeof fn>>,
  };
  return probe;
}

/** The overlay's host element: the one thing of ours in the page's tree. */
export const OVERLAY_HOST = 'reality-check-overlay';
