/**
 * Messages between the content script, the popup and the background. Every message crossing a context is
 * parsed here; anything that does not match exactly is dropped.
 */
export type Message =
  /** The content script found `count` claims on its page (0 clears the badge). */
  | { type: 'claims'; count: number }
  /** The user asked for the planner from a card. */
  | { type: 'open-planner' };

const MAX_CLAIMS = 10_000;

export function parseMessage(x: unknown): Message | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  if (m.type === 'claims') {
    const n = m.count;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_CLAIMS ? { type: 'claims', count: n } : null;
  }
  if (m.type === 'open-planner') return { type: 'open-planner' };
  return null;
}

/** Toolbar badge text: the page's claim count wins; otherwise the weekly streak, if any. */
export function badgeText(claims: number | undefined, streakWeeks: number | undefined): string {
  if (claims && claims > 0) return claims > 99 ? '99+' : String(claims);
  if (streakWeeks && streakWeeks > 0) return `${Math.min(streakWeeks, 999)}w`;
  return '';
}

/** Local-storage key of a one-shot request for the popup's first tab (openPopup cannot pass a URL hash). */
export const OPEN_TAB_KEY = 'openTab';
