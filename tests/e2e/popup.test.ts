/// <reference types="chrome" />
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, serve, SCREENSHOT_DIR, type ExtensionBrowser } from './harness';
import { MYTH_PAGE, UNRELATED_PAGE } from './pages';
import { expectRingStandsOut } from './focus-ring';
import { contrastRatio } from '../../lib/contrast';
import { plain } from '../claim-numbers/plain';

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
const axeClean = async () => {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};
/** Text that must grow with the user's font size: headings, plan text, grey notes, units, chart labels. */
const SIZED = ['h2', '.plan p', '.note', '.unit', '.chart .tick', '.chart figcaption', '.milestones'];
const fontSizesIn = (sels: string[]) =>
  Object.fromEntries(
    sels.map((sel) => {
      const el = document.querySelector(sel);
      return [sel, el ? parseFloat(getComputedStyle(el).fontSize) : 0];
    }),
  );
const fontSizes = () => page.evaluate(fontSizesIn, SIZED);
/** The charts' line width and dash against their tick labels' size (all in viewBox units, so the SVG's scale drops out). */
const chartLineToLabel = (p: Page) =>
  p.evaluate(() => {
    const size = (sel: string, prop: 'strokeWidth' | 'fontSize' | 'strokeDasharray') => parseFloat(getComputedStyle(document.querySelector(`.chart ${sel}`)!)[prop]);
    const label = size('.tick', 'fontSize');
    return { line: size('polyline.series', 'strokeWidth') / label, dash: size('polyline.dashed', 'strokeDasharray') / label };
  });
/** Drawn widths of the first radio (Plan tab: units) and checkbox (Progress tab: reminders), px. */
async function controlWidths(p: Page): Promise<Record<string, number>> {
  const width = (sel: string) => p.locator(sel).first().evaluate((el) => el.getBoundingClientRect().width);
  await p.getByRole('tab', { name: 'Plan' }).click();
  const radio = await width('input[type=radio]');
  await p.getByRole('tab', { name: 'Progress' }).click();
  const checkbox = await width('input[type=checkbox]');
  await p.getByRole('tab', { name: 'Plan' }).click();
  return { radio, checkbox };
}
/**
 * Tabs from the selected tab through the first controls of the panel; each focused element must show below
 * the sticky header (taller than the window, the panel scrolls its top into view; without room kept for
 * the header that top, and the first control, went under it). Returns what was hidden.
 */
