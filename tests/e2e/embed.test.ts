import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { EMBED_BUDGET, embedFiles, embedRoutes } from './embed-files';
import { EXTENSION_DIR, ROOT, SCREENSHOT_DIR, launch, serve, type ExtensionBrowser, type StaticServer } from './harness';
import { plain } from '../claim-numbers/plain';

const SITE = join(ROOT, 'tests/demo-site');
const HOSTILE = '<style>* { all: unset !important; font-size: 40px !important; color: red !important; }</style>';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const blog = readFileSync(join(SITE, 'blog-post.html'), 'utf8');
  server = await serve(
    {
      ...embedRoutes(),
      '/hostile.html': blog.replace('</head>', `${HOSTILE}</head>`),
      '/twice.html': blog.replace('</head>', '<script async src="/reality-check.js"></script></head>'),
      '/numbers.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Claim numbers</title>
<script async src="/reality-check.js"></script><script async src="/reality-check-numbers.js"></script></head>
<body><main><h1>A week of detox, checked</h1>
<reality-check-card myth="rapid-fix" claim="Lose 10 pounds in 7 days" heading-level="2"></reality-check-card>
<reality-check-numbers claim="Burn 1,000 calories in a 20-minute workout" theme="dark"></reality-check-numbers></main></body></html>`,
      '/garbage.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garbage</title>
<script async src="/reality-check.js"></script><script async src="/reality-check-numbers.js"></script><script async src="/reality-check-plan.js"></script></head>
<body><main><h1>A template gone wrong</h1><reality-check-numbers id="empty" claim="Melt fat fast"></reality-check-numbers><div id="many"></div></main>
<script>const bad = ['1e308', 'NaN', '-1', '"><img src=x onerror=alert(1)>', 'no-such-myth', ''];
document.getElementById('many').innerHTML = Array.from({ length: 240 }, (_, i) => {
  const b = bad[i % bad.length];
  const tag = ['reality-check-card', 'reality-check-numbers', 'reality-check-timeline', 'reality-check-planner'][i % 4];
  return '<' + tag + ' myth="' + b + '" theme="' + b + '" heading-level="' + b + '" claim="Lose ' + b + ' pounds in ' + (i % 9) + ' days"></' + tag + '>';
}).join('');</script></body></html>`,
    },
    { '/': SITE },
  );
  browser = await launch({ extension: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cardStyle = (page: import('playwright-core').Page) =>
  page.locator('reality-check-card .rc-card').first().evaluate((el) => {
    const s = getComputedStyle(el);
    const title = getComputedStyle(el.querySelector('.rc-title')!);
    return { padding: s.padding, border: s.borderTopWidth, title: title.fontSize, color: title.color, width: Math.round(el.getBoundingClientRect().width) };
  });

test('the blog renders the cards without the extension: no violations, no requests, no globals', async () => {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { __before: string[] }).__before = Object.keys(window);
  });
  await page.goto(`${server.url}/blog-post.html`);
  await page.locator('reality-check-card h2').first().waitFor();
  expect(await page.locator('reality-check-card').count()).toBe(2);
  expect(await page.locator('reality-check-timeline li').count()).toBe(4);
  await expect.poll(() => page.locator('reality-check-planner .rc-result').textContent()).toMatch(/Maintenance is about/);

  // Expander works from the keyboard.
  await page.locator('reality-check-card summary').first().focus();
  await page.keyboard.press('Enter');
  expect(await page.locator('reality-check-card details').first().getAttribute('open')).toBe('');

  const added = await page.evaluate(() => {
    const before = new Set((window as unknown as { __before: string[] }).__before);
    return Object.keys(window).filter((k) => !before.has(k) && k !== '__before');
  });
  expect(added).toEqual([]);
  expect(requests.sort()).toEqual(['/blog-post.html', '/reality-check-plan.js', '/reality-check.js', '/style.css']);
  expect(errors).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);

  const axe = await new AxeBuilder({ page }).include('reality-check-card').include('reality-check-timeline').include('reality-check-planner').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'embed-blog.png'), fullPage: true });
  await page.close();
});

