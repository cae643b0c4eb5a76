import type { LogEntry } from './entry';

/** A second identical tap within this long is more likely a double tap than a second session. */
export const REPEAT_WINDOW_MS = 20_000;

/** True when `next` would log the same thing on the same day as `last`, moments after it. */
export function isRepeat(last: { entry: LogEntry; at: number } | null, next: Pick<LogEntry, 'date' | 'kind' | 'value' | 'detail'>, now: number): boolean {
  if (!last) return false;
  const e = last.entry;
  return now - last.at >= 0 && now - last.at < REPEAT_WINDOW_MS && e.date === next.date && e.kind === next.kind && e.value === next.value && e.detail === next.detail;
}