async function focusUnderHeader(p: Page): Promise<string[]> {
  await p.getByRole('tab', { name: 'Plan' }).focus();
  const hidden: string[] = [];
  for (let i = 0; i < 4; i++) {
    await p.keyboard.press('Tab');
    const under = await p.evaluate(() => {
      const el = document.activeElement!;
      const covered = el.getBoundingClientRect().top < document.querySelector('header')!.getBoundingClientRect().bottom;
      return covered ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : `[${el.getAttribute('type')}]`}` : '';
    });
    if (under) hidden.push(under);
  }
  return hidden;
}
const A_PLAN = { sex: 'female', age: '35', height: '165', weight: '72', activity: 'light', sessions: '3', goal: '68' };
/** A browser of its own whose profile sets Chrome's font size (32 px is 200 %), as a user would, and its popup
 * opened as a page at `hash`, with `raw` as the saved plan when given. The caller closes the browser. */
async function popupAtFontSize(size: number, viewport: { width: number; height: number }, hash: string, raw?: Record<string, string>) {
  const b = await launch({ preferences: { webkit: { webprefs: { default_font_size: size } } } });
  try {
    const p = await b.context.newPage();
    await p.setViewportSize(viewport);
    await p.goto(`chrome-extension://${b.extensionId}/popup.html${hash}`);
    if (raw) {
      await p.evaluate(async (r) => chrome.storage.sync.set({ prefs: { units: 'metric', dayStartHour: 4, raw: r } }), raw);
      await p.reload();
    }
    return { b, p };
  } catch (e) {
    await b.close();
    throw e;
  }
}
const setPlan = (raw: Record<string, string>) =>
  page.evaluate(async (r) => {
    const { prefs } = await chrome.storage.sync.get('prefs');
    await chrome.storage.sync.set({ prefs: { ...(prefs ?? { units: 'metric', dayStartHour: 4 }), units: 'metric', raw: r } });
  }, raw);

test('make a plan: bad input gets a message at the field, good input a plan and a chart', async () => {
  await page.goto(popupUrl('#plan'));
  await page.getByRole('tab', { name: 'Plan' }).waitFor();
  expect(await page.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe('true');
  await page.locator('#plan-weight').fill('9999');
  await expect.poll(async () => plain(await page.locator('#plan-weight-msg').textContent())).toMatch(/between 30 kg and 350 kg/);
  expect(await page.locator('body').textContent()).not.toContain('NaN');
  await page.locator('#plan-weight').fill('82');
  await page.locator('#plan-goal').fill('74');
  await expect.poll(async () => plain(await page.locator('.plan').textContent())).toMatch(/Maintenance is about [\d,]+ kcal/);
  expect(await page.locator('.chart svg polyline').count()).toBe(2);
  // Switching units converts what was typed.
  await page.getByLabel('lb / ft + in').check();
  expect(await page.locator('#plan-weight').inputValue()).toBe('180.78');
  await page.getByLabel('kg / cm').check();
  expect(await page.locator('#plan-weight').inputValue()).toBe('82');
  expect(await page.locator('#plan-height').inputValue()).toBe('165');
  await shot('plan');
  await axeClean();
});

test('keyboard focus stays in sight: tabbing into a long panel never puts the focused control under the sticky tabs', async () => {
  await page.goto(popupUrl('#plan'));
  await setPlan(A_PLAN);
  await page.reload();
  await page.locator('.chart').first().waitFor();
  expect(await focusUnderHeader(page)).toEqual([]);
});

test('the focus ring stands out (3:1) from the page and from a ticked radio, light and dark', async () => {
  await page.goto(popupUrl('#log'));
  const radio = page.locator('input[name=units]:checked');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await radio.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expectRingStandsOut(radio, scheme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

/**
 * Tabs through the whole panel; at each stop, the focused element or the label around it must draw a ring
 * on a box the user can see (16 px or more each way). Returns the stops that showed none.
 */
async function unseenFocus(p: Page): Promise<string[]> {
  const unseen: string[] = [];
  await p.locator('[role=tab][aria-selected=true]').focus();
  for (let i = 0; i < 40; i++) {
    await p.keyboard.press('Tab');
    const stop = await p.evaluate(() => {
      const el = document.activeElement!;
      if (el === document.body) return null;
      // A date field's calendar button: focus sits in the field's built-in part, ringed by the browser.
      if (!el.matches(':focus')) return { seen: true, name: '' };
      const ringed = [el, el.closest('label')].filter((x) => x && getComputedStyle(x).outlineStyle !== 'none');
      const seen = ringed.some((x) => {
        const r = x!.getBoundingClientRect();
        return r.width >= 16 && r.height >= 16;
      });
      return { seen, name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.closest('label') ?? el).textContent?.trim().slice(0, 30)}"` };
    });
    if (!stop) break;
    if (!stop.seen) unseen.push(stop.name);
  }
  return unseen;
}

test('every Tab stop on every tab shows its focus ring on something visible (Import… included)', async () => {
  await page.goto(popupUrl('#log'));
  await page.getByRole('tab', { name: 'Log' }).waitFor();
  // Plan last: the next test's goto('#plan') only changes the hash, so it finds the tab left open.
  for (const t of ['Log', 'Streak', 'Progress', 'Plan']) {
    await page.getByRole('tab', { name: t }).click();
    expect(await unseenFocus(page), t).toEqual([]);
  }
});

test('a boxed group’s title sits inside its box, so a title that wraps is never crossed by the border (Log, Progress)', async () => {
  await page.goto(popupUrl('#log'));
  const crossed: string[] = [];
  for (const t of ['Log', 'Progress']) {
    await page.getByRole('tab', { name: t }).click();
    crossed.push(
      ...(await page.locator('fieldset').evaluateAll((sets) =>
        sets
          .filter((f) => parseFloat(getComputedStyle(f).borderTopWidth) > 0)
          .flatMap((f) => {
            const legend = f.querySelector('legend')!;
            const inside = legend.getBoundingClientRect().top >= f.getBoundingClientRect().top + parseFloat(getComputedStyle(f).borderTopWidth);
            return inside ? [] : [`${legend.textContent} (${Math.round(legend.getBoundingClientRect().height)} px tall)`];
          }),
      )),
    );
  }
  expect(crossed).toEqual([]);
  await page.getByRole('tab', { name: 'Plan' }).click();
});

test('the Plan form lines up at 380 px: fields side by side put their boxes at one top and one height, whatever their labels wrap to', async () => {
  await page.goto(popupUrl('#plan'));
  await setPlan({ sex: 'female', age: '35', height: '165', weight: '72', activity: 'light', sessions: '3', goal: '' });
  await page.reload();
  await page.locator('#plan-sessions').waitFor();
  for (const units of ['kg / cm', 'lb / ft + in']) {
    await page.getByLabel(units).check();
    expect(await planFormOff(), units).toEqual([]);
  }
  await page.getByLabel('kg / cm').check();
});

/** Where the Plan form's side-by-side boxes do not line up: "plan-sessions 24 px below plan-goal", heights. */
async function planFormOff(): Promise<string[]> {
  const boxes = await page.locator('.grid > .field').evaluateAll((fields) =>
    fields.map((f) => {
      const r = f.querySelector('input, select')!.getBoundingClientRect();
      return { id: f.querySelector('input, select')!.id, top: Math.round(r.top), height: Math.round(r.height) };
    }),
  );
  // Pairs in one row: the second field's box starts where the first one's does.
  const rows = new Map<number, typeof boxes>();
  for (const b of boxes) {
    const row = [...rows.keys()].find((top) => Math.abs(top - b.top) < 30) ?? b.top;
    rows.set(row, [...(rows.get(row) ?? []), b]);
  }
  const off = [...rows.values()].filter((r) => r.length > 1).flatMap((r) => r.slice(1).filter((b) => b.top !== r[0]!.top).map((b) => `${b.id} ${b.top - r[0]!.top} px below ${r[0]!.id}`));
  const heights = new Set(boxes.map((b) => b.height));
  return heights.size > 1 ? [...off, `heights ${boxes.map((b) => `${b.id} ${b.height}`).join(', ')}`] : off;
}

test('the Log tab’s amounts line up at 380 px: one left and one right edge for the boxes, one right edge for the buttons', async () => {
  await page.goto(popupUrl('#log'));
  await page.getByRole('tab', { name: 'Log' }).click();
  for (const walkUnit of ['minutes', 'steps']) {
    await page.getByLabel(walkUnit, { exact: true }).check();
    const edges = await page.locator('.log-row').evaluateAll((rows) =>
      rows.map((r) => {
        const box = r.querySelector('input')!.getBoundingClientRect();
        const button = r.querySelector('button')!.getBoundingClientRect();
        return `${Math.round(box.left)}-${Math.round(box.right)} | ${Math.round(button.right)}`;
      }),
    );
    expect(new Set(edges).size, `${walkUnit}: ${edges.join(', ')}`).toBe(1);
  }
  await page.getByLabel('minutes', { exact: true }).check();
  // The switch is announced by what it switches, and that name is on screen too.
  const walkUnit = page.getByRole('group', { name: 'Walk measured in' });
  expect(await walkUnit.getByRole('radio').count()).toBe(2);
  expect(await walkUnit.locator('legend').isVisible()).toBe(true);
  await axeClean();
  await page.getByRole('tab', { name: 'Plan' }).click();
});

test('units round trip: 163 cm to feet + inches and back stays 163, and the log uses the same choice', async () => {
  await page.goto(popupUrl('#plan'));
  await page.locator('#plan-height').fill('163');
  await page.getByLabel('lb / ft + in').check();
  expect(await page.locator('#plan-height-ft').inputValue()).toBe('5');
  expect(await page.locator('#plan-height-in').inputValue()).toBe('4.17');
  await page.getByRole('tab', { name: 'Log' }).click();
  expect(await page.locator('#log-weight ~ .unit').textContent()).toBe('lb');
  expect(await page.getByLabel('lb / ft + in').isChecked()).toBe(true);
  await page.getByLabel('kg / cm').check();
  await page.getByRole('tab', { name: 'Plan' }).click();
  expect(await page.locator('#plan-height').inputValue()).toBe('163');
});

test('planner edge case: floor above maintenance says eating less is not the lever, no flat chart, no false goal promise', async () => {
  await page.goto(popupUrl('#plan'));
  await setPlan({ sex: 'female', age: '70', height: '150', weight: '48', activity: 'sedentary', sessions: '3', goal: '44' });
  await page.reload();
  await expect.poll(() => page.locator('.plan').textContent()).toMatch(/eating less is not the lever here/);
  const text = (await page.locator('.plan').textContent()) ?? '';
  expect(text).not.toMatch(/a 0 kcal deficit|0\.0\skg a week|beyond this/);
  expect(await page.locator('.plan svg').count()).toBe(0);
  await page.locator('#plan-goal').fill('4x');
  await expect.poll(() => page.locator('#plan-goal-msg').textContent()).toMatch(/Leave it empty/);
  expect(await page.locator('.plan').count()).toBe(1);
  await page.locator('#plan-goal').fill('44');
  await shot('plan-floor');
  await axeClean();
});

test('text follows the user text size: at 200 % headings, notes, units, chart labels and lines all double', async () => {
  await page.goto(popupUrl('#plan'));
  await setPlan(A_PLAN);
  await page.reload();
  await page.locator('.chart').first().waitFor();
  const normal = await fontSizes();
  expect(normal['.plan p']).toBe(16);
  const controls = await controlWidths(page);
  const line = await chartLineToLabel(page);
  const { b: big, p: p2 } = await popupAtFontSize(32, { width: 800, height: 900 }, '#plan', A_PLAN);
  try {
    await p2.locator('.chart').first().waitFor();
    const sizes = await p2.evaluate(fontSizesIn, SIZED);
    for (const [sel, px] of Object.entries(normal)) expect(sizes[sel]! / px, sel).toBeCloseTo(2, 1);
    // Radios and checkboxes grow with the text too (Chromium draws them 13 px whatever the text size).
    const bigControls = await controlWidths(p2);
    for (const [kind, px] of Object.entries(controls)) expect(bigControls[kind]! / px, kind).toBeCloseTo(2, 1);
    // So do the charts' lines (they stayed 2 px under 24 px labels).
    const big = await chartLineToLabel(p2);
    expect(big.line / line.line, 'chart line to label').toBeCloseTo(1, 1);
    // And the body-fat chart's dashes with them (at 200 % the thicker line made 4-unit dashes into dots).
    expect(big.dash / line.dash, 'chart dash to label').toBeCloseTo(1, 1);
    const shot2 = (name: string) => p2.screenshot({ path: join(SCREENSHOT_DIR, `popup-${name}.png`), fullPage: true });
    await shot2('plan-200');
    // Nothing spills sideways: the popup grows with the text up to Chrome's 800 px limit.
    expect(await p2.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await p2.getByRole('tab', { name: 'Plan' }).click();
    expect(await focusUnderHeader(p2)).toEqual([]);
    for (const t of ['Log', 'Streak']) {
      await p2.getByRole('tab', { name: t }).click();
      await shot2(`${t.toLowerCase()}-200`);
      expect(await p2.evaluate(() => document.documentElement.scrollWidth), t).toBeLessThanOrEqual(800);
    }
  } finally {
    await big.close();
  }
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
  await expect.poll(async () => plain(await page.locator('#log-sleep-err').textContent())).toMatch(/0.5-16 h/);
  await expect.poll(() => page.locator('.entries li').count()).toBe(2);
  await shot('log');

  await page.reload();
  await expect.poll(() => page.locator('.entries li').count()).toBe(2);
  expect(await page.locator('.entries').textContent()).toContain('Strength session, Back focus');
  // Sync follows in a batch; leaving the page flushes at once.
  await expect
    .poll(async () => page.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).filter((k) => k.startsWith('l1:')).length), { timeout: 5000 })
    .toBe(1);
  const synced = await page.evaluate(async () => Object.values(await chrome.storage.sync.get(null)).find((v) => typeof v === 'string' && v.includes(';')));
  expect(String(synced).split(';').length).toBe(2);

  await page.getByRole('button', { name: /Delete Walk/ }).click();
  await expect.poll(() => page.locator('.entries li').count()).toBe(1);
  await axeClean();
});

test('logging you can see: Logged with Undo, a repeat tap asks, Delete can be undone; light and dark are axe clean', async () => {
  await page.goto(popupUrl('#log'));
  const before = await page.locator('.entries li').count();
  await page.getByRole('button', { name: 'Log strength session' }).click();
  const notice = page.locator('.notice[role="status"]');
  await expect.poll(() => notice.textContent()).toMatch(/^Logged: strength session, full body · Undo$/);
  await shot('log-notice');
  await page.getByRole('button', { name: 'Log strength session' }).click();
  await expect.poll(() => page.locator('.ask').textContent()).toMatch(/Log it again\?/);
  expect(await page.locator('.entries li').count()).toBe(before + 1);
  await page.getByRole('button', { name: 'No, once is right' }).click();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => page.locator('.entries li').count()).toBe(before);
  await page.getByLabel('Weight', { exact: true }).fill('80.4');
  await page.getByRole('button', { name: 'Log weight' }).click();
  await expect.poll(() => page.getByLabel('Weight', { exact: true }).inputValue()).toBe('');
  await page.getByRole('button', { name: 'Delete Weight, 80.4 kg, Today' }).click();
  await expect.poll(() => notice.textContent()).toMatch(/^Deleted: weight, 80.4\skg · Undo$/);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => plain(await page.locator('.entries').textContent())).toContain('Weight, 80.4 kg');
  await axeClean();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Log strength session' }).click();
  await shot('log-dark');
  await axeClean();
  await page.getByRole('tab', { name: 'Plan' }).click();
  await shot('plan-dark');
  await axeClean();
  await page.getByRole('tab', { name: 'Streak' }).click();
  await shot('streak-dark');
  await axeClean();
  await page.emulateMedia({ colorScheme: 'light' });
});

test('Delete by keyboard sends focus to the notice\'s Undo, whose ring stands out (3:1) from the dark notice, light and dark', async () => {
  await page.goto(popupUrl('#log'));
  // The test before leaves another tab open, and a goto that changes only the hash keeps it.
  await page.getByRole('tab', { name: 'Log' }).click();
  for (const [scheme, kg] of [['light', '81.3'], ['dark', '81.7']] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByLabel('Weight', { exact: true }).fill(kg);
    await page.getByRole('button', { name: 'Log weight' }).click();
    const del = page.getByRole('button', { name: `Delete Weight, ${kg} kg, Today` });
    await del.focus();
    await page.keyboard.press('Enter');
    const undo = page.locator('.notice').getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    const c = await undo.evaluate((el) => {
      const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      return { visible: el.matches(':focus-visible'), ring: hex(getComputedStyle(el).outlineColor), bar: hex(getComputedStyle(el.closest('.notice')!).backgroundColor) };
    });
    await shot(`notice-undo-focus-${scheme}`);
    expect(c.visible).toBe(true);
    expect(contrastRatio(c.ring, c.bar), `${scheme}: ring ${c.ring} on the notice's ${c.bar}`).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    await expect.poll(async () => plain(await page.locator('.entries').textContent())).toContain(`Weight, ${kg} kg`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
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
  await axeClean();
});

test('corrupted storage still opens the popup, keeps the raw value aside and says so', async () => {
  await page.evaluate(async () => chrome.storage.local.set({ logs: { v: 99, entries: 'from the future' } }));
  await page.goto('about:blank');
  await page.goto(popupUrl('#streak'));
  await expect.poll(() => page.locator('.sync').textContent()).toMatch(/newer version/);
  const q = await page.evaluate(async () => (await chrome.storage.local.get('quarantine')).quarantine as { raw: unknown }[]);
  expect(q.at(-1)?.raw).toEqual({ v: 99, entries: 'from the future' });
});

test('export, then import the exported file with the file chooser: entries merged in, the same file twice reports again', async () => {
  await page.goto(popupUrl());
  await page.getByRole('tablist').waitFor(); // the popup has loaded its entries: counted earlier it read 0
  const before = await page.locator('.entries li').count();
  await page.getByLabel('Walk', { exact: true }).fill('25');
  await page.getByRole('button', { name: 'Log walk' }).click();
  await expect.poll(() => page.locator('.entries li').count()).toBe(before + 1);
  await page.getByRole('tab', { name: 'Streak' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const file = join(SCREENSHOT_DIR, 'export.json');
  await download.saveAs(file);
  const exported = (JSON.parse(readFileSync(file, 'utf8')) as { entries: { kind: string }[] }).entries;
  expect(exported.map((e) => e.kind)).toContain('walk');
  const n = exported.length;

  // Another browser (its own profile) with one log of its own takes the file in.
  const other = await launch();
  try {
    const page = await other.context.newPage();
    await page.goto(`chrome-extension://${other.extensionId}/popup.html#log`);
    await page.getByLabel('Sleep', { exact: true }).fill('7.5');
    await page.getByRole('button', { name: 'Log sleep' }).click();
    await expect.poll(() => page.locator('.entries li').count()).toBe(1);
    await page.getByRole('tab', { name: 'Streak' }).click();
    const message = page.locator('.data [aria-live]');
    for (const expected of [new RegExp(`: ${n} new`), new RegExp(`${n} entries already there, 0 new`)]) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Import…').click()]);
      await chooser.setFiles(file);
      await expect.poll(() => message.textContent()).toMatch(expected);
      expect(await page.locator('.data input[type=file]').inputValue()).toBe('');
    }
    const stored = () => page.evaluate(async () => ((await chrome.storage.local.get('logs')).logs as { entries: { kind: string }[] }).entries.map((e) => e.kind));
    expect((await stored()).sort()).toEqual([...exported.map((e) => e.kind), 'sleep'].sort());

    // A damaged file (the export cut in half) is refused as an error, in the error colour, and loses nothing.
    const damaged = join(SCREENSHOT_DIR, 'damaged.json');
    writeFileSync(damaged, readFileSync(file, 'utf8').slice(0, 200));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('Import…').click()]);
    await chooser.setFiles(damaged);
    const alert = page.locator('.data [role=alert]');
    await expect.poll(() => alert.textContent()).toMatch(/Not a Reality Check JSON export/);
    expect(await message.textContent()).toBe('');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const c = await alert.evaluate((el) => {
        const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
        return { text: hex(getComputedStyle(el).color), plain: hex(getComputedStyle(document.body).color), page: hex(getComputedStyle(document.body).backgroundColor) };
      });
      expect(c.text, `${scheme}: the error is not in the ordinary text colour`).not.toBe(c.plain);
      expect(contrastRatio(c.text, c.page), `${scheme}: ${c.text} on ${c.page}`).toBeGreaterThanOrEqual(4.5);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `popup-import-error-${scheme}.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await stored()).sort()).toEqual([...exported.map((e) => e.kind), 'sleep'].sort());
  } finally {
    await other.close();
  }
});

test('the popup says what it found on the page, and its switch turns the site off and on', async () => {
  const site = await serve({ '/myth.html': MYTH_PAGE, '/plain.html': UNRELATED_PAGE });
  const web = await browser.context.newPage();
  try {
    await web.goto(`${site.url}/myth.html`);
    await page.goto(popupUrl('#log'));
    // The tab the toolbar popup would sit over: the one the background has a count for on 127.0.0.1.
    const findTab = () =>
      page.evaluate(async () => {
        for (const t of await chrome.tabs.query({})) {
          const s = await chrome.runtime.sendMessage({ type: 'tab-status', tabId: t.id });
          if (s?.host === '127.0.0.1' && s.claims > 0) return t.id!;
        }
        return 0;
      });
    await expect.poll(findTab, { timeout: 10_000 }).toBeGreaterThan(0);
    const tabId = await findTab();
    await page.goto(popupUrl(`?tab=${tabId}#log`));
    const status = page.locator('.page-status');
    page.setDefaultTimeout(5000);
    await expect.poll(() => status.locator('p').first().textContent()).toMatch(/^\d+ claims? flagged on this page\.$/);
    await shot('page-status');
    await status.getByLabel('Flag claims on 127.0.0.1').uncheck();
    await expect.poll(() => status.locator('p').first().textContent()).toBe('Flagging is off on this site.');
    expect(await page.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { disabledSites?: string[] } | undefined)?.disabledSites)).toEqual(['127.0.0.1']);
    await axeClean();
    await status.getByLabel('Flag claims on 127.0.0.1').check();
    expect(await page.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { disabledSites?: string[] } | undefined)?.disabledSites)).toEqual([]);
    await web.goto(`${site.url}/plain.html`);
    await page.reload();
    await expect.poll(() => status.locator('p').first().textContent()).toBe('No myth claims found on this page.');
  } finally {
    await web.close();
    await site.close();
  }
});

