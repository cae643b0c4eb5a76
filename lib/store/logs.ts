import { browser } from 'wxt/browser';
import { formatDate, formatNumber } from '../i18n/format';
import type { MessageKey, Words } from '../i18n/translate';
import { decodeMonth, encodeSyncItems, merge, monthOfItem, parseEntry, type EntryKind, type LogEntry } from '../log';
import type { CalendarDate } from '../streak/dates';

/**
 * The log store. Local storage is the source of truth; storage.sync is a replica other browsers merge from.
 * Sync is last-writer-wins per key and may replace or drop keys (first sign-in), so every change from sync
 * is merged by union into local, and whatever sync lacks is written back. Nothing here ever deletes an
 * entry: deletes are tombstones, and unreadable data is set aside in `quarantine`, never overwritten.
 */
export const LOCAL_KEY = 'logs';
export const QUARANTINE_KEY = 'quarantine';
/** Sync keys are `l1:YYYY-MM`, one per month (a month over one item's quota goes on in `l1:YYYY-MM+1`, …); the "1" is the encoding version. */
export const SYNC_PREFIX = 'l1:';
/** Chrome's limit for one sync item, key and JSON value together. */
export const SYNC_ITEM_BYTES = 8192;
/** Longest item text: the item limit less the longest key ("l1:YYYY-MM+999") and the value's JSON quotes. */
const ITEM_CHARS = SYNC_ITEM_BYTES - `${SYNC_PREFIX}2026-11+999`.length - 2;
export const SCHEMA_VERSION = 1;
/** Chrome allows 102,400 bytes in sync; keep headroom for settings and the plan. */
export const SYNC_BUDGET = 92_000;
const FLUSH_DELAY_MS = 1500;
const RETRY_MS = 60_000;
/** Item-by-item writes after a refused batch, per flush: Chrome allows 120 writes a minute. */
const SINGLE_WRITES = 20;

export type Status = { kind: 'ok' } | { kind: 'warning' | 'error'; message: Words };

/**
 * A problem as kept beside a set-aside value: a message key and its plain facts, worded when shown, so the
 * stored list reads in whatever language the user has when they look.
 */
export interface Said {
  key: MessageKey;
  n?: number;
  kind?: EntryKind;
  date?: CalendarDate;
  /** A sync item's month (YYYY-MM), or its key when it names none. */
  month?: string;
}

const KIND_WORD: Record<EntryKind, MessageKey> = {
  strength: 'log.kind.strength',
  walk: 'log.kind.walk',
  sleep: 'log.kind.sleep',
  weight: 'log.kind.weight',
  waist: 'log.kind.waist',
  fit: 'log.kind.fit',
};

/** A stored problem in words; a value set aside by an older version has its English text instead. */
export function worded(q: Pick<SetAside, 'said' | 'problem'>): Words | null {
  const s = q.said;
  if (!s || typeof s.key !== 'string') return typeof q.problem === 'string' ? () => q.problem! : null;
  return ({ t, locale }) =>
    t(
      s.key,
      {
        n: typeof s.n === 'number' ? formatNumber(locale, s.n, 0) : '',
        kind: s.kind && KIND_WORD[s.kind] ? t(KIND_WORD[s.kind]) : '',
        date: typeof s.date === 'string' ? formatDate(locale, s.date) : '',
        month: typeof s.month === 'string' ? monthName(s.month, locale) : '',
      },
      typeof s.n === 'number' ? s.n : undefined,
    );
}

const monthName = (month: string, locale: string) =>
  /^\d{4}-\d{2}$/.test(month) ? formatDate(locale, `${month}-01`, { month: 'long', year: 'numeric' }) : month;

/** Several messages as one paragraph. */
const together = (all: readonly Words[]): Words => (i18n) => all.map((w) => w(i18n)).join(' ');

interface Stored {
  v: number;
  entries: unknown[];
}

