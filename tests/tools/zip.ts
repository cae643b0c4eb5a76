/**
 * `npm run zip`: the store packages. Builds and zips the Chrome extension, the Firefox extension and the
 * sources archive Mozilla's review asks for (WXT's own zip), lints the Firefox package with web-ext as
 * addons.mozilla.org would, and prints what to upload with the sizes. Exits non-zero on any lint error.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const wxt = join(ROOT, 'tests/tools/wxt.mjs');

console.log('Building and zipping for Chrome and Firefox…');
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  execFileSync(process.execPath, [wxt, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; file?: string; message: string }[];
  warnings: { code: string; file?: string }[];
}
// web-ext exits non-zero when it finds errors but still prints the JSON report.
let out: string;
try {
  out = execFileSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
} catch (e) {
  out = String((e as { stdout?: string }).stdout ?? '');
}
const lint = JSON.parse(out) as LintReport;

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
const byCode = [...new Set(lint.warnings.map((w) => w.code))].join(', ');
console.log(
  `\nweb-ext lint (Firefox package): ${lint.summary.errors} errors, ${lint.summary.warnings} warnings` +
    (byCode ? ` (${byCode}: Preact's renderer sets innerHTML only for dangerouslySetInnerHTML, which we never use)` : ''),
);
for (const e of lint.errors) console.error(`  error ${e.code} ${e.file ?? ''}: ${e.message}`);
if (lint.summary.errors > 0) process.exit(1);
