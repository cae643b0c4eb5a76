/**
 * Debian's Firefox ESR with the built Firefox extension installed as a temporary add-on, driven over
 * WebDriver BiDi by puppeteer-core (no geckodriver, no browser download). One browser per test file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
/** Pinned so tests can open extension pages; Firefox otherwise picks a random UUID per profile. */
export const EXTENSION_UUID = '3f6c1f2e-6b1a-4c55-9a0e-5d1f0c2b7a11';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens popup.html, options.html… of the extension in a tab, ready to use. */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { dark?: boolean } = {}): Promise<FirefoxWithExtension> {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  const geckoId = (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the automation open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // emulateMediaFeatures is CDP-only; Firefox takes the colour scheme from this pref (0 dark, 1 light).
      'layout.css.prefers-color-scheme.content-override': opts.dark ? 0 : 1,
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    async extensionPage(path) {
      const page = await browser.newPage();
      // Firefox never reports the load event of moz-extension pages to BiDi: start the navigation, then
      // wait for the page's own DOM.
      await page.goto(`moz-extension://${EXTENSION_UUID}/${path}`, { timeout: 2000 }).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete' && document.querySelector('#app > *'), { timeout: 15_000 });
      return page;
    },
    close: () => browser.close(),
  };
}
