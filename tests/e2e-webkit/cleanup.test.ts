/**
 * Xvfb and WebKitWebDriver outlive a crashed test unless something kills them: the watchdog in webkit.ts
 * must do so however the test process ends.
 */
import { expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';

/** Alive and not a zombie (a container's init may be slow to reap). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40 && running(pid); i++) await new Promise((r) => setTimeout(r, 100));
  return !running(pid);
}

test.each([
  ['throws', 'throw new Error("a failing test")'],
  ['is killed with SIGKILL', 'process.kill(process.pid, "SIGKILL")'],
])('Xvfb and the driver stop when the test process %s', async (_, ending) => {
  const script = `import('./tests/e2e-webkit/webkit.ts').then(async ({ startServices }) => {
    const s = await startServices();
    console.log(JSON.stringify(s.pids));
    ${ending};
  });`;
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['--eval', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await new Promise((ok) => child.once('exit', ok));
  const pids = JSON.parse(out) as { xvfb: number; driver: number };
  expect(pids.xvfb).toBeGreaterThan(0);
  expect(await gone(pids.xvfb)).toBe(true);
  expect(await gone(pids.driver)).toBe(true);
});
