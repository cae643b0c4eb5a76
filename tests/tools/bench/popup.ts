/**
 * Popup cost in Chromium: time to first render (the store's ready mark) as a ratio to a blank extension
 * page's navigation in the same run; and bytes used in storage.sync per year of daily logs.
 */
import { addDays } from '../../../lib/streak';
import { encodeMonths, stamp, type LogEntry } from '../../../lib/log';
import { SYNC_PREFIX } from '../../../lib/store/logs';
import { launch } from '../../e2e/harness';

async function popupTiming(): Promise<void> {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const ready: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html?run=${i}`);
      await page.waitForFunction(() => performance.getEntriesByName('reality-check:popup-ready').length > 0);
      ready.push(await page.evaluate(() => performance.getEntriesByName('reality-check:popup-ready')[0]!.startTime));
      await page.goto(`chrome-extension://${browser.extensionId}/manifest.json?run=${i}`);
      blank.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    console.log(`popup ready (logs loaded, first render): ${median(ready).toFixed(1)} ms; ${(median(ready) / median(blank)).toFixed(2)}x a bare extension page load (${median(blank).toFixed(1)} ms)`);
  } finally {
    await browser.close();
  }
}

function syncBytesPerYear(): void {
  // A busy year: a strength session 4 days a week, a walk every day, sleep every day, weight twice a week.
  const entries: LogEntry[] = [];
  let n = 0;
  const id = () => (n++).toString(36).padStart(6, '0');
  for (let d = 0; d < 365; d++) {
    const date = addDays('2026-01-01', d);
    const updated = stamp(Date.UTC(2026, 0, 1) + d * 86_400_000);
    entries.push({ id: id(), date, kind: 'walk', value: 35, detail: 'min', updated });
    entries.push({ id: id(), date, kind: 'sleep', value: 7.5, updated });
    if (d % 7 < 4) entries.push({ id: id(), date, kind: 'strength', value: 1, detail: 'full', updated });
    if (d % 7 === 0 || d % 7 === 3) entries.push({ id: id(), date, kind: 'weight', value: 72.4, updated });
  }
  const bytes = [...encodeMonths(entries)].reduce((sum, [m, v]) => sum + SYNC_PREFIX.length + m.length + JSON.stringify(v).length, 0);
  const json = JSON.stringify(entries).length;
  console.log(
    `sync bytes for one busy year (${entries.length} logs): ${(bytes / 1024).toFixed(1)} kB (${(bytes / entries.length).toFixed(1)} B/log; plain JSON would be ${(json / 1024).toFixed(1)} kB); one log a day: ${((365 * bytes) / entries.length / 1024).toFixed(1)} kB/year`,
  );
}

export default async function popupBench(): Promise<void> {
  syncBytesPerYear();
  await popupTiming();
}
