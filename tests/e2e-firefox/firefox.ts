/**
 * Debian's Firefox ESR with the built Firefox extension installed as a temporary add-on, driven over
 * WebDriver BiDi by puppeteer-core (no geckodriver, no browser download). One browser per test file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';
import { OVERLAY_HOST, overlayProbe, type Driver, type OverlayProbe } from '../e2e/overlay-probe';

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
      await until(page, () => document.readyState === 'complete' && !!document.querySelector('#app > *'), 15_000);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Polls `check` in the page until it is true. Not waitForFunction: that builds its poller with Function(),
 * which an extension page's CSP blocks.
 */
export async function until(page: Page, check: () => boolean, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(check).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${check.toString().slice(0, 120)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** What this file sends over puppeteer's own WebDriver BiDi connection (not part of its typed API). */
interface Bidi {
  send(method: string, params: object): Promise<{ result: { type: string; result?: { type: string; value?: unknown; sharedId?: string } } }>;
}

/**
 * The overlay in a Firefox page, reached over WebDriver BiDi: script.evaluate with includeShadowTree "all"
 * serializes the host's closed shadow root, which script.callFunction then gets as `this`.
 */
export const firefoxOverlay = (browser: Browser, page: Page): OverlayProbe => overlayProbe(bidiDriver(browser, page, true));

/**
 * The same probe on a page's document (an extension page): BiDi runs it outside the page's CSP, which
 * blocks puppeteer's own text selectors and waitForFunction there.
 */
export const firefoxPage = (browser: Browser, page: Page): OverlayProbe => overlayProbe(bidiDriver(browser, page, false));

/** Values cross as JSON; clicks and keys are puppeteer's real input (input.performActions). */
function bidiDriver(browser: Browser, page: Page, inOverlay: boolean): Driver {
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const target = { context: (page.mainFrame() as unknown as { _id: string })._id };
  const overlayRoot = async () => {
    const host = await bidi.send('script.evaluate', {
      expression: `document.querySelector('${OVERLAY_HOST}')`,
      target,
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    return (host.result.result?.value as { shadowRoot?: { sharedId: string } | null } | undefined)?.shadowRoot;
  };
  return {
    async call<T>(fn: string, ...args: unknown[]) {
      const shadow = inOverlay ? await overlayRoot() : undefined;
      if (inOverlay && !shadow) return null;
      const { result } = await bidi.send('script.callFunction', {
        functionDeclaration: `function (args) { return JSON.stringify((${fn})(${inOverlay ? 'this' : 'document'}, ...JSON.parse(args)) ?? null); }`,
        ...(shadow ? { this: { sharedId: shadow.sharedId } } : {}),
        arguments: [{ type: 'string', value: JSON.stringify(args) }],
        target,
        awaitPromise: false,
      });
      if (result.type !== 'success') throw new Error(`in the page: ${JSON.stringify(result).slice(0, 300)}`);
      return JSON.parse(String(result.result?.value)) as T;
    },
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
  };
}