/** Reads the local value of any age or state. Unknown shapes are reported, not guessed at. */
export function readLocal(raw: unknown): { entries: LogEntry[]; problem?: Said } {
  if (raw === undefined || raw === null) return { entries: [] };
  // Version 0 stored a bare array of entries.
  const rows = Array.isArray(raw) ? raw : (raw as Stored).v === SCHEMA_VERSION && Array.isArray((raw as Stored).entries) ? (raw as Stored).entries : null;
  if (!rows) {
    const v = (raw as Partial<Stored>)?.v;
    return {
      entries: [],
      problem: { key: typeof v === 'number' && v > SCHEMA_VERSION ? 'log.problem.newer' : 'log.problem.unreadable' },
    };
  }
  const entries = rows.map((r) => parseEntry(withShortId(r))).filter((e): e is LogEntry => e !== null);
  const bad = rows.length - entries.length;
  return bad ? { entries, problem: { key: 'log.problem.entries', n: bad } } : { entries };
}

/**
 * Before the one id rule, import let 7-12 character ids into local storage. Each becomes a 6-character id
 * derived from it (FNV-1a), so every browser holding the same old entry migrates it to the same id.
 */
function withShortId(row: unknown): unknown {
  const id = (row as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !/^[0-9a-z]{7,12}$/.test(id)) return row;
  let h = 0x811c9dc5;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return { ...(row as object), id: (h % 36 ** 6).toString(36).padStart(6, '0') };
}

type Listener = (entries: readonly LogEntry[], status: Status) => void;

/** One value set aside: where it came from, what was wrong, and the value itself, untouched. */
export interface SetAside {
  at: string;
  source: string;
  said?: Said;
  /** What was wrong in English words, as versions before `said` stored it. */
  problem?: string;
  raw: unknown;
}

