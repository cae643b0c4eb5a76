/**
 * Messages between the content script, the popup and the background. Every message crossing a context is
 * parsed here; anything that does not match exactly is dropped.
 */
import type { Claim } from './detect/types';
import type { ClaimRef } from './store/dismissals';

export type Message =
  /** The content script found `count` claims on its page (0 clears the badge). */
  | { type: 'claims'; count: number }
  /** The user asked for the planner from a card. */
  | { type: 'open-planner' }
  /**
   * The content script asks the background to judge its page's joined text; the answer is a JudgeReply,
   * without the claims the user dismissed on `url`.
   */
  | { type: 'judge'; text: string; url: string }
  /** The content script asks whether flagging is on for `url` (before reading anything); the answer is a PageSetup. */
  | { type: 'page-setup'; url: string }
  /**
   * The first content script found fitness words on `url`: where flagging is on there, the background injects
   * the flagger into its isolated world; the answer is a PageSetup.
   */
  | { type: 'flag-page'; url: string }
  /** The user said a claim on `url` is not a myth (`dismissed`), or took that back; answered once saved. */
  | { type: 'dismissal'; url: string; claim: ClaimRef; dismissed: boolean }
  /** The user turned flagging off (or back on) for `url`'s site; answered once saved. */
  | { type: 'site'; url: string; off: boolean }
  /** The user turned flagging off everywhere; answered once saved. */
  | { type: 'flagging-off' }
  /** The content script has claims and needs the overlay (the plain badge) injected into its isolated world. */
  | { type: 'load-ui' }
  /** The user reached for the overlay: Preact, the panel and the cards (panel.js, card.js) are injected too. */
  | { type: 'load-panel' }
  /** The popup asks what was found on a tab's page; the background answers with a TabStatus. */
  | { type: 'tab-status'; tabId: number };

/**
 * The background's answer to a 'judge' message: the claims to mark, one per sentence, in page order, as flat
 * numbers, CLAIM_FIELDS per claim: start, end, the myth's index in `myths`, confidence in thousandths. No
 * sentences (the content script slices them from the text it sent) and no keys: the 1 MB bench page's 10,000
 * claims as objects were 1,459 kB of JSON for the page to parse (9.4 ms in Node), flat 193 kB (0.9 ms).
 */
export interface JudgeReply {
  myths: string[];
  claims: number[];
}
const CLAIM_FIELDS = 4;

export function toReply(claims: readonly Claim[]): JudgeReply {
  const myths = [...new Set(claims.map((c) => c.myth))];
  return { myths, claims: claims.flatMap((c) => [c.start, c.end, myths.indexOf(c.myth), Math.round(c.confidence * 1000)]) };
}

/** The background's answer to 'page-setup'. The content script carries no storage code: settings come from here. */
export interface PageSetup {
  active: boolean;
}

/** Whether `x` is an answer to 'page-setup' or 'flag-page' at all (not a lost reply). */
export const isPageSetup = (x: unknown): x is PageSetup => typeof (x as Partial<PageSetup> | null)?.active === 'boolean';

/** Reads the answer to 'page-setup'; no answer (a background that could not reply) reads as the default, on. */
export const parsePageSetup = (x: unknown): PageSetup => ({ active: (x as Partial<PageSetup> | null)?.active !== false });

/** What the background tells content scripts when settings change; each asks 'page-setup' again. */
export const SETTINGS_CHANGED = { type: 'settings-changed' } as const;
export const isSettingsChanged = (x: unknown) => (x as { type?: unknown } | null)?.type === SETTINGS_CHANGED.type;

/** What the background knows about a tab: the page's host and its claim count, each null when unknown. */
export interface TabStatus {
  host: string | null;
  claims: number | null;
}

/** The most claims one reply (and one badge count) carries: a longer page gets its first ones marked. */
export const MAX_CLAIMS = 10_000;
/**
 * The most text one judge message carries (UTF-16 units). Chrome caps a message at 64 MB; past this size the
 * content script sends the page in parts, so no single message or detector run is unbounded.
 */
export const MAX_JUDGE_TEXT = 1 << 21;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

