/**
 * Build-time catalogs for the embed (and unit tests): locales/<lang>.yml parsed by @wxt-dev/i18n/build,
 * flattened to dotted key -> message, kept to the namespaces a bundle asks for so the embed ships only its
 * own strings: `import es from 'virtual:catalog/es:embed'` gives the Spanish messages of the BUNDLES.embed
 * namespaces; `virtual:catalog/es` gives them all (unit tests).
 */
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Catalog } from '../lib/i18n/translate';

// From the project root, where every npm script runs (import.meta.url is not a file: URL under happy-dom).
export const LOCALES_DIR = `${resolve('locales')}/`;

/** Every message of one language, or only those under the given top-level namespaces. */
export async function readCatalog(lang: string, namespaces?: readonly string[]): Promise<Record<string, string>> {
  const catalog: Record<string, string> = {};
  for (const m of await parseMessagesFile(`${LOCALES_DIR}${lang}.yml`)) {
    if (m.key[0]?.startsWith('@@')) continue;
    if (namespaces && !namespaces.includes(m.key[0]!)) continue;
    // Plural forms joined as the module joins them into messages.json.
    catalog[m.key.join('.')] = m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message;
  }
  return catalog satisfies Catalog;
}

/** The namespaces each embed file needs: add one here when its components use a new namespace. */
export const BUNDLES: Record<string, readonly string[]> = {
  embed: ['embed', 'card', 'common', 'timeline'],
  numbers: ['embed', 'card', 'common', 'numbers'],
};

const PREFIX = 'virtual:catalog/';

export function catalogPlugin(): Plugin {
  return {
    name: 'reality-check:catalog',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang, bundle] = id.slice(PREFIX.length + 1).split(':');
      if (bundle && !BUNDLES[bundle]) this.error(`no catalog bundle "${bundle}" (scripts/catalog.ts BUNDLES)`);
      this.addWatchFile(`${LOCALES_DIR}${lang}.yml`);
      return `export default ${JSON.stringify(await readCatalog(lang!, bundle ? BUNDLES[bundle] : undefined))};`;
    },
  };
}