/** JSON with object keys sorted: storage may hand a value back with its keys reordered. */
const canonical = (x: unknown): string =>
  JSON.stringify(x, (_, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

const sameItem = (a: SetAside, b: SetAside) => a.source === b.source && canonical(a.raw) === canonical(b.raw);


export class LogStore {
  entries: LogEntry[] = [];
  status: Status = { kind: 'ok' };
  /** What the user is told, by the problem's stored form, so each is said once. */
  private problems = new Map<string, Words>();
  /** What we last saw in sync, by item key without the prefix: only items whose text changed are written. */
  private synced = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<Listener>();
  /** What this context set aside: written back if another context's write of the list dropped it. */
  private keptHere: SetAside[] = [];
  private stopListening: (() => void) | undefined;

  async load(): Promise<void> {
    const got = await browser.storage.local.get([LOCAL_KEY]);
    const raw = got[LOCAL_KEY];
    const local = readLocal(raw);
    if (local.problem) await this.quarantine('local', raw, local.problem);
    this.entries = local.entries;
    for (const [id, words] of await this.recentProblems()) this.problems.set(id, words);
    await this.pullSync();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LOCAL_KEY in changes) void this.absorbLocal(changes[LOCAL_KEY]!.newValue);
      if (area === 'local' && QUARANTINE_KEY in changes) void this.keepOurs(changes[QUARANTINE_KEY]!.newValue);
      if (area !== 'sync') return;
      const items = Object.entries(changes).filter(([k]) => k.startsWith(SYNC_PREFIX));
      if (items.length) void this.absorb(items.map(([k, c]) => [k, c.newValue]));
    };
    browser.storage.onChanged.addListener(onChanged);
    this.stopListening = () => browser.storage.onChanged.removeListener(onChanged);
    if (this.problems.size) this.setStatus({ kind: 'warning', message: together([...this.problems.values()]) });
    this.emit();
  }

  dispose(): void {
    this.stopListening?.();
    clearTimeout(this.timer);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds or replaces entries (by id) and saves locally at once; sync follows in a batch. An entry the log
   * could not read back (parseEntry) is refused: saved, every context's re-read would set it aside and
   * save again, without end. Returns the refused entries, so the caller does not say they were saved.
   */
  async put(entries: readonly LogEntry[]): Promise<LogEntry[]> {
    const kept: LogEntry[] = [];
    const refused: LogEntry[] = [];
    for (const e of entries) (parseEntry(e) ? kept : refused).push(e);
    this.entries = merge(this.entries, kept);
    await this.saveLocal();
    this.emit();
    this.scheduleFlush();
    return refused;
  }

  /**
   * Writes the items sync lacks, newest months first, within the sync budget. One call for all of them;
   * if that fails, item by item, so one month that cannot be written never holds back the others.
   * Errors never touch local data.
   */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const byMonth = new Map<string, [string, string][]>();
    for (const item of this.syncItems()) {
      const month = item[0].slice(0, 7);
      (byMonth.get(month) ?? byMonth.set(month, []).get(month)!).push(item);
    }
    const months = [...byMonth.keys()].sort().reverse(); // newest first
    const write: Record<string, string> = {};
    let kept = 0;
    let bytes = 0;
    for (const month of months) {
      const items = byMonth.get(month)!;
      bytes += items.reduce((sum, [key, text]) => sum + SYNC_PREFIX.length + key.length + JSON.stringify(text).length, 0);
      if (bytes > SYNC_BUDGET) break;
      kept++;
      for (const [key, text] of items) if (this.synced.get(key) !== text) write[SYNC_PREFIX + key] = text;
    }
    const failed = await this.write(write);
    if (failed.size) {
      const months = [...failed].map(([key, why]) => [key.slice(SYNC_PREFIX.length, SYNC_PREFIX.length + 7), why] as const);
      this.setStatus({
        kind: 'error',
        message: ({ t, locale }) => {
          const what = new Set(months.map(([month, why]) => `${monthName(month, locale)} (${why})`));
          return t('log.sync.paused', { what: [...what].join(', ') });
        },
      });
      this.timer = setTimeout(() => void this.flush(), RETRY_MS);
      return;
    }
    this.setStatus(
      kept < months.length
        ? { kind: 'warning', message: ({ t, locale }) => t('log.sync.kept', { n: formatNumber(locale, kept, 0) }, kept) }
        : this.problems.size
          ? { kind: 'warning', message: together([...this.problems.values()]) }
          : { kind: 'ok' },
    );
  }

  /**
   * Writes items in one call; if that is refused, one by one (newest first, a few per minute, within the
   * write quota) so one bad item never blocks the rest. Returns the keys not written, with the reason.
   */
  private async write(items: Record<string, string>): Promise<Map<string, string>> {
    const failed = new Map<string, string>();
    const keys = Object.keys(items);
    try {
      if (keys.length) await browser.storage.sync.set(items);
    } catch (e) {
      for (const [i, key] of keys.entries()) {
        try {
          if (i >= SINGLE_WRITES) throw e;
          await browser.storage.sync.set({ [key]: items[key] });
        } catch (e) {
          failed.set(key, (e as Error).message);
        }
      }
    }
    for (const key of keys) if (!failed.has(key)) this.synced.set(key.slice(SYNC_PREFIX.length), items[key]!);
    return failed;
  }

  /** Every value set aside so far, oldest first, for the user to export. */
  async setAside(): Promise<SetAside[]> {
    const got = (await browser.storage.local.get([QUARANTINE_KEY]))[QUARANTINE_KEY];
    return Array.isArray(got) ? got : [];
  }

  private syncItems(): Map<string, string> {
    return encodeSyncItems(this.entries, ITEM_CHARS);
  }

  private scheduleFlush(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  private async pullSync(): Promise<void> {
    const all = await browser.storage.sync.get(null);
    await this.absorb(Object.entries(all).filter(([k]) => k.startsWith(SYNC_PREFIX)));
  }

  /** Merges items read from sync into local; if sync lacks anything we have, schedules a write-back. */
  private async absorb(items: [string, unknown][]): Promise<void> {
    const before = this.entries;
    for (const [fullKey, value] of items) {
      const key = fullKey.slice(SYNC_PREFIX.length);
      if (value === undefined) {
        this.synced.delete(key);
        continue;
      }
      const month = monthOfItem(key);
      const { entries, bad } = month ? decodeMonth(month, value) : { entries: [], bad: 1 };
      if (bad) await this.quarantine(fullKey, value, { key: 'log.problem.synced', n: bad, month: month ?? key });
      if (typeof value === 'string') this.synced.set(key, value);
      await this.mergeIn(entries);
    }
    if (this.entries !== before && JSON.stringify(this.entries) !== JSON.stringify(before)) {
      await this.saveLocal();
      this.emit();
    }
    if ([...this.syncItems()].some(([k, text]) => this.synced.get(k) !== text)) this.scheduleFlush();
  }

  /**
   * Another context (popup or background) wrote the local log. Merge it in; if we hold entries it lacks,
   * write the union back. Union only grows, so the contexts converge without ping-pong.
   */
  private async absorbLocal(raw: unknown): Promise<void> {
    const { entries: incoming, problem } = readLocal(raw);
    // Set an unreadable value aside before the union below replaces it.
    if (problem) await this.quarantine('local', raw, problem);
    const before = this.entries;
    await this.mergeIn(incoming);
    const changed = JSON.stringify(this.entries) !== JSON.stringify(before);
    if (JSON.stringify(this.entries) !== JSON.stringify(incoming)) await this.saveLocal();
    if (changed) {
      this.emit();
      this.scheduleFlush();
    }
  }

  /**
   * Merges entries in. A delete always wins, so an edit of ours that the delete did not know about (made at
   * the same time or later) would vanish: it is set aside, and the user is told.
   */
  private async mergeIn(incoming: readonly LogEntry[]): Promise<void> {
    const ours = new Map(this.entries.map((e) => [e.id, e]));
    for (const e of incoming) {
      const mine = ours.get(e.id);
      if (!e.deleted || !mine || mine.deleted || mine.updated < e.updated) continue;
      const problem: Said = { key: 'log.problem.editLost', kind: mine.kind, date: mine.date };
      await this.quarantine('edit lost to a delete', mine, problem);
      this.problems.set(JSON.stringify(problem), worded({ said: problem })!);
      this.setStatus({ kind: 'warning', message: together([...this.problems.values()]) });
    }
    this.entries = merge(this.entries, incoming);
  }

  private async saveLocal(): Promise<void> {
    await browser.storage.local.set({ [LOCAL_KEY]: { v: SCHEMA_VERSION, entries: this.entries } });
  }

  /**
   * Keeps an unreadable (or overruled) value, with what was wrong, where the user can still reach and
   * export it. Never evicts; the same value from the same place is kept once, however often it is met.
   */
  private async quarantine(source: string, raw: unknown, said: Said): Promise<void> {
    const item: SetAside = { at: new Date().toISOString(), source, said, raw };
    if (!this.keptHere.some((q) => sameItem(q, item))) this.keptHere.push(item);
    const list = await this.setAside();
    if (!list.some((q) => sameItem(q, item))) await browser.storage.local.set({ [QUARANTINE_KEY]: [...list, item] });
  }

  /** Another context wrote the set-aside list (a read-modify-write that may have raced ours): keep ours in it. */
  private async keepOurs(value: unknown): Promise<void> {
    const list = Array.isArray(value) ? (value as SetAside[]) : [];
    const missing = this.keptHere.filter((mine) => !list.some((q) => sameItem(q, mine)));
    if (missing.length) await browser.storage.local.set({ [QUARANTINE_KEY]: [...list, ...missing] });
  }

  /** Problems set aside in the last two weeks, by any context: the popup tells the user about them. */
  private async recentProblems(): Promise<[string, Words][]> {
    const since = new Date(Date.now() - 14 * 86_400_000).toISOString();
    return (await this.setAside()).flatMap((q) => {
      const words = q.at >= since ? worded(q) : null;
      return words ? [[JSON.stringify(q.said ?? q.problem), words] as [string, Words]] : [];
    });
  }

  private setStatus(s: Status): void {
    this.status = s;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.entries, this.status);
  }
}
