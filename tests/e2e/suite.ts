import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { launch, serve, SCREENSHOT_DIR, type ExtensionBrowser, type StaticServer } from './harness';

export interface ExtensionSuite {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** The extension's service worker, for reading storage and the toolbar badge. */
  worker: Worker;
  /** A new tab on one of the served pages. */
  open(path: string): Promise<Page>;
}

/**
 * One Chromium with the built extension and one server for the file's pages, started before the file's
 * tests and closed after them; the fields are set once `beforeAll` has run.
 */
export function extensionSuite(routes: Record<string, string>): ExtensionSuite {
  const suite = {
    async open(path: string) {
      const page = await suite.browser.context.newPage();
      await page.goto(suite.server.url + path);
      return page;
    },
  } as ExtensionSuite;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    suite.server = await serve(routes);
    suite.browser = await launch();
    suite.worker = suite.browser.context.serviceWorkers()[0]!;
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
