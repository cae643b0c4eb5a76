import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** Every embed file has this gzip (-9) budget: a blog pays for each script it loads. */
export const EMBED_BUDGET = 12 * 1024;

/** The embed files of the last build (reality-check*.js: one per element group and language). */
export const embedFiles = (): string[] => readdirSync(EXTENSION_DIR).filter((f) => /^reality-check[\w-]*\.js$/.test(f)).sort();

/** Embed files as routes at a site's root, as a blogger self-hosting them serves them. */
export const embedRoutes = (files: readonly string[] = embedFiles()): Record<string, string> =>
  Object.fromEntries(files.map((f) => [`/${f}`, readFileSync(join(EXTENSION_DIR, f), 'utf8')]));
