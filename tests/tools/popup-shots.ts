/// <reference types="chrome" />
/**
 * Every popup tab at 380 px, light and dark, at 100 % and 200 % text, on a first day (nothing logged, the
 * default plan) and with ten weeks of logs: the pictures to look at before a popup change lands.
 * `npm run screenshots:popup [-- TAB]`; output .output/popup-tabs/TAB-STATE-SCHEME-SIZE-N.png, cut in
 * 1000 px pieces so each can be viewed at full size.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/harness';
import { READ_EXAMPLES, scenarioContext } from '../../lib/progress/examples';
import { dayOf } from '../../lib/streak';

const OUT = join(ROOT, '.output/popup-tabs');
mkdirSync(OUT, { recursive: true });
const today = dayOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone, 4);
const ctx = scenarioContext({ ...READ_EXAMPLES.plateau.positive[0]!, sleep: 7.5 }, today);
const only = process.argv[2];

for (const size of [16, 32]) {
  for (const state of ['first-day', 'ten-weeks'] as const) {
    const b = await launch(size === 16 ? {} : { preferences: { webkit: { webprefs: { default_font_size: size } } } });
    try {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: size === 16 ? 380 : 760, height: 600 });
      const url = (hash: string) => `chrome-extension://${b.extensionId}/popup.html${hash}`;
      await page.goto(url('#log'));
      await page.getByRole('tab', { name: 'Log' }).waitFor();
      if (state === 'ten-weeks') {
        await page.evaluate(async ({ entries, planStart }) => {
          await chrome.storage.local.set({ logs: { v: 1, entries } });
          await chrome.storage.sync.set({ coach: { planStart } });
        }, ctx);
      }
      for (const tab of ['plan', 'log', 'streak', 'progress']) {
        if (only && !tab.startsWith(only)) continue;
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto('about:blank');
          await page.goto(url(`#${tab}`));
          await page.locator('[role=tab]').first().waitFor();
          await page.waitForTimeout(300);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const width = size === 16 ? 380 : 760;
          for (let y = 0, i = 0; y < height; y += 1000, i++) {
            await page.screenshot({ path: join(OUT, `${tab}-${state}-${scheme}-${size * 6.25}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1000, height - y) } });
          }
        }
      }
    } finally {
      await b.close();
    }
  }
}
console.log(`Popup tabs in ${OUT}`);
