import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serve, type ExtensionBrowser, type StaticServer } from './harness';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve({ '/': '<!doctype html><title>ok</title><p>Hello</p>' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built extension loads and its popup opens', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('main').textContent()).resolves.toContain('Reality Check');
  await page.goto(server.url);
  await expect(page.title()).resolves.toBe('ok');
});
