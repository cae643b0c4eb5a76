/** Gives the page's own tasks (input, rendering) a turn before the next piece of our work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((ok) => setTimeout(ok, 0));
}

/** Resolves when the page is idle (or after a second at most), for work nobody is waiting on. */
export const whenIdle = (): Promise<void> => new Promise((ok) => requestIdleCallback(() => ok(), { timeout: 1000 }));


/** Resolves once the next frame has been rendered (style and layout done by the browser, not forced by us). */
export const afterFrame = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
