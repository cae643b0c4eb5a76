// Runs before `npm start` and `npm test`: a fresh clone has no node_modules yet, so install them once.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync(new URL('../../node_modules/.bin/wxt', import.meta.url))) {
  console.log('First run: installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit', cwd: new URL('../..', import.meta.url) });
}