/** Where each timeline row's text starts against its "when" label: under it (stacked) or beside it. */
const timelineLayout = (page: import('playwright-core').Page) =>
  page.locator('reality-check-timeline li').evaluateAll((lis) =>
    lis.map((li) => {
      const [when, what] = [...li.children].map((c) => c.getBoundingClientRect());
      return what!.left === when!.left && what!.top >= when!.bottom ? 'stacked' : what!.left >= when!.right ? 'beside' : 'overlap';
    }),
  );

test('the timeline stacks on a narrow column (a phone, 320 px) and keeps two columns on a wide one', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/blog-post.html`);
  await page.locator('reality-check-timeline li').first().waitFor();
  const layout = () => timelineLayout(page);
  await page.setViewportSize({ width: 800, height: 800 });
  expect(await layout()).toEqual(['beside', 'beside', 'beside', 'beside']);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await layout()).toEqual(['stacked', 'stacked', 'stacked', 'stacked']);
  await page.locator('reality-check-timeline').screenshot({ path: join(SCREENSHOT_DIR, 'embed-timeline-320.png') });
  await page.close();
});

test("at Chrome's 200 % font size the embeds' text is twice as large", async () => {
  // Sized in px, the cards kept 18 px titles and 14 px text while the reader's setting doubled a page in rem.
  const big = await launch({ extension: false, preferences: { webkit: { webprefs: { default_font_size: 32 } } } });
  try {
    const page = await big.context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}/blog-post.html`);
    await page.locator('reality-check-planner .rc-result').waitFor();
    const size = (host: string, inner: string) => page.locator(`${host} ${inner}`).first().evaluate((el) => getComputedStyle(el).fontSize);
    expect([await size('reality-check-card', '.rc-title'), await size('reality-check-card', '.rc-card p'), await size('reality-check-planner', '.rc-field')]).toEqual(['36px', '28px', '28px']);
    await page.locator('reality-check-card').first().screenshot({ path: join(SCREENSHOT_DIR, 'embed-text-200-320.png') });
    await page.close();
  } finally {
    await big.close();
  }
});

test("at Chrome's 200 % font size the timeline's switch between stacked and beside scales with the text", async () => {
  // Its widths were px: at 390 px the short labels ("Weeks 2-4") sat beside text squeezed to 190 px, split over
  // two lines, while the long ones ("Months 3-6") stacked, in one list.
  const big = await launch({ extension: false, preferences: { webkit: { webprefs: { default_font_size: 32 } } } });
  try {
    const page = await big.context.newPage();
    await page.goto(`${server.url}/blog-post.html`);
    await page.locator('reality-check-timeline li').first().waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await timelineLayout(page)).toEqual(['stacked', 'stacked', 'stacked', 'stacked']);
    const labelLines = await page.locator('reality-check-timeline .rc-when').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight))));
    expect(labelLines).toEqual([1, 1, 1, 1]);
    await page.locator('reality-check-timeline').screenshot({ path: join(SCREENSHOT_DIR, 'embed-timeline-200-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await timelineLayout(page)).toEqual(['beside', 'beside', 'beside', 'beside']);
    await page.close();
  } finally {
    await big.close();
  }
});

