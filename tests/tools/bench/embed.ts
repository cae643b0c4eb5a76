/** Gzip size of each embed file (budget: 12 kB each) and of each extension bundle, from the last build. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../e2e/harness';
import { EMBED_BUDGET, embedFiles } from '../../e2e/embed-files';

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') || p.endsWith('.css') ? [p] : [];
  });
}

export default async function embedBench(): Promise<void> {
  const embed = new Set(embedFiles().map((f) => join(EXTENSION_DIR, f)));
  for (const file of files(EXTENSION_DIR).sort()) {
    const body = readFileSync(file);
    const gz = gzipSync(body, { level: 9 }).length;
    const budget = embed.has(file) ? `  (budget 12 kB: ${gz <= EMBED_BUDGET ? 'within' : 'OVER'})` : '';
    console.log(`${relative(EXTENSION_DIR, file).padEnd(44)} ${kb(body.length).padStart(9)} ${kb(gz).padStart(9)} gzip${budget}`);
  }
}
