/// <reference types="chrome" />
/**
 * The real toolbar popup, not popup.html opened in a tab: the background's chrome.action.openPopup() opens it
 * (headless Chromium 156 does, over the page's window). Playwright never lists it among the context's pages
 * (its target is not auto-attached), so puppeteer-core, connected to the same browser over its debugging
 * port, drives it; clicks and keys are real input to the popup's own target.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page as PopupPage } from 'puppeteer-core';
import type { Page, Worker } from 'playwright-core';
import { launch, serve, SCREENSHOT_DIR, type ExtensionBrowser, type StaticServer } from './harness';
import { UNRELATED_PAGE } from './pages';
import { addDays, weekStart, type CalendarDate } from '../../lib/streak';

let browser: ExtensionBrowser;
let server: StaticServer;
let worker: Worker;
let remote: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serve({ '/recipes.html': UNRELATED_PAGE });
  browser = await launch({ args: ['--remote-debugging-port=0'] });
  worker = browser.context.serviceWorkers()[0]!;
  const port = (await readFile(join(browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  remote = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
});
afterAll(async () => {
  await remote?.disconnect();
  await browser?.close();
  await server?.close();
});

/** Opens the toolbar popup over the active tab, as the toolbar button would, and waits for its tabs. */
async function openToolbarPopup(): Promise<PopupPage> {
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await remote.waitForTarget((t) => t.url().startsWith(`chrome-extension://${browser.extensionId}/popup.html`), { timeout: 5000 });
  const popup = (await target.asPage())!;
  await popup.locator('::-p-aria([role="tab"][name="Log"])').wait();
  return popup;
}

const toolbarBadge = (tab: Page) =>
  worker.evaluate(async (url) => {
    const [t] = await chrome.tabs.query({ url });
    return chrome.action.getBadgeText({ tabId: t!.id! });
  }, tab.url());

/** Logs from popup.html opened in a tab (as the other popup tests do): `kind`'s button, on `date`. */
async function logInTab(tab: Page, date: CalendarDate, kind: 'strength' | 'walk') {
  await tab.locator('#log-day').selectOption(date);
  if (kind === 'walk') await tab.getByLabel('Walk', { exact: true }).fill('30');
  await tab.getByRole('button', { name: kind === 'walk' ? 'Log walk' : 'Log strength session' }).click();
  await tab.locator('[role=status]', { hasText: 'Logged' }).first().waitFor();
}

test('a session logged in the real toolbar popup completes last week: its Streak tab and the toolbar badge show 1 good week', async () => {
  // Last week one strength session short of good (3 sessions and 5 walking days, the planner's targets with no plan).
  const tab = await browser.context.newPage();
  await tab.goto(`chrome-extension://${browser.extensionId}/popup.html#log`);
  // The popup's own today: the day before the first past day it offers (its day starts at its set hour).
  const today = addDays((await tab.locator('#log-day option').nth(1).getAttribute('value')) as CalendarDate, 1);
  const lastWeek = addDays(weekStart(today, 1), -7);
  for (const d of [0, 1, 2, 3, 4]) await logInTab(tab, addDays(lastWeek, d), 'walk');
  for (const d of [0, 1]) await logInTab(tab, addDays(lastWeek, d), 'strength');
  await tab.close();

  const page = await browser.context.newPage();
  await page.goto(`${server.url}/recipes.html`);
  await page.bringToFront();
  await expect.poll(() => toolbarBadge(page)).toBe('');

  const popup = await openToolbarPopup();
  // The toolbar popup, sized by Chromium (it is no tab of the window), over the page it reports on.
  expect(await popup.evaluate(() => [location.pathname, innerWidth > 0 && innerWidth < 800])).toEqual(['/popup.html', true]);
  await popup.locator('::-p-text(No myth claims found on this page)').wait();
  await popup.select('#log-day', addDays(lastWeek, 2));
  await popup.locator('::-p-aria([role="button"][name="Log strength session"])').click();
  await popup.locator('::-p-text(Logged:)').wait();
  await popup.locator('::-p-aria([role="tab"][name="Streak"])').click();
  await popup.waitForFunction(() => document.querySelector('.stats .stat')?.textContent?.includes('good week in a row'));
  expect(await popup.$eval('.stats .stat', (el) => el.textContent?.replace(/\s+/g, ' ').trim())).toBe('1 good week in a row');
  await popup.screenshot({ path: join(SCREENSHOT_DIR, 'toolbar-popup-streak.png') });
  await expect.poll(() => toolbarBadge(page)).toBe('1w');
  await popup.close();
  await page.close();
});
