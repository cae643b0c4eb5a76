/**
 * `npm start`: builds the extension and the embed, serves the demo site on 127.0.0.1 and says how to load
 * the extension; with a display and a Chromium or Chrome, opens one with the extension already loaded.
 * Flags: --port N (default 5178; 0 picks a free one), --no-build, --no-open. Ctrl+C stops it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, ROOT, chromiumArgs, serve, type StaticServer } from '../e2e/harness';
import { embedRoutes } from '../e2e/embed-files';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const portArg = args.indexOf('--port');
const wanted = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 5178));
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`--port needs a number from 0 to 65535, got "${args[portArg + 1]}"`);
  process.exit(2);
}

if (!flag('--no-build')) {
  console.log('Building the extension and the embed…');
  execFileSync(process.execPath, [join(ROOT, 'tests/tools/wxt.mjs'), 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
if (!existsSync(join(EXTENSION_DIR, 'reality-check.js'))) {
  console.error(`No build at ${EXTENSION_DIR}: run without --no-build.`);
  process.exit(1);
}

// The blog page loads the embed from the site's root, as a blogger self-hosting it would.
const routes = embedRoutes();
const dirs = { '/': join(ROOT, 'tests/demo-site') };
let server: StaticServer;
try {
  server = await serve(routes, dirs, wanted);
} catch {
  // The default port is taken (another demo running?): any free port will do.
  server = await serve(routes, dirs, 0);
}

console.log(`
Reality Check demo site: ${server.url}/

  ${server.url}/back-fat-moves.html   spot reduction (flagged)
  ${server.url}/ten-day-fix.html      10-day fix (flagged)
  ${server.url}/crash-diet.html       crash restriction (flagged)
  ${server.url}/waist-trainer.html    magic product, dark page (flagged)
  ${server.url}/debunk.html           debunking article (never flagged)
  ${server.url}/dumbbell-row.html     technique page (never flagged)
  ${server.url}/blog-post.html        a blog using the embed (no extension needed)

Load the extension in Chrome or Chromium:
  1. open chrome://extensions and turn on Developer mode
  2. click "Load unpacked" and choose ${EXTENSION_DIR}
  3. open the pages above; the toolbar button opens the planner, log and streak

Press Ctrl+C to stop.`);

let browser: ChildProcess | undefined;
const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (display && !flag('--no-open')) {
  const binary = [CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((b) => existsSync(b));
  if (binary) {
    const profile = mkdtempSync(join(tmpdir(), 'rc-demo-'));
    const extra = chromiumArgs(EXTENSION_DIR).filter((a) => a !== '--headless=new');
    browser = spawn(binary, [`--user-data-dir=${profile}`, ...extra, `${server.url}/`], { stdio: 'ignore' });
    console.log(`Opened ${binary} with the extension loaded.`);
  }
}

const stop = async () => {
  browser?.kill();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
