/**
 * `npm run lint:firefox`: web-ext lint of the Firefox build as addons.mozilla.org runs it, in one line.
 * The warnings we know and accept are named below with the reason; any other warning or any error is
 * printed in full, and an error fails the run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../e2e/harness';

interface Finding {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
}

/**
 * Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which nothing here uses; it lands in
 * every bundle that renders Preact (panel.js in-page since the overlay went badge first; overlay.js has none).
 */
const KNOWN = (w: Finding) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^(reality-check|panel|chunks\/|content-scripts\/)/.test(w.file ?? '');

export function lintFirefox(dir = '.output/firefox-mv2'): { ok: boolean; line: string } {
  let out: string;
  try {
    out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    // web-ext exits non-zero when it finds errors but still prints the JSON report.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  const lint = JSON.parse(out) as LintReport;
  const known = lint.warnings.filter(KNOWN);
  for (const f of [...lint.errors, ...lint.warnings.filter((w) => !KNOWN(w))]) console.log(`  ${f.code} ${f.file ?? ''}: ${f.message}`);
  const line =
    `web-ext lint (${dir}): ${lint.summary.errors} errors, ${lint.summary.warnings - known.length} new warnings` +
    (known.length ? `, ${known.length} known (innerHTML inside Preact's renderer, never given page data)` : '');
  return { ok: lint.summary.errors === 0, line };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ok, line } = lintFirefox();
  console.log(line);
  if (!ok) process.exit(1);
}
