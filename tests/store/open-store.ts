import { afterEach, vi } from 'vitest';
import { LogStore } from '../../lib/store/logs';

const stores: LogStore[] = [];

/** A loaded LogStore that is disposed after the test, with mocks and timers restored. */
export async function open(): Promise<LogStore> {
  const s = new LogStore();
  stores.push(s);
  await s.load();
  return s;
}

afterEach(() => {
  for (const s of stores.splice(0)) s.dispose();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
