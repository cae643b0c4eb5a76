/// <reference types="chrome" />
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, SCREENSHOT_DIR, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
});
afterAll(async () => {
  await browser?.close();
});

const popupUrl = (hash = '') => `chrome-extension://${browser.extensionId}/popup.html${hash}`;
const shot = async (name: string) => {
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `popup-${name}.png`), fullPage: true });
};

test('make a plan: bad input gets a message at the field, good input a plan and a chart', async () => {
  await page.goto(popupUrl('#plan'));
  await page.getByRole('tab', { name: 'Plan' }).waitFor();
  expect(await page.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe('true');
  await page.locator('#plan-weight').fill('9999');
  await expect.poll(() => page.locator('#plan-weight-err').textContent()).toMatch(/between 35-300 kg/);
  expect(await page.locator('body').textContent()).not.toContain('NaN');
  await page.locator('#plan-weight').fill('82');
  await page.locator('#plan-goal').fill('74');
  await expect.poll(() => page.locator('.plan').textContent()).toMatch(/Maintenance is about \d+ kcal/);
  expect(await page.locator('.chart svg polyline').count()).toBe(1);
  // Switching units converts what was typed.
  await page.getByLabel('lb / in').check();
  expect(await page.locator('#plan-weight').inputValue()).toBe('180.78');
  await page.getByLabel('kg / cm').check();
  expect(await page.locator('#plan-weight').inputValue()).toBe('82');
  expect(await page.locator('#plan-height').inputValue()).toBe('165');
  await shot('plan');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('log a session and a walk, reload, see them kept locally and in chrome.storage.sync', async () => {
  await page.goto(popupUrl());
  await page.getByRole('tab', { name: 'Log' }).waitFor();
  expect(await page.locator('.empty').textContent()).toMatch(/No logs yet/);
  await page.getByLabel('Back focus').check();
  await page.getByRole('button', { name: 'Log strength session' }).click();
  await page.getByLabel('Walk', { exact: true }).fill('40');
  await page.getByRole('button', { name: 'Log walk' }).click();
  await page.getByLabel('Sleep', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Log sleep' }).click();
  await expect.poll(() => page.locator('#log-sleep-err').textContent()).toMatch(/0.5-16 h/);
  await expect.poll(() => page.locator('.entries li').count()).toBe(2);
  await shot('log');

  await page.reload();
  await expect.poll(() => page.locator('.entries li').count()).toBe(2);
  expect(await page.locator('.entries').textContent()).toContain('Strength, Back focus');
  // Sync follows in a batch; leaving the page flushes at once.
  await expect
    .poll(async () => page.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).filter((k) => k.startsWith('l1:')).length), { timeout: 5000 })
    .toBe(1);
  const synced = await page.evaluate(async () => Object.values(await chrome.storage.sync.get(null)).find((v) => typeof v === 'string' && v.includes(';')));
  expect(String(synced).split(';').length).toBe(2);

  await page.getByRole('button', { name: /Delete Walk/ }).click();
  await expect.poll(() => page.locator('.entries li').count()).toBe(1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('streak tab: heat map, keyboard tabs, data panel', async () => {
  await page.goto(popupUrl());
  await page.getByRole('tab', { name: 'Log' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.getByRole('tab', { name: 'Streak' }).getAttribute('aria-selected')).toBe('true');
  expect(await page.locator('.heat tbody tr').count()).toBe(12);
  expect(await page.locator('.heat td.l2, .heat td.l3').count()).toBeGreaterThanOrEqual(1);
  expect(await page.locator('.sync').textContent()).toMatch(/Saved in this browser/);
  await shot('streak');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('corrupted storage still opens the popup, keeps the raw value aside and says so', async () => {
  await page.evaluate(async () => chrome.storage.local.set({ logs: { v: 99, entries: 'from the future' } }));
  await page.goto('about:blank');
  await page.goto(popupUrl('#streak'));
  await expect.poll(() => page.locator('.sync').textContent()).toMatch(/newer version/);
  const q = await page.evaluate(async () => (await chrome.storage.local.get('quarantine')).quarantine as { raw: unknown }[]);
  expect(q.at(-1)?.raw).toEqual({ v: 99, entries: 'from the future' });
});
