/**
 * Shared end-to-end harness: a static file server on 127.0.0.1 (port 0) and Debian's Chromium with the
 * built extension loaded unpacked. No browser download: playwright-core drives the system binary.
 */
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Box } from '../../components/overlay/place';

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
 */
export async function launch(opts: { extension?: boolean; preferences?: object; lang?: string } = {}): Promise<ExtensionBrowser> {
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
    args: [...chromiumArgs(withExtension ? EXTENSION_DIR : undefined), `--lang=${lang}`],
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
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Where tests drop screenshots for a person to look at. */
export const SCREENSHOT_DIR = join(ROOT, '.output/screenshots');

export type { Box };

/** Marked claims on the page, counted as the page itself can count them (README: it sees the highlights). */
export const highlightCount = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

/** The overlay as a user meets it: seen, clicked with the mouse, tabbed to. Selectors match inside its shadow root. */
export interface OverlayProbe {
  /** Elements matching `selector` whose text contains `text` (when given). */
  count(selector: string, text?: string): Promise<number>;
  /** Waits until `selector` (with `text`) matches, or fails after `timeout` ms. */
  waitFor(selector: string, text?: string, timeout?: number): Promise<void>;
  /** textContent of the first match, or null. */
  text(selector: string, text?: string): Promise<string | null>;
  /** The first match's box in viewport px, or null. */
  box(selector: string, text?: string): Promise<Box | null>;
  /** A real mouse click (trusted, like the user's) in the middle of the first match, scrolled into view. */
  click(selector: string, text?: string): Promise<void>;
  /** Presses Tab until focus is on or inside `selector` (the user's keyboard path; fails after `max` presses). */
  tabTo(selector: string, max?: number): Promise<void>;
  /** True when focus is on or inside the first match of `selector`. */
  focused(selector: string): Promise<boolean>;
  /** Runs `fn` on the overlay's shadow root in the page (for what the helpers above do not cover). */
  read<T, A>(fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<T>;
  /** axe violations ("id: help") of the overlay, on a copy of its shadow root (see below). */
  axe(): Promise<string[]>;
}

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/**
 * The overlay's shadow root is closed, so neither a page script, Playwright locators nor axe can enter it.
 * DevTools can: the root is found over CDP (DOM.describeNode with pierce) and resolved to an object the
 * test holds (never the page), elements are measured inside it and clicked with the real mouse at their
 * spot, so a click reaches the overlay only where the user's would.
 */
export function overlayOf(page: Page): OverlayProbe {
  let probe = probes.get(page);
  if (!probe) probes.set(page, (probe = probeFor(page, 'reality-check-overlay')));
  return probe;
}

const probes = new WeakMap<Page, OverlayProbe>();

function probeFor(page: Page, host: string): OverlayProbe {
  let session: Cdp | null = null;
  const cdp = async () => (session ??= await page.context().newCDPSession(page));

  /** Calls `fn(root, ...args)` in the page on the current shadow root (null when the overlay is not mounted). */
  async function call<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    const c = await cdp();
    const { root } = await c.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await c.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
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
  }

  // Runs in the page: the matches of a selector, filtered by text.
  const MATCHES = `(root, selector, text) => [...root.querySelectorAll(selector)].filter((el) => text == null || (el.textContent ?? '').includes(text))`;
  const onFirst = <T>(body: string, selector: string, text?: string) =>
    call<T>(`(root, selector, text) => { const el = (${MATCHES})(root, selector, text)[0]; return el ? (${body})(el) : null; }`, selector, text ?? null);
  const box = (selector: string, text?: string) =>
    onFirst<Box>(`(el) => { const r = el.getBoundingClientRect(); return { top: r.top, left: r.left, right: r.right, bottom: r.bottom }; }`, selector, text);

  const probe: OverlayProbe = {
    count: async (selector, text) => (await call<number>(`(root, s, t) => (${MATCHES})(root, s, t).length`, selector, text ?? null)) ?? 0,
    async waitFor(selector, text, timeout = 5000) {
      const until = Date.now() + timeout;
      while ((await probe.count(selector, text)) === 0) {
        if (Date.now() > until) throw new Error(`overlay: no ${selector}${text ? ` with "${text}"` : ''} after ${timeout} ms`);
        await page.waitForTimeout(50);
      }
    },
    text: (selector, text) => onFirst<string>(`(el) => el.textContent`, selector, text),
    box,
    async click(selector, text) {
      const hit = await onFirst<{ x: number; y: number; covered: string | null }>(
        `(el) => {
          const r0 = el.getBoundingClientRect();
          if (r0.top < 0 || r0.bottom > innerHeight || r0.left < 0 || r0.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest' });
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          const top = el.getRootNode().elementFromPoint(x, y);
          return { x, y, covered: top && (top === el || el.contains(top)) ? null : String(top && top.outerHTML.slice(0, 80)) };
        }`,
        selector,
        text,
      );
      if (!hit) throw new Error(`overlay: nothing to click at ${selector}${text ? ` with "${text}"` : ''}`);
      if (hit.covered) throw new Error(`overlay: ${selector} is covered by ${hit.covered}`);
      await page.mouse.click(hit.x, hit.y);
    },
    async tabTo(selector, max = 30) {
      for (let i = 0; i < max; i++) {
        if (await probe.focused(selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`overlay: ${max} Tab presses never reached ${selector}`);
    },
    focused: async (selector) =>
      (await call<boolean>(`(root, s) => { const a = root.activeElement; return !!a && !!a.closest(s); }`, selector)) ?? false,
    read: async (fn, arg) => (await call(fn.toString(), arg)) as Awaited<ReturnType<typeof fn>>,
    async axe() {
      // axe reads shadow roots through element.shadowRoot, so it finds nothing in a closed one (it reports
      // no violations at all). It checks a copy instead: the root's markup and stylesheet, read over CDP,
      // put in an open root at the same spot of the same page (same fonts, colours, scroll and scheme).
      const markup = await call<string>(`(root) => root.querySelector('html').innerHTML`);
      if (markup === null) throw new Error('overlay: not mounted');
      await page.evaluate((html) => {
        const copy = document.createElement('rc-axe-copy');
        copy.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('html'), { innerHTML: html }));
        document.body.append(copy);
      }, markup);
      try {
        const { default: AxeBuilder } = await import('@axe-core/playwright');
        const { violations } = await new AxeBuilder({ page }).include('rc-axe-copy').analyze();
        return violations.map((v) => `${v.id}: ${v.help}`);
      } finally {
        await page.evaluate(() => document.querySelector('rc-axe-copy')?.remove());
      }
    },
  };
  return probe;
}
