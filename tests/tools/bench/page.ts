/**
 * Content-script cost in Chromium, as ratios measured in one run: the script's own scan (its
 * performance.measure entries, shared with the page) against one read of the page's text by the page itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, serve } from '../../e2e/harness';
import { FITNESS, ORDINARY, paragraphs } from '../bench-text';

const html = (paras: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><article>${paras
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

/** Median time (ms) the page itself takes to read its text one way. */
const readCost = (page: Page, how: 'textContent' | 'innerText') =>
  page.evaluate((how) => {
    const t: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      void (how === 'innerText' ? document.body.innerText.length : document.body.textContent?.length);
      t.push(performance.now() - s);
    }
    return t.sort((a, b) => a - b)[2]!;
  }, how);

/** Waits for the content script's measure `name` and returns its duration (ms). */
async function measured(page: Page, name: string, count = 1): Promise<number> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n).length >= c, [name, count] as const, { timeout: 30_000 });
  return page.evaluate((n) => performance.getEntriesByName(n).reduce((sum, e) => sum + e.duration, 0), name);
}

export default async function pageBench(): Promise<void> {
  const appended = paragraphs(FITNESS, 1000 * 220).slice(0, 1000);
  const server = await serve({
    '/plain.html': html(paragraphs(ORDINARY, 1_000_000)),
    '/fitness.html': html(paragraphs(FITNESS, 1_000_000)),
    '/base.html': html(paragraphs(FITNESS, 20_000)),
    '/appended-alone.html': html(appended),
  });
  const browser = await launch();
  try {
    const row = (label: string, ours: number, base: number, baseName: string) =>
      console.log(`${label.padEnd(44)} ${ours.toFixed(1).padStart(7)} ms  ${(ours / base).toFixed(2).padStart(6)}x ${baseName} (${base.toFixed(1)} ms)`);

    let page = await browser.context.newPage();
    await page.goto(`${server.url}/plain.html`);
    row('1 MB non-fitness page, content script', await measured(page, 'reality-check:scan'), await readCost(page, 'textContent'), 'textContent');
    await page.close();

    page = await browser.context.newPage();
    await page.goto(`${server.url}/fitness.html`);
    row('1 MB fitness article, full scan', await measured(page, 'reality-check:scan'), await readCost(page, 'innerText'), 'innerText');
    await page.close();

    page = await browser.context.newPage();
    await page.goto(`${server.url}/appended-alone.html`);
    const alone = await measured(page, 'reality-check:scan');
    await page.close();

    page = await browser.context.newPage();
    await page.goto(`${server.url}/base.html`);
    await measured(page, 'reality-check:scan');
    await page.evaluate((paras) => {
      const frag = document.createDocumentFragment();
      for (const t of paras) frag.append(Object.assign(document.createElement('p'), { textContent: t }));
      document.querySelector('article')!.append(frag);
    }, appended);
    row('rescan after appending 1,000 paragraphs', await measured(page, 'reality-check:rescan'), alone, 'scan of them alone');
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  console.log(`content script bundle: ${(bundle.length / 1024).toFixed(1)} kB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
}
