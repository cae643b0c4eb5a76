/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver through selenium-webdriver. MiniBrowser has no headless
 * mode, so it draws on a private Xvfb display. A watchdog shell kills Xvfb and the driver as soon as this
 * process is gone, however it ends, so a failed or killed test run leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, type WebDriver } from 'selenium-webdriver';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export interface WebKitServices {
  /** WebKitWebDriver's URL. */
  url: string;
  pids: { xvfb: number; driver: number };
  stop(): Promise<void>;
}

export interface WebKitSession {
  driver: WebDriver;
  services: WebKitServices;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve() : new Promise<void>((ok) => child.once('exit', () => ok()));

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Xvfb on a display it picks itself (-displayfd), WebKitWebDriver on a free port, and their watchdog. */
export async function startServices(opts: { dark?: boolean } = {}): Promise<WebKitServices> {
  // The watchdog reads the pids to guard from its stdin, which is ours: when this process ends (even by
  // SIGKILL) it sees end of file and kills them all.
  const watchdog = spawn('sh', ['-c', 'p=; while read -r x; do p="$p $x"; done; kill $p 2>/dev/null'], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const guard = (child: ChildProcess) => watchdog.stdin!.write(`${child.pid}\n`);
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  guard(xvfb);
  const display = await within(
    new Promise<string>((ok, fail) => {
      let out = '';
      xvfb.stdio[3]!.on('data', (d) => {
        out += d;
        if (out.includes('\n')) ok(out.trim());
      });
      xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}); is the xvfb package installed?`)));
    }),
    20_000,
    'Starting Xvfb',
  ).catch((e) => {
    watchdog.stdin!.end();
    throw e;
  });
  const port = await freePort();
  const env = { ...process.env, DISPLAY: `:${display}`, ...(opts.dark ? { GTK_THEME: 'Adwaita:dark' } : {}) };
  const driver = spawn('WebKitWebDriver', ['--host=127.0.0.1', `--port=${port}`], { env, stdio: 'ignore' });
  guard(driver);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pids: { xvfb: xvfb.pid!, driver: driver.pid! },
    async stop() {
      watchdog.stdin!.end();
      await Promise.all([exited(xvfb), exited(driver)]);
    },
  };
}

/** A MiniBrowser session on fresh services; the session start is bounded (a missing display hangs it). */
export async function launchWebKit(opts: { dark?: boolean } = {}): Promise<WebKitSession> {
  const services = await startServices(opts);
  try {
    await driverReady(services.url);
    const driver = new Builder()
      // Always a running server: without one selenium-manager would try to download a driver.
      .usingServer(services.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await within(driver.getSession(), 30_000, 'Starting a MiniBrowser session');
    return {
      driver,
      services,
      async close() {
        await driver.quit().catch(() => undefined);
        await services.stop();
      },
    };
  } catch (e) {
    await services.stop();
    throw e;
  }
}

/** The driver listens a moment after it starts: wait for its /status before asking for a session. */
async function driverReady(url: string, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    const ready = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within ${ms / 1000} s; is webkit2gtk-driver installed?`);
}
