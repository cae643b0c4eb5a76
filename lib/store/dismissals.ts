import { formatNumber } from '../i18n/format';
import type { Words } from '../i18n/translate';
import { isMythId } from '../myths/cards';
import type { MythId } from '../myths/types';
import { safeItem } from './safe-item';

/**
 * Claims the user said are not myths ("This isn't a myth"), per page. Local storage only: the list is the
 * user's to see and export, and never leaves the browser (sync would carry it to the browser vendor).
 */
export interface Dismissal {
  /** Origin and path of the page (see pageKey). */
  page: string;
  myth: MythId;
  /** The flagged sentence, as the detector reported it. */
  sentence: string;
  /** When it was dismissed (ms since epoch). */
  at: number;
}

/** What identifies one claim on a page: a re-scan finds the same myth in the same sentence. */
export type ClaimRef = Pick<Dismissal, 'myth' | 'sentence'>;

export const DISMISSALS_KEY = 'local:dismissals';
/** Bounded so a long history cannot grow storage without end; the oldest go first. */
const MAX = 500;
const MAX_TEXT = 2000;

/** One page, whatever its query string or fragment (tracking parameters, anchors). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return u.origin + u.pathname;
  } catch {
    return url;
  }
}

const same = (d: Dismissal, page: string, c: ClaimRef) => d.page === page && d.myth === c.myth && d.sentence === c.sentence;

export const isDismissed = (list: readonly Dismissal[], page: string, c: ClaimRef) => list.some((d) => same(d, page, c));

export function withDismissal(list: readonly Dismissal[], page: string, c: ClaimRef, at: number): Dismissal[] {
  if (isDismissed(list, page, c)) return [...list];
  return [...list, { page, myth: c.myth, sentence: c.sentence, at }].slice(-MAX);
}

export const withoutDismissal = (list: readonly Dismissal[], page: string, c: ClaimRef): Dismissal[] =>
  list.filter((d) => !same(d, page, c));

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_TEXT;
/** A time a Date can hold (100,000,000 days either side of 1970): the page shows and exports it as a date. */
const isTime = (x: unknown): x is number => typeof x === 'number' && Math.abs(x) <= 8.64e15;

/** Any stored value read as a list: entries that are not well-formed are skipped, never thrown on. */
export function parseDismissals(raw: unknown): Dismissal[] {
  const items = typeof raw === 'object' && raw !== null ? (raw as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return [];
  return items
    .filter((d): d is Dismissal => {
      const r = d as Partial<Dismissal> | null;
      return isText(r?.page) && isMythId(r.myth) && isText(r.sentence) && isTime(r.at);
    })
    .map(({ page, myth, sentence, at }) => ({ page, myth, sentence, at }))
    .slice(-MAX);
}

/** The export the user downloads: plain JSON with readable dates. */
export function dismissalsAsJson(list: readonly Dismissal[]): string {
  return JSON.stringify({ dismissed: list.map((d) => ({ ...d, at: new Date(d.at).toISOString() })) }, null, 2);
}

/** What a stored value loses when read, in words; null when nothing (or nothing yet) was stored. */
export function dismissalsProblem(raw: unknown): Words | null {
  if (raw === undefined || raw === null) return null;
  const items = typeof raw === 'object' ? (raw as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return ({ t }) => t('store.dismissals.all');
  const lost = items.length - parseDismissals(raw).length;
  return lost > 0 ? ({ t, locale }) => t('store.dismissals.some', { n: formatNumber(locale, lost, 0) }, lost) : null;
}

const item = safeItem(DISMISSALS_KEY, (raw) => ({ v: 1 as const, items: parseDismissals(raw) }), { v: 1, items: [] }, dismissalsProblem);
export const loadDismissals = async () => (await item.load()).items;
export const dismissalsLoadProblem = item.problem;
export const saveDismissals = (items: Dismissal[]) => item.save({ v: 1, items });
export const watchDismissals = (cb: (items: Dismissal[]) => void) => item.watch((v) => cb(v.items));