test('a hostile page stylesheet does not change the card; a doubled script is harmless', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/blog-post.html`);
  await page.locator('reality-check-card h2').first().waitFor();
  const clean = await cardStyle(page);
  await page.close();

  const hostile = await browser.context.newPage();
  await hostile.goto(`${server.url}/hostile.html`);
  await hostile.locator('reality-check-card h2').first().waitFor();
  expect(await cardStyle(hostile)).toEqual({ ...clean, width: (await cardStyle(hostile)).width });
  await hostile.waitForTimeout(300);
  await hostile.screenshot({ path: join(SCREENSHOT_DIR, 'embed-hostile.png') });
  await hostile.close();

  const twice = await browser.context.newPage();
  const errors: string[] = [];
  twice.on('pageerror', (e) => errors.push(e.message));
  await twice.goto(`${server.url}/twice.html`);
  await twice.locator('reality-check-card h2').first().waitFor();
  await twice.waitForTimeout(300);
  expect(errors).toEqual([]);
  await twice.close();
});

test('claim: the card shows the claim and its numbers, the numbers element stands alone, axe clean', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/numbers.html`);
  const inCard = page.locator('reality-check-card reality-check-numbers .rc-numbers');
  await inCard.waitFor();
  expect(await page.locator('reality-check-card q').textContent()).toBe('Lose 10 pounds in 7 days');
  expect(await inCard.locator('h3').textContent()).toBe('The numbers');
  expect(plain(await inCard.textContent())).toContain('10 lb takes about 5-9 weeks');
  // "The honest version:" is set off from the list above it (it sat right under its last line).
  const gap = await inCard.evaluate((n) => n.querySelector('ul + p')!.getBoundingClientRect().top - n.querySelector('ul')!.getBoundingClientRect().bottom);
  expect(gap).toBeGreaterThanOrEqual(6);
  expect(await page.locator('reality-check-numbers[theme="dark"] h2').textContent()).toBe('The numbers');
  expect(plain(await page.locator('reality-check-numbers[theme="dark"] .rc-numbers').textContent())).toContain('For someone of 70 kg, 20 minutes burns about 100 kcal');
  // Alone, its heading starts at the box's padding as a card's first line does (its section spacing had put 14 px more above it).
  const above = await page.locator('reality-check-numbers[theme="dark"] .rc-card').evaluate((box) => {
    const s = getComputedStyle(box);
    return box.querySelector('h2')!.getBoundingClientRect().top - box.getBoundingClientRect().top - parseFloat(s.borderTopWidth) - parseFloat(s.paddingTop);
  });
  expect(above).toBeLessThan(1);
  expect(errors).toEqual([]);
  const axe = await new AxeBuilder({ page }).include('reality-check-card').include('reality-check-numbers').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'embed-numbers.png'), fullPage: true });
  await page.close();
});

test('240 elements with garbage attributes all render, nothing throws; a numbers element with nothing to work out draws no box', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  await page.goto(`${server.url}/garbage.html`);
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('#many > *')].filter((el) => el.shadowRoot).length)).toBe(240);
  const seen = await page.evaluate(() => ({
    empty: document.getElementById('empty')!.getBoundingClientRect().height,
    nan: [...document.querySelectorAll('#many > *')].filter((el) => /NaN|Infinity|undefined/.test(el.shadowRoot!.textContent ?? '')).length,
    images: [...document.querySelectorAll('#many > *')].filter((el) => el.shadowRoot!.querySelector('img')).length,
  }));
  expect(seen).toEqual({ empty: 0, nan: 0, images: 0 });
  expect(errors).toEqual([]);
  expect(warnings).toContain('Reality Check: <reality-check-numbers> claim="Melt fat fast" has no quantities to work out (an amount lost, days, calories or minutes); showing nothing.');
  // One warning per element, attribute and bad value, not one per element.
  expect(warnings.length).toBeLessThan(100);
  await page.close();
});

test('every embed file is within its 12 kB gzip budget', () => {
  const files = embedFiles();
  // Card and timeline, planner, numbers: each in English and Spanish.
  expect(files).toEqual(['reality-check-es.js', 'reality-check-numbers-es.js', 'reality-check-numbers.js', 'reality-check-plan-es.js', 'reality-check-plan.js', 'reality-check.js']);
  const over = files.map((f) => [f, gzipSync(readFileSync(join(EXTENSION_DIR, f)), { level: 9 }).length] as const).filter(([, gz]) => gz > EMBED_BUDGET);
  expect(over).toEqual([]);
});

test('npm start serves every demo page and stops cleanly on SIGINT', async () => {
  // Run what `npm start` runs. One process: the tsx CLI relays a signal to its child and kills it if the child
  // has not answered within 30 ms, which a loaded machine misses (exit 130).
  const [command, ...startArgs] = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ');
  expect(command).toBe('node');
  const child = spawn(process.execPath, [...startArgs, '--no-build', '--no-open', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const url = await new Promise<string>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`demo did not start: ${out}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /Reality Check demo site: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(t);
        ok(m[1]!);
      }
    });
  });
  const pages = [...out.matchAll(/(http:\/\/127\.0\.0\.1:\d+\/[\w-]+\.html)/g)].map((m) => m[1]!);
  expect(pages.length).toBe(7);
  for (const p of [`${url}/`, ...pages, `${url}/reality-check.js`, `${url}/reality-check-plan.js`]) {
    expect((await fetch(p)).status, p).toBe(200);
  }
  const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  child.kill('SIGINT');
  expect(await exit).toBe(0);
  await expect(fetch(`${url}/`)).rejects.toThrow();
});
