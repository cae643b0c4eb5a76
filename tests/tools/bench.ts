/**
 * `npm run bench`: runs every section in tests/tools/bench/ (each default-exports an async function that
 * prints its own figures) in name order. `npm run bench -- detector` runs only sections whose file name
 * contains "detector". Figures are ratios measured in the same run, plus gzip sizes.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const filter = process.argv[2];
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && (!filter || f.includes(filter)))
  .sort();

for (const file of sections) {
  console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
