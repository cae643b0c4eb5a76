// Runs before `npm start` and `npm test`: a fresh clone has no node_modules yet, so install them once.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync(new URL('../../node_modules/.bin/wxt', import.meta.url))) {
  console.log('First run: installing dependencies (npm ci)…');
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    // npm would print a block of EBADENGINE warnings for this; say it once, plainly, instead.
    console.log(`Node ${process.versions.node}: everything here builds and tests on Node 20; puppeteer-core and wxt's submit helper ask for 22.12 or newer.`);
  }
  // Errors still print; warnings are the engine notes above.
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit', cwd: new URL('../..', import.meta.url) });
}