const HOST = /^[a-z0-9.-]{1,253}$/;
const isPageUrl = (x: unknown): x is string => typeof x === 'string' && x.length <= 8192 && /^https?:\/\//.test(x);
/** The longest sentence a dismissal keeps (lib/store/dismissals drops longer ones). */
const MAX_SENTENCE = 2000;

function parseClaimRef(x: unknown): ClaimRef | null {
  const { myth, sentence } = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  if (typeof myth !== 'string' || !/^[a-z-]{1,64}$/.test(myth)) return null;
  if (typeof sentence !== 'string' || !sentence.length || sentence.length > MAX_SENTENCE) return null;
  return { myth: myth as Claim['myth'], sentence };
}

/** Reads the background's answer; anything malformed reads as "unknown", never as a count. */
export function parseTabStatus(x: unknown): TabStatus {
  const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const host = typeof r.host === 'string' && HOST.test(r.host) ? r.host : null;
  const n = r.claims;
  return { host, claims: isCount(n) && n <= MAX_CLAIMS ? n : null };
}

export function parseMessage(x: unknown): Message | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  if (m.type === 'claims') {
    const n = m.count;
    return isCount(n) && n <= MAX_CLAIMS ? { type: 'claims', count: n } : null;
  }
  if (m.type === 'open-planner') return { type: 'open-planner' };
  if (m.type === 'load-ui' || m.type === 'load-panel') return { type: m.type };
  if (m.type === 'judge') {
    return typeof m.text === 'string' && m.text.length <= MAX_JUDGE_TEXT && isPageUrl(m.url) ? { type: 'judge', text: m.text, url: m.url } : null;
  }
  if (m.type === 'page-setup' || m.type === 'flag-page') return isPageUrl(m.url) ? { type: m.type, url: m.url } : null;
  if (m.type === 'dismissal') {
    const claim = parseClaimRef(m.claim);
    return claim && isPageUrl(m.url) && typeof m.dismissed === 'boolean' ? { type: 'dismissal', url: m.url, claim, dismissed: m.dismissed } : null;
  }
  if (m.type === 'site') return isPageUrl(m.url) && typeof m.off === 'boolean' ? { type: 'site', url: m.url, off: m.off } : null;
  if (m.type === 'flagging-off') return { type: 'flagging-off' };
  if (m.type === 'tab-status') {
    const id = m.tabId;
    return isCount(id) ? { type: 'tab-status', tabId: id } : null;
  }
  return null;
}

/**
 * Parses the background's reply to judging `text`: claims must lie inside it, and each gets its sentence back
 * from it. Myth ids are checked where cards are looked up (the UI script), so the content script carries no
 * catalog.
 */
export function parseJudgeReply(x: unknown, text: string): Claim[] | null {
  const { myths, claims: flat } = (typeof x === 'object' && x !== null ? x : {}) as Partial<Record<keyof JudgeReply, unknown>>;
  if (!Array.isArray(myths) || !Array.isArray(flat) || flat.length % CLAIM_FIELDS || flat.length > MAX_CLAIMS * CLAIM_FIELDS) return null;
  const claims: Claim[] = [];
  for (let i = 0; i < flat.length; i += CLAIM_FIELDS) {
    const start: unknown = flat[i], end: unknown = flat[i + 1], m: unknown = flat[i + 2], confidence: unknown = flat[i + 3];
    const myth: unknown = isCount(m) ? myths[m] : undefined;
    if (typeof myth !== 'string' || !isCount(start) || !isCount(end) || start >= end || end > text.length || !isCount(confidence)) return null;
    claims.push({ myth: myth as Claim['myth'], start, end, sentence: text.slice(start, end), confidence: confidence / 1000 });
  }
  return claims;
}

/** Toolbar badge text: the page's claim count wins; otherwise the weekly streak, if any. */
export function badgeText(claims: number | undefined, streakWeeks: number | undefined): string {
  if (claims && claims > 0) return claims > 99 ? '99+' : String(claims);
  if (streakWeeks && streakWeeks > 0) return `${Math.min(streakWeeks, 999)}w`;
  return '';
}

/** Local-storage key of a one-shot request for the popup's first tab (openPopup cannot pass a URL hash). */
export const OPEN_TAB_KEY = 'openTab';
