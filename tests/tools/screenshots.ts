/// <reference types="chrome" />
/**
 * `npm run screenshots`: the store screenshots (1280x800, what both stores accept) from the real UI. The
 * built extension runs in Debian's Chromium on the demo site; the popup is shot at its real size and set
 * over the page it was opened on, where the toolbar would drop it. Output: .output/store/*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, overlayOf, ROOT, serve } from '../e2e/harness';
import { embedRoutes } from '../e2e/embed-files';

const OUT = join(ROOT, '.output/store');
const SIZE = { width: 1280, height: 800 };
mkdirSync(OUT, { recursive: true });

const site = await serve(
  embedRoutes(),
  { '/': join(ROOT, 'tests/demo-site') },
);
const browser = await launch();
const settle = (page: Page) => page.waitForTimeout(400); // entrance animations are 160 ms

async function pageShot(path: string, prepare?: (page: Page) => Promise<void>): Promise<Buffer> {
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(site.url + path);
  await prepare?.(page);
  await settle(page);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** The tab showing claims (its toolbar badge has a count), so the popup can speak about that page. */
async function flaggedTabId(): Promise<number> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    for (const tab of await chrome.tabs.query({})) {
      if (/^\d+$/.test(await chrome.action.getBadgeText({ tabId: tab.id! }))) return tab.id!;
    }
    throw new Error('no tab shows a claim count');
  });
}

async function popupShot(hash: string, prepare?: (page: Page) => Promise<void>): Promise<Buffer> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 720 }); // clear of the page's own claims button
  // ?tab= opens the popup about the flagged page, as if its toolbar button had been clicked there.
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await flaggedTabId()}${hash}`);
  await page.locator('[role=tab]').first().waitFor();
  await prepare?.(page);
  await settle(page);
  const png = await page.screenshot();
  await page.close();
  return png;
}

/** The popup where a toolbar button would open it, over the page (dimmed a little, as focus moves away). */
async function compose(name: string, background: Buffer, popup: Buffer): Promise<void> {
  const img = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.setContent(`<body style="margin:0;overflow:hidden">
    <img src="${img(background)}" style="position:absolute;inset:0;filter:brightness(.93)">
    <img src="${img(popup)}" style="position:absolute;top:8px;right:24px;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.12)"></body>`);
  await page.screenshot({ path: join(OUT, name) });
  await page.close();
}

const save = (name: string, png: Buffer) => writeFileSync(join(OUT, name), png);

try {
  const flagged = await pageShot('/back-fat-moves.html', (p) => overlayOf(p).waitFor('.rc-badge'));
  save('1-flagged-page.png', flagged);
  // The page the popups speak about stays open behind them.
  const behind = await browser.context.newPage();
  await behind.goto(site.url + '/back-fat-moves.html');
  await overlayOf(behind).waitFor('.rc-badge');
  save(
    '2-reality-check-card.png',
    await pageShot('/back-fat-moves.html', async (p) => {
      await overlayOf(p).waitFor('.rc-badge');
      await overlayOf(p).click('.rc-badge');
      await overlayOf(p).waitFor('.rc-popover .rc-card');
    }),
  );
  await compose('3-planner.png', flagged, await popupShot('#plan'));
  const logged = await popupShot('#log', async (p) => {
    await p.getByLabel('Back focus').check();
    await p.getByRole('button', { name: 'Log strength session' }).click();
    await p.getByRole('button', { name: 'Log walk' }).click();
    await p.locator('.entries li').nth(1).waitFor();
  });
  await compose('4-quick-log.png', flagged, logged);
  save('5-embed-on-a-blog.png', await pageShot('/blog-post.html', (p) => p.locator('reality-check-planner .rc-result').waitFor()));
  console.log(`Store screenshots (1280x800) in ${OUT}`);
} finally {
  await browser.close();
  await site.close();
}
