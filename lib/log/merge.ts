import type { LogEntry } from './entry';

/**
 * Which of two versions of one entry wins. A total order, so merging is commutative, associative and
 * idempotent: a tombstone beats any edit (a delete stays deleted), then the later edit, then a fixed
 * tie-break on content so two browsers always agree.
 */
export function newer(a: LogEntry, b: LogEntry): LogEntry {
  if (!!a.deleted !== !!b.deleted) return a.deleted ? a : b;
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** Union of two logs by entry id, each id resolved by `newer`. Never drops an id either side has. */
export function merge(a: readonly LogEntry[], b: readonly LogEntry[]): LogEntry[] {
  const byId = new Map<string, LogEntry>();
  for (const e of [...a, ...b]) {
    const seen = byId.get(e.id);
    byId.set(e.id, seen ? newer(seen, e) : e);
  }
  return [...byId.values()].sort((x, y) => (x.date === y.date ? (x.id < y.id ? -1 : 1) : x.date < y.date ? -1 : 1));
}

/** Entries a user sees: tombstones hidden. */
export const live = (entries: readonly LogEntry[]) => entries.filter((e) => !e.deleted);
