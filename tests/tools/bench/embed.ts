/** Gzip size of the embed script (budget: 12 kB) and of each extension bundle, from the last build. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../e2e/harness';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') || p.endsWith('.css') ? [p] : [];
  });
}

export default async function embedBench(): Promise<void> {
  for (const file of files(EXTENSION_DIR).sort()) {
    const body = readFileSync(file);
    const gz = gzipSync(body, { level: 9 }).length;
    const budget = file.endsWith('reality-check.js') ? `  (budget 12 kB: ${gz <= 12 * 1024 ? 'within' : 'OVER'})` : '';
    console.log(`${relative(EXTENSION_DIR, file).padEnd(44)} ${kb(body.length).padStart(9)} ${kb(gz).padStart(9)} gzip${budget}`);
  }
}