test('what was set aside can be exported from the data panel, each value once', async () => {
  const raw = { v: 42, entries: 'set aside by the export test' };
  await page.goto(popupUrl('#streak'));
  for (let i = 0; i < 2; i++) {
    await page.evaluate(async (raw) => chrome.storage.local.set({ logs: raw }), raw);
    await page.goto('about:blank');
    await page.goto(popupUrl('#streak'));
    await page.getByRole('button', { name: /Export set-aside data/ }).waitFor();
  }
  await shot('set-aside');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export set-aside data/ }).click()]);
  const file = join(SCREENSHOT_DIR, 'set-aside.json');
  await download.saveAs(file);
  const items = (JSON.parse(readFileSync(file, 'utf8')) as { items: { raw: unknown }[] }).items;
  expect(items.filter((q) => isDeepStrictEqual(q.raw, raw))).toHaveLength(1);
});

test('a choice between two keeps its choices on one line, beside its legend or under it', async () => {
  // At 380 px "Walk measured in" took "minutes" beside it and left "steps" alone on the next line.
  const split: string[] = [];
  await page.goto(popupUrl());
  for (const tab of ['Plan', 'Log']) {
    await page.getByRole('tab', { name: tab }).click();
    const sets = page.locator(`#panel-${tab.toLowerCase()} fieldset.units`);
    await sets.first().waitFor();
    const rows = await sets.evaluateAll((sets) =>
      sets.map((f) => ({ legend: f.querySelector('legend')!.textContent, tops: [...f.querySelectorAll('label')].map((l) => Math.round(l.getBoundingClientRect().top)) })),
    );
    for (const r of rows) if (new Set(r.tops).size > 1) split.push(`${tab}: ${r.legend} (label tops ${r.tops.join(', ')})`);
  }
  expect(split).toEqual([]);
});

