/**
 * `npm run zip`: the store packages. Builds and zips the Chrome extension, the Firefox extension and the
 * sources archive Mozilla's review asks for (WXT's own zip), lints the Firefox package with web-ext as
 * addons.mozilla.org would (lint-firefox.ts), and prints what to upload with the sizes. Fails on a lint error.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { lintFirefox } from './lint-firefox';

const wxt = join(ROOT, 'tests/tools/wxt.mjs');

console.log('Building and zipping for Chrome and Firefox…');
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  execFileSync(process.execPath, [wxt, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const lint = lintFirefox();

const output = join(ROOT, '.output');
const version = (process.env.npm_package_version ?? '').trim();
const packages = readdirSync(output)
  .filter((f) => f.endsWith('.zip') && (!version || f.includes(`-${version}-`)))
  .sort();
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const PURPOSE: Record<string, string> = {
  chrome: 'Chrome Web Store (and Edge Add-ons)',
  firefox: 'addons.mozilla.org: the add-on',
  sources: 'addons.mozilla.org: "source code" upload for review (npm ci && npm run build:firefox)',
};

console.log('\nPackages in .output/:');
for (const file of packages) {
  const kind = Object.keys(PURPOSE).find((k) => file.includes(`-${k}.zip`)) ?? '';
  console.log(`  ${file.padEnd(36)} ${kB(statSync(join(output, file)).size).padStart(9)}  ${PURPOSE[kind] ?? ''}`);
}
console.log(`\n${lint.line}`);
if (!lint.ok) process.exit(1);
