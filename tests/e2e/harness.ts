/**
 * Shared end-to-end harness: a static file server on 127.0.0.1 (port 0) and Debian's Chromium with the
 * built extension loaded unpacked. No browser download: playwright-core drives the system binary.
 */
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { OVERLAY_HOST, overlayProbe, type Driver, type OverlayProbe } from './overlay-probe';

export type { Box, OverlayProbe } from './overlay-probe';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order (tests clear it with `length = 0`). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `routes` (path -> body, for pages a test writes inline) and then files under `dirs`
 * (URL prefix -> folder). Listens on 127.0.0.1, on `port` or (0) one the OS picks.
 */
export async function serve(
  routes: Record<string, string> = {},
  dirs: Record<string, string> = {},
  port = 0,
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    requests.push(path);
    const inline = routes[path];
    if (inline !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? TYPES['.html']! });
      res.end(inline);
      return;
    }
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
      if (!file.startsWith(dir)) break;
      try {
        const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // A browser keeps idle connections open; without this, close waits for them.
        server.closeAllConnections();
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile's folder (Chromium writes DevToolsActivePort there when given a debugging port). */
  userDataDir: string;
  close(): Promise<void>;
}

/** The flags the engineering notes checked on this machine; headless, sandbox off (root), no network noise. */
export function chromiumArgs(extensionDir?: string): string[] {
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/**
 * Chromium with a fresh user-data-dir; with the built extension unless `extension: false`. `preferences`
 * seed the profile as a user's settings would (e.g. `{ webkit: { webprefs: { default_font_size: 32 } } }`
 * is Settings > Appearance > Font size at 200 %). `lang` sets the browser's UI language (`--lang`, and
 * LANGUAGE, which Chromium on Linux reads first); en-GB unless given, so a first run starts in kg and the
 * tests read the same whatever the machine's locale (en-US would start in lb: tests/e2e/languages.test.ts).
 * `args` are more Chromium flags.
 */
export async function launch(opts: { extension?: boolean; preferences?: object; lang?: string; args?: string[] } = {}): Promise<ExtensionBrowser> {
  const lang = opts.lang ?? 'en-GB';
  const withExtension = opts.extension !== false;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'rc-e2e-'));
  if (opts.preferences) {
    await mkdir(join(userDataDir, 'Default'));
    await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(opts.preferences));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...chromiumArgs(withExtension ? EXTENSION_DIR : undefined), `--lang=${lang}`, ...(opts.args ?? [])],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
    locale: lang,
    viewport: { width: 1200, height: 900 },
  });
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    userDataDir,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Where tests drop screenshots for a person to look at. */
export const SCREENSHOT_DIR = join(ROOT, '.output/screenshots');

/** Marked claims on the page, counted as the page itself can count them (README: it sees the highlights). */
export const highlightCount = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

const probes = new WeakMap<Page, OverlayProbe>();

/** The overlay in a Chromium page, reached over CDP: DOM.describeNode with pierce finds the closed root. */
export function overlayOf(page: Page): OverlayProbe {
  let probe = probes.get(page);
  if (!probe) probes.set(page, (probe = overlayProbe(cdpDriver(page))));
  return probe;
}

/** Opens the first claim's card at "More", where the compact card keeps the claim's numbers. */
export async function openNumbersOf(page: Page): Promise<OverlayProbe> {
  const ui = overlayOf(page);
  await ui.waitFor('.rc-badge');
  await ui.click('.rc-badge');
  await ui.click('.rc-popover summary', 'More');
  await ui.waitFor('.rc-popover .rc-numbers');
  return ui;
}

function cdpDriver(page: Page): Driver {
  let session: Promise<CDPSession> | null = null;
  return {
    async call<T>(fn: string, ...args: unknown[]) {
      const c = await (session ??= page.context().newCDPSession(page));
      const { root } = await c.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await c.send('DOM.querySelector', { nodeId: root.nodeId, selector: OVERLAY_HOST });
      if (!nodeId) return null;
      const { node } = await c.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return null;
      const { object } = await c.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: 'probe' });
      const { result, exceptionDetails } = await c.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (...args) { return (${fn})(this, ...args); }`,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      await c.send('Runtime.releaseObjectGroup', { objectGroup: 'probe' });
      if (exceptionDetails) throw new Error(`in the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
  };
}

/**
 * axe violations ("id: help") of the overlay. axe reads shadow roots through element.shadowRoot, so in a
 * closed one it finds nothing (no rule even runs). It checks a copy instead: the root's markup and
 * stylesheet, read over CDP, put in an open root at the same spot of the same page (same fonts, colours,
 * scroll and colour scheme).
 */
export async function overlayAxe(page: Page): Promise<string[]> {
  const markup = await overlayOf(page).read((root) => root.innerHTML, null);
  await page.evaluate((html) => {
    const copy = document.createElement('rc-axe-copy');
    const root = copy.attachShadow({ mode: 'open' });
    root.innerHTML = html;
    document.body.append(copy);
    // The fresh copy replays the card's fade-in from opacity 0; axe must see it at rest, as the user does.
    for (const a of root.getAnimations()) a.finish();
  }, markup);
  try {
    const { violations } = await new AxeBuilder({ page }).include('rc-axe-copy').analyze();
    return violations.map((v) => `${v.id}: ${v.help}`);
  } finally {
    await page.evaluate(() => document.querySelector('rc-axe-copy')?.remove());
  }
}
