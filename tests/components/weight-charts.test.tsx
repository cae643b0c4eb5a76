import { afterEach, beforeEach, expect, test } from 'vitest';
import { coach } from '../../components/popup/progress-store';
import { logEntry, selectTab, today } from '../../components/popup/store';
import { addDays } from '../../lib/streak';
import { flush, mountPopup, unmount } from './popup-mount';

let root: HTMLElement;
beforeEach(async () => {
  root = await mountPopup('streak');
});
afterEach(() => unmount(root));

/** The weight chart on a tab: legend words, dots drawn, y tick labels and the table's last row. */
async function chartOn(tab: 'streak' | 'progress') {
  selectTab(tab);
  await flush();
  const chart = [...root.querySelectorAll('figure.chart')].find((f) => /weigh-ins/i.test(f.textContent ?? ''))!;
  const kg = (s: string | null) => Number.parseFloat(s ?? '');
  return {
    keys: [...chart.querySelectorAll('.keys .key')].map((k) => k.textContent),
    dots: chart.querySelectorAll('circle').length,
    ticks: [...chart.querySelectorAll('text.tick')].map((t) => t.textContent).filter((t) => /kg$/.test(t ?? '')).map(kg),
    lastRow: [...[...chart.querySelectorAll('tbody tr')].at(-1)!.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent),
  };
}

test('the Streak and Progress weight charts: one legend word, the same trend, slips set aside on both, one axis rule', async () => {
  coach.value = { ...coach.value, planStart: addDays(today.value, -13) };
  // Two weeks a hair either side of 72 kg, and one slip (a typo, a scale on a rug).
  for (let ago = 13; ago >= 0; ago--) await logEntry('weight', ago === 6 ? 79 : 72 + (ago % 3) * 0.2, undefined, addDays(today.value, -ago), true);
  await flush();
  const streak = await chartOn('streak');
  const progress = await chartOn('progress');
  expect(streak.keys).toEqual(['Weigh-ins', 'Trend']);
  expect(progress.keys).toEqual(streak.keys);
  expect(streak.dots).toBe(13);
  expect(progress.dots).toBe(13);
  // The last day's weigh-in and trend read the same on both (the tables' last rows: day, weigh-in, trend).
  expect(progress.lastRow.slice(1)).toEqual(streak.lastRow.slice(1));
  // A 0.4 kg wobble is drawn on an axis at least 2 kg tall, not stretched into a cliff.
  expect(Math.max(...streak.ticks) - Math.min(...streak.ticks)).toBeGreaterThanOrEqual(2);
});