test('opened in a 390 px window, no tab scrolls sideways, at the default text size and at 200 %', async () => {
  // The page kept the toolbar popup's 24rem width: at 200 % text it was 768 px wide in a 390 px window.
  const wide: string[] = [];
  for (const size of [16, 32]) {
    const { b, p } = await popupAtFontSize(size, { width: 390, height: 844 }, '#log', A_PLAN);
    try {
      // Something in every list the tabs show: a session, a walk and a weigh-in.
      await p.getByRole('button', { name: 'Log strength session' }).click();
      await p.getByLabel('Walk', { exact: true }).fill('40');
      await p.getByRole('button', { name: 'Log walk' }).click();
      await p.getByLabel('Weight', { exact: true }).fill('71.5');
      await p.getByRole('button', { name: 'Log weight' }).click();
      await expect.poll(() => p.locator('.entries li').count()).toBe(3);
      for (const t of ['Plan', 'Log', 'Streak', 'Progress']) {
        await p.getByRole('tab', { name: t }).click();
        await p.locator(`#panel-${t.toLowerCase()}`).waitFor();
        await p.waitForTimeout(200);
        await p.screenshot({ path: join(SCREENSHOT_DIR, `popup-390-${size}px-${t.toLowerCase()}.png`), fullPage: true });
        const { scroll, client, over } = await p.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const past = (e: Element) => e.getBoundingClientRect().right > w + 0.5;
          // The innermost elements past the window's edge: what pushes it.
          const out = [...document.querySelectorAll('body *')]
            .filter((e) => past(e) && ![...e.children].some(past))
            .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`);
          return { scroll: document.documentElement.scrollWidth, client: w, over: out.slice(0, 4) };
        });
        if (scroll > client) wide.push(`${size} px text, ${t}: ${scroll} > ${client} (${over.join(', ')})`);
        if (t !== 'Log') continue;
        // Kept inside, the log's boxes are still wide enough to type in (at 200 % they were 12 px, beside their labels).
        const boxes = await p.locator('.log-row input').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width / parseFloat(getComputedStyle(e).fontSize)));
        if (Math.min(...boxes) < 2.5) wide.push(`${size} px text, Log: a box ${Math.min(...boxes).toFixed(1)} em wide`);
      }
      // The tabs still keep a focused control in sight below them, however many rows they take.
      await p.getByRole('tab', { name: 'Plan' }).click();
      expect(await focusUnderHeader(p), `${size} px text`).toEqual([]);
    } finally {
      await b.close();
    }
  }
  expect(wide).toEqual([]);
});

test('at 200 % text in a 390 px window, no focused control is hidden under the "Logged" notice at the bottom', async () => {
  // The notice sticks to the window's bottom, 155 px tall at 200 %: Tab scrolled "Log sleep", "Log weight" and Delete under it.
  const { b, p } = await popupAtFontSize(32, { width: 390, height: 844 }, '#log');
  try {
    await p.getByRole('button', { name: 'Log strength session' }).focus();
    await p.keyboard.press('Enter');
    await p.locator('.notice.shown').waitFor();
    const hidden: string[] = [];
    for (let i = 0; i < 24; i++) {
      await p.keyboard.press('Tab');
      const under = await p.evaluate(() => {
        const a = document.activeElement!;
        const n = document.querySelector('.notice.shown');
        if (!n || n.contains(a) || a === document.body || a.matches('[role=tabpanel]')) return '';
        const r = a.getBoundingClientRect();
        return r.bottom > n.getBoundingClientRect().top + 0.5 ? `${a.tagName.toLowerCase()} "${(a.textContent ?? '').trim().slice(0, 20)}"` : '';
      });
      if (under) hidden.push(under);
    }
    await p.screenshot({ path: join(SCREENSHOT_DIR, 'popup-390-32px-notice-focus.png') });
    expect(hidden).toEqual([]);
  } finally {
    await b.close();
  }
});
