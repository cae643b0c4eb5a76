/// <reference types="chrome" />
/**
 * The extension with Chromium's UI language set to Spanish (`--lang=es`): the popup, the options page and
 * the card on a flagged (English) demo page speak Spanish, numbers take a decimal comma, axe is clean; and
 * the Spanish embed file on a Spanish blog. Screenshots in .output/screenshots/es-*.png. Last, US English:
 * a first run starts in pounds.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { cardFor } from '../../lib/myths/cards';
import { embedRoutes } from './embed-files';
import { launch, overlayAxe, overlayOf, ROOT, serve, SCREENSHOT_DIR, type ExtensionBrowser, type StaticServer } from './harness';
import { plain } from '../claim-numbers/plain';

let browser: ExtensionBrowser;
let server: StaticServer;

const SPANISH_BLOG = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Mi blog</title>
<script async src="/reality-check-es.js"></script></head><body><main><h1>Grasa de la espalda</h1>
<reality-check-card myth="spot-reduction"></reality-check-card><reality-check-planner></reality-check-planner><script async src="/reality-check-plan-es.js"></script>
<reality-check-card myth="rapid-fix" claim="Lose 10 pounds in 7 days"></reality-check-card></main>
<script async src="/reality-check-numbers-es.js"></script></body></html>`;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serve(
    { ...embedRoutes(['reality-check-es.js', 'reality-check-plan-es.js', 'reality-check-numbers-es.js']), '/blog-es.html': SPANISH_BLOG },
    { '/': join(ROOT, 'tests/demo-site') },
  );
  browser = await launch({ lang: 'es' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const axeClean = async (page: Page) => {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `es-${name}.png`), fullPage: true });
};

async function popup(hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${hash}`);
  await page.getByRole('tab', { name: 'Registro' }).waitFor();
  return page;
}

test('the browser really runs in Spanish: chrome.i18n.getUILanguage() and the page language', async () => {
  const page = await popup('#log');
  const seen = await page.evaluate(() => ({ ui: chrome.i18n.getUILanguage(), nav: navigator.language, html: document.documentElement.lang, name: chrome.i18n.getMessage('ext_name') }));
  expect(seen.ui).toMatch(/^es\b/);
  expect(seen.nav).toMatch(/^es\b/);
  expect(seen.html).toBe('es');
  await page.close();
});

test('popup in Spanish: tabs, a weight typed with a comma is logged and shown with one, every tab axe clean', async () => {
  const page = await popup('#log');
  expect(await page.getByRole('tab').allTextContents()).toEqual(['Plan', 'Registro', 'Racha', 'Progreso']);
  await page.locator('#log-weight').fill('80,4');
  await page.getByRole('button', { name: 'Registrar peso' }).click();
  await expect.poll(async () => plain(await page.locator('.notice').textContent())).toBe('Registrado: peso, 80,4 kg · Deshacer');
  await expect.poll(async () => plain(await page.locator('.entries').textContent())).toContain('Peso, 80,4 kg');
  await shot(page, 'popup-log');
  await axeClean(page);

  await page.getByRole('tab', { name: 'Plan' }).click();
  await page.locator('#plan-weight').fill('82,5');
  await page.locator('#plan-goal').fill('74');
  await expect.poll(() => page.locator('.plan').count()).toBe(1);
  expect(await page.locator('h2').first().textContent()).toBe('Tu plan');
  expect(await page.locator('body').textContent()).not.toMatch(/\d\.\d\skg/);
  await shot(page, 'popup-plan');
  await axeClean(page);

  for (const tab of ['Racha', 'Progreso']) {
    const button = page.getByRole('tab', { name: tab });
    await button.click();
    await page.locator(`[role="tabpanel"][aria-labelledby="${await button.getAttribute('id')}"]`).waitFor();
    await shot(page, `popup-${tab.toLowerCase()}`);
    await axeClean(page);
  }
  await page.close();
});

test('options page in Spanish, axe clean', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Señales en las páginas' }).waitFor();
  expect(await page.title()).toBe('Opciones de Reality Check');
  await shot(page, 'options');
  await axeClean(page);
  await page.close();
});

test('a card on a flagged English page reads Spanish, with its chrome and buttons, axe clean', async () => {
  const page = await browser.context.newPage();
  // Reduced motion (which the card and its scroll honour) puts the card at rest at once; content.test.ts keeps motion on.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${server.url}/back-fat-moves.html`);
  const ui = overlayOf(page);
  await ui.waitFor('.rc-panel-toggle');
  expect(await ui.text('.rc-panel-toggle')).toMatch(/^Reality Check · \d+$/);
  expect(await ui.read((root) => root.querySelector('.rc-panel-toggle')?.getAttribute('aria-label') ?? '', null)).toMatch(/^Reality Check: \d+ afirmaci(ón|ones) en esta página\. Mostrar la lista$/);
  await ui.click('.rc-badge');
  await ui.waitFor('.rc-popover .rc-card');
  await ui.settled();
  const spanish = cardFor('spot-reduction', 'es');
  expect(await ui.text('.rc-popover .rc-title')).toBe(spanish.title);
  expect(await ui.text('.rc-popover .rc-why')).toMatch(/^Señalada porque /);
  expect(await ui.count('.rc-popover button', 'Esto no es un mito')).toBe(1);
  expect(await ui.count('.rc-popover button', 'Aquí no')).toBe(1);
  expect(await ui.text('.rc-popover summary')).toBe('Más');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'es-card.png') });
  expect(await overlayAxe(page)).toEqual([]);
  await page.close();
});

test('the Spanish embed files on a Spanish blog: card, planner and The numbers in Spanish, lang="es" inside, axe clean', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/blog-es.html`);
  const card = page.locator('reality-check-card').first();
  await expect.poll(() => card.locator('h2').textContent()).toBe(cardFor('spot-reduction', 'es').title);
  expect(await card.locator('.rc-root').getAttribute('lang')).toBe('es');
  await expect.poll(async () => plain(await page.locator('reality-check-planner .rc-result').textContent())).toMatch(/^Tu mantenimiento ronda las [\d.]+ kcal al día/);
  const numbers = page.locator('reality-check-card').nth(1).locator('reality-check-numbers');
  await expect.poll(() => numbers.locator('.rc-section-title').textContent()).toBe('Los números');
  expect(await numbers.locator('.rc-root').getAttribute('lang')).toBe('es');
  await shot(page, 'embed');
  await axeClean(page);
  await page.close();
});

test('US English: the first run starts in lb and ft + in, English text; the unit stays editable', async () => {
  const us = await launch({ lang: 'en-US' });
  try {
    const page = await us.context.newPage();
    await page.goto(`chrome-extension://${us.extensionId}/popup.html#plan`);
    await page.getByRole('tab', { name: 'Plan' }).waitFor();
    expect(await page.evaluate(() => chrome.i18n.getUILanguage())).toBe('en-US');
    expect(await page.getByRole('radio', { name: 'lb / ft + in' }).isChecked()).toBe(true);
    expect(await page.locator('#plan-weight').inputValue()).toBe('158.73');
    await page.getByRole('radio', { name: 'kg / cm' }).check();
    await expect.poll(() => page.locator('#plan-weight').inputValue()).toBe('72');
  } finally {
    await us.close();
  }
});
