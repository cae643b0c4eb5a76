/// <reference types="chrome" />
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectRingStandsOut } from './focus-ring';
import { launch, SCREENSHOT_DIR, type ExtensionBrowser } from './harness';

/** The options page in a fresh profile, its first checkbox drawn. */
async function openOptions(): Promise<{ browser: ExtensionBrowser; page: Page }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await launch();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('input[type=checkbox]').first().waitFor();
  return { browser, page };
}

let browser: ExtensionBrowser | undefined;
let page: Page;
beforeAll(async () => void ({ browser, page } = await openOptions()));
afterAll(() => browser?.close());

test('the page title is the biggest heading: h1 > h2 > h3', async () => {
  const px = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const [h1, h2, h3] = [await px('h1'), await px('h2'), await px('h3')];
  expect(h1).toBeGreaterThan(h2);
  expect(h2).toBeGreaterThan(h3);
});

test('the focus ring stands out (3:1) from the page and from a ticked checkbox, light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const box = page.locator('input[type=checkbox]').first();
    await box.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expectRingStandsOut(box, scheme);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `options-focus-${scheme}.png`) });
  }
});

test("at Chrome's 200 % text in a 390 px window the checkbox is twice its size, square, not squeezed by its label", async () => {
  // Its row is a flex line: the long label beside it shrank the box to 21 x 40, drawn as a 21 px square.
  const big = await launch({ preferences: { webkit: { webprefs: { default_font_size: 32 } } } });
  try {
    const p = await big.context.newPage();
    await p.setViewportSize({ width: 390, height: 844 });
    await p.goto(`chrome-extension://${big.extensionId}/options.html`);
    const box = p.locator('input[type=checkbox]').first();
    await box.waitFor();
    const size = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [Math.round(r.width), Math.round(r.height)];
    });
    await p.screenshot({ path: join(SCREENSHOT_DIR, 'options-200-390.png') });
    expect(size).toEqual([40, 40]);
  } finally {
    await big.close();
  }
});
