import { browser } from 'wxt/browser';
import { decodeMonth, encodeMonths, merge, parseEntry, type LogEntry } from '../log';

/**
 * The log store. Local storage is the source of truth; storage.sync is a replica other browsers merge from.
 * Sync is last-writer-wins per key and may replace or drop keys (first sign-in), so every change from sync
 * is merged by union into local, and whatever sync lacks is written back. Nothing here ever deletes an
 * entry: deletes are tombstones, and unreadable data is set aside in `quarantine`, never overwritten.
 */
export const LOCAL_KEY = 'logs';
export const QUARANTINE_KEY = 'quarantine';
/** Sync keys are `l1:YYYY-MM`, one per month; the "1" is the encoding version. */
export const SYNC_PREFIX = 'l1:';
export const SCHEMA_VERSION = 1;
/** Chrome allows 102,400 bytes in sync; keep headroom for settings and the plan. */
export const SYNC_BUDGET = 92_000;
const FLUSH_DELAY_MS = 1500;
const RETRY_MS = 60_000;

export type Status = { kind: 'ok' } | { kind: 'warning' | 'error'; message: string };

interface Stored {
  v: number;
  entries: unknown[];
}

/** Reads the local value of any age or state. Unknown shapes are reported, not guessed at. */
export function readLocal(raw: unknown): { entries: LogEntry[]; problem?: string } {
  if (raw === undefined || raw === null) return { entries: [] };
  // Version 0 stored a bare array of entries.
  const rows = Array.isArray(raw) ? raw : (raw as Stored).v === SCHEMA_VERSION && Array.isArray((raw as Stored).entries) ? (raw as Stored).entries : null;
  if (!rows) {
    const v = (raw as Partial<Stored>)?.v;
    return {
      entries: [],
      problem:
        typeof v === 'number' && v > SCHEMA_VERSION
          ? 'Your log was saved by a newer version of Reality Check. It is kept aside untouched; update the extension to see it.'
          : 'Your saved log could not be read. It is kept aside untouched, and new logs are saved normally.',
    };
  }
  const entries = rows.map(parseEntry).filter((e): e is LogEntry => e !== null);
  const bad = rows.length - entries.length;
  return bad ? { entries, problem: `${bad} saved ${bad === 1 ? 'entry' : 'entries'} could not be read and ${bad === 1 ? 'was' : 'were'} kept aside.` } : { entries };
}

type Listener = (entries: readonly LogEntry[], status: Status) => void;

export class LogStore {
  entries: LogEntry[] = [];
  status: Status = { kind: 'ok' };
  private problems: string[] = [];
  /** What we last saw in sync, by month: only months whose text changed are written. */
  private synced = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<Listener>();
  private stopListening: (() => void) | undefined;

