/// <reference types="chrome" />
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOT_DIR, type ExtensionBrowser } from './harness';
import { READ_EXAMPLES, scenarioContext } from '../../lib/progress/examples';
import { addDays, dayOf } from '../../lib/streak';
import { plain } from '../claim-numbers/plain';
import type { LogEntry } from '../../lib/log';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(() => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const popupUrl = (hash = '') => `chrome-extension://${browser.extensionId}/popup.html${hash}`;
// The popup's own idea of today: this machine's time zone and the default 04:00 day start.
const today = dayOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone, 4);

/**
 * A fresh browser profile with the log written through extension storage, as the popup would have saved
 * it, then the Progress tab. Fresh each time because the log store only ever merges: nothing can clear it.
 */
async function openWith(entries: readonly LogEntry[], planStart: string) {
  await browser?.close();
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(popupUrl('#log'));
  await page.getByRole('tab', { name: 'Log' }).waitFor();
  await page.evaluate(
    async ({ entries, planStart }) => {
      await chrome.storage.local.set({ logs: { v: 1, entries } });
      await chrome.storage.sync.set({ coach: { planStart } });
    },
    { entries, planStart },
  );
  await page.goto('about:blank');
  await page.goto(popupUrl('#progress'));
  await page.locator('.progress .read').waitFor();
}

test('ten weeks of logs, flat for the last four: the plateau card, what it rests on, the weekly review', async () => {
  const ctx = scenarioContext({ ...READ_EXAMPLES.plateau.positive[0]!, sleep: 7.5 }, today);
  const waist = [0, 21, 42, 63].map((d, i): LogEntry => ({ id: `waist${i}`, date: addDays(ctx.planStart, d), kind: 'waist', value: 92 - i, updated: 0 }));
  await openWith([...ctx.entries, ...waist], ctx.planStart);
  const read = page.locator('.progress .read');
  expect(await read.locator('h3').textContent()).toMatch(/plateau/i);
  expect(await read.textContent()).toMatch(/Week 11: your trend has been flat for three weeks/);
  expect(plain(await read.locator('.change').textContent())).toMatch(/Eat 100-150 kcal a day less: about 1,400-1,450 kcal instead of 1,550/);
  expect(await read.locator('.rests').textContent()).toMatch(/Rests on \d+ weigh-ins over the last 21 days/);
  expect(await read.textContent()).not.toMatch(/cut hard|NaN|undefined/i);
  // The chart's text alternative names the trend and the plan's range.
  const label = await page.locator('.progress .chart svg').getAttribute('aria-label');
  expect(label).toMatch(/^Weight trend against the plan’s range\. Week 11: trend \d+(\.\d)?\skg; the plan’s range for this week is \d+(\.\d)?\skg to \d+(\.\d)?\skg/);
  expect(await page.locator('.progress .chart polygon.band').count()).toBe(1);
  expect(await page.locator('.progress .stats').textContent()).toMatch(/Waist −3\scm since/);
  const review = plain(await page.locator('.progress .review').textContent());
  expect(review).toMatch(/Strength sessions: 3 of 3/);
  expect(review).toMatch(/Walking days: 5 of 5/);
  expect(review).toMatch(/Average sleep: 7\.5 h/);
  expect(review).toMatch(/Streak: \d+ good weeks in a row/);
  expect(await page.locator('.progress .next').textContent()).toMatch(/keep it up, and make the one change the read above asks for/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `progress-plateau-${scheme}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('the log list lines up: each day named once, every entry on one line at 380 px, one left edge, one right edge for Delete, tabular digits', async () => {
  const ctx = scenarioContext({ ...READ_EXAMPLES.plateau.positive[0]!, sleep: 7.5 }, today);
  await openWith(ctx.entries, ctx.planStart);
  await page.getByRole('tab', { name: 'Log' }).click();
  const days = await page.locator('.entries .date').allTextContents();
  expect(days.length).toBeGreaterThan(5);
  expect(new Set(days).size, 'a day named twice').toBe(days.length);
  const rows = await page.locator('.entries li').evaluateAll((lis) =>
    lis.map((li) => {
      const what = li.querySelector('.what')!;
      return {
        text: what.textContent,
        lines: Math.round(what.getBoundingClientRect().height / parseFloat(getComputedStyle(what).lineHeight)),
        left: Math.round(what.getBoundingClientRect().left),
        del: Math.round([...li.querySelectorAll('button')].at(-1)!.getBoundingClientRect().right),
      };
    }),
  );
  expect(rows.length).toBeGreaterThan(days.length);
  expect(rows.filter((r) => r.lines > 1).map((r) => `${r.text}: ${r.lines} lines`)).toEqual([]);
  expect(new Set(rows.map((r) => r.left))).toHaveProperty('size', 1);
  expect(new Set(rows.map((r) => r.del))).toHaveProperty('size', 1);
  const digits = await page.locator('.entries .date').evaluateAll((els) => els.map((el) => getComputedStyle(el).fontVariantNumeric));
  expect(digits.every((d) => d === 'tabular-nums')).toBe(true);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'log-list.png'), fullPage: true });
});

test('too fast and too little data get their own reads', async () => {
  const fast = scenarioContext(READ_EXAMPLES['too-fast'].positive[0]!, today);
  await openWith(fast.entries, fast.planStart);
  expect(await page.locator('.progress .read h3').textContent()).toBe('Faster than it should be');
  expect(await page.locator('.progress .read').textContent()).toMatch(/Eat a little more/);
  const sparse = scenarioContext(READ_EXAMPLES['not-enough-data'].positive[1]!, today);
  await openWith(sparse.entries, sparse.planStart);
  expect(await page.locator('.progress .read h3').textContent()).toBe('No verdict yet');
  expect(await page.locator('.progress .read .rests').textContent()).toMatch(/Rests on \d weigh-ins? in the last 14 days/);
});

test('keyboard only: reach the Progress tab, log "looser" for today, reminders stay off', async () => {
  const ctx = scenarioContext(READ_EXAMPLES['on-track'].positive[0]!, today);
  await openWith(ctx.entries, ctx.planStart);
  await page.goto(popupUrl('#log'));
  await page.getByRole('tab', { name: 'Log' }).focus();
  await page.keyboard.press('End');
  expect(await page.getByRole('tab', { name: 'Progress' }).getAttribute('aria-selected')).toBe('true');
  expect(await page.locator('.progress .read h3').textContent()).toBe('On track');
  expect(await page.locator('.progress .read').textContent()).toMatch(/Week 7: on track.*most people stop/);
  // Tab forward until the "Looser" button has focus, then press it.
  let found = false;
  for (let i = 0; i < 12 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await page.evaluate(() => document.activeElement?.textContent)) === 'Looser';
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('button', { name: 'Looser' }).getAttribute('aria-pressed')).toBe('true');
  const logs = await page.evaluate(async () => (await chrome.storage.local.get('logs')).logs as { entries: { kind: string; value: number; date: string }[] });
  expect(logs.entries.filter((e) => e.kind === 'fit')).toEqual([expect.objectContaining({ value: 1, date: today })]);
  await expect.poll(() => page.locator('[role=status]', { hasText: 'Logged: clothes fit: looser' }).count()).toBe(1);
  expect(await page.getByRole('checkbox', { name: /Weekly check-in/ }).isChecked()).toBe(false);
  expect(await page.getByRole('checkbox', { name: /nudge/ }).isChecked()).toBe(false);
  const granted = await page.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }));
  expect(granted).toBe(false);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'progress-on-track.png'), fullPage: true });
});
