import type { DayActivity } from '../streak';
import type { LogEntry } from './entry';

/** Folds log entries into per-day activity for the streak: sessions counted, a walk of any length counts. */
export function toDays(entries: readonly LogEntry[]): DayActivity[] {
  const days = new Map<string, DayActivity>();
  for (const e of entries) {
    if (e.deleted || (e.kind !== 'strength' && e.kind !== 'walk')) continue;
    const d = days.get(e.date) ?? { date: e.date, strength: 0, walked: false };
    if (e.kind === 'strength') d.strength += 1;
    else d.walked = true;
    days.set(e.date, d);
  }
  return [...days.values()];
}