  async load(): Promise<void> {
    const got = await browser.storage.local.get([LOCAL_KEY]);
    const raw = got[LOCAL_KEY];
    const local = readLocal(raw);
    if (local.problem) await this.quarantine('local', raw, local.problem);
    this.entries = local.entries;
    this.problems.push(...(await this.recentProblems()));
    await this.pullSync();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LOCAL_KEY in changes) void this.absorbLocal(changes[LOCAL_KEY]!.newValue);
      if (area !== 'sync') return;
      const months = Object.entries(changes).filter(([k]) => k.startsWith(SYNC_PREFIX));
      if (months.length) void this.absorb(months.map(([k, c]) => [k, c.newValue]));
    };
    browser.storage.onChanged.addListener(onChanged);
    this.stopListening = () => browser.storage.onChanged.removeListener(onChanged);
    if (this.problems.length) this.setStatus({ kind: 'warning', message: this.problems.join(' ') });
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

  /** Adds or replaces entries (by id) and saves locally at once; sync follows in a batch. */
  async put(entries: readonly LogEntry[]): Promise<void> {
    this.entries = merge(this.entries, entries);
    await this.saveLocal();
    this.emit();
    this.scheduleFlush();
  }

  /** Writes the months sync lacks, in one call, within the sync budget. Errors never touch local data. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const months = [...encodeMonths(this.entries)].sort(([a], [b]) => (a < b ? 1 : -1)); // newest first
    const write: Record<string, string> = {};
    let bytes = 0;
    let kept = 0;
    for (const [month, text] of months) {
      bytes += SYNC_PREFIX.length + month.length + JSON.stringify(text).length;
      if (bytes > SYNC_BUDGET) break;
      kept++;
      if (this.synced.get(month) !== text) write[SYNC_PREFIX + month] = text;
    }
    try {
      if (Object.keys(write).length) await browser.storage.sync.set(write);
      for (const [key, text] of Object.entries(write)) this.synced.set(key.slice(SYNC_PREFIX.length), text);
      this.setStatus(
        kept < months.length
          ? { kind: 'warning', message: `Sync carries your latest ${kept} months; older logs stay safe in this browser.` }
          : this.problems.length
            ? { kind: 'warning', message: this.problems.join(' ') }
            : { kind: 'ok' },
      );
    } catch (e) {
      this.setStatus({
        kind: 'error',
        message: `Sync paused (${(e as Error).message}). Every log is saved in this browser; syncing retries in a minute.`,
      });
      this.timer = setTimeout(() => void this.flush(), RETRY_MS);
    }
  }

  private scheduleFlush(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  private async pullSync(): Promise<void> {
    const all = await browser.storage.sync.get(null);
    await this.absorb(Object.entries(all).filter(([k]) => k.startsWith(SYNC_PREFIX)));
  }

  /** Merges months read from sync into local; if sync lacks anything we have, schedules a write-back. */
  private async absorb(months: [string, unknown][]): Promise<void> {
    const before = this.entries;
    for (const [key, value] of months) {
      const month = key.slice(SYNC_PREFIX.length);
      if (value === undefined) {
        this.synced.delete(month);
        continue;
      }
      const { entries, bad } = decodeMonth(month, value);
      if (bad) await this.quarantine(key, value, `${bad} synced ${bad === 1 ? 'entry' : 'entries'} from ${month} could not be read and ${bad === 1 ? 'was' : 'were'} kept aside.`);
      if (typeof value === 'string') this.synced.set(month, value);
      this.entries = merge(this.entries, entries);
    }
    if (this.entries !== before && JSON.stringify(this.entries) !== JSON.stringify(before)) {
      await this.saveLocal();
      this.emit();
    }
    const ours = encodeMonths(this.entries);
    if ([...ours].some(([m, text]) => this.synced.get(m) !== text)) this.scheduleFlush();
  }

  /**
   * Another context (popup or background) wrote the local log. Merge it in; if we hold entries it lacks,
   * write the union back. Union only grows, so the contexts converge without ping-pong.
   */
  private async absorbLocal(raw: unknown): Promise<void> {
    const { entries: incoming, problem } = readLocal(raw);
    // Set an unreadable value aside before the union below replaces it.
    if (problem) await this.quarantine('local', raw, problem);
    const mergedEntries = merge(this.entries, incoming);
    const changed = JSON.stringify(mergedEntries) !== JSON.stringify(this.entries);
    this.entries = mergedEntries;
    if (JSON.stringify(mergedEntries) !== JSON.stringify(incoming)) await this.saveLocal();
    if (changed) {
      this.emit();
      this.scheduleFlush();
    }
  }

  private async saveLocal(): Promise<void> {
    await browser.storage.local.set({ [LOCAL_KEY]: { v: SCHEMA_VERSION, entries: this.entries } });
  }

  private async quarantined(): Promise<{ at: string; problem?: string }[]> {
    const got = (await browser.storage.local.get([QUARANTINE_KEY]))[QUARANTINE_KEY];
    return Array.isArray(got) ? got : [];
  }

  /** Keeps an unreadable value, with what was wrong, where the user (or support) can still reach it. */
  private async quarantine(source: string, raw: unknown, problem: string): Promise<void> {
    const list = await this.quarantined();
    await browser.storage.local.set({ [QUARANTINE_KEY]: [...list, { at: new Date().toISOString(), source, problem, raw }].slice(-20) });
  }

  /** Problems set aside in the last two weeks, by any context: the popup tells the user about them. */
  private async recentProblems(): Promise<string[]> {
    const since = new Date(Date.now() - 14 * 86_400_000).toISOString();
    const recent = (await this.quarantined()).filter((q) => q.at >= since && typeof q.problem === 'string');
    return [...new Set(recent.map((q) => q.problem!))];
  }

  private setStatus(s: Status): void {
    this.status = s;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.entries, this.status);
  }
}
