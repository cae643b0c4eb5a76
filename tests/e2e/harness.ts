/**
 * Shared end-to-end harness: a static file server on 127.0.0.1 (port 0) and Debian's Chromium with the
 * built extension loaded unpacked. No browser download: playwright-core drives the system binary.
 */
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
 * is Settings > Appearance > Font size at 200 %).
 */
export async function launch(opts: { extension?: boolean; preferences?: object } = {}): Promise<ExtensionBrowser> {
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
    args: chromiumArgs(withExtension ? EXTENSION_DIR : undefined),
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
