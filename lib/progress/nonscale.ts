import { FIT_NAME, type Fit, type LogEntry } from '../log/entry';
import { daysBetween, type CalendarDate } from '../streak/dates';

/** Progress the scale misses: the waist, and how clothes fit. Both often move first. */
export interface NonScale {
  /** Waist now against the first waist measured since the plan started, cm (negative is smaller). */
  waist: { first: number; latest: number; change: number; since: CalendarDate; points: { date: CalendarDate; cm: number }[] } | null;
  /** The latest clothes-fit log, and how many "looser" logs since the plan started. */
  fit: { latest: Fit; date: CalendarDate; looser: number } | null;
}

export function nonScale(entries: readonly LogEntry[], planStart: CalendarDate, today: CalendarDate): NonScale {
  const mine = entries
    .filter((e) => !e.deleted && e.date >= planStart && e.date <= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.updated - b.updated));
  const waists = mine.filter((e) => e.kind === 'waist').map((e) => ({ date: e.date, cm: e.value }));
  const fits = mine.filter((e) => e.kind === 'fit' && FIT_NAME[e.value]);
  const first = waists[0];
  const last = waists.at(-1);
  return {
    waist:
      first && last && daysBetween(first.date, last.date) > 0
        ? { first: first.cm, latest: last.cm, change: Math.round((last.cm - first.cm) * 10) / 10, since: first.date, points: waists }
        : null,
    fit: fits.length ? { latest: FIT_NAME[fits.at(-1)!.value]!, date: fits.at(-1)!.date, looser: fits.filter((e) => FIT_NAME[e.value] === 'looser').length } : null,
  };
}
