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

/**
 * Every message of one language, or only those whose key starts with one of `prefixes` (and none of the
 * `!`-marked ones).
 */
export async function readCatalog(lang: string, prefixes?: readonly string[]): Promise<Record<string, string>> {
  const catalog: Record<string, string> = {};
  const wanted = (key: string) =>
    !prefixes || (prefixes.some((p) => key.startsWith(p)) && !prefixes.some((p) => p.startsWith('!') && key.startsWith(p.slice(1))));
  for (const m of await parseMessagesFile(`${LOCALES_DIR}${lang}.yml`)) {
    const key = m.key.join('.');
    if (key.startsWith('@@') || !wanted(key)) continue;
    // Plural forms joined as the module joins them into messages.json.
    catalog[key] = m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message;
  }
  return catalog satisfies Catalog;
}

/**
 * The keys each embed file ships, by prefix (each file has a 12 kB gzip budget, so only what it shows):
 * add a prefix when an embed component uses a new key outside them.
 */
export const BUNDLES: Record<string, readonly string[]> = {
  // reality-check(-es).js: the card and the timeline.
  embed: ['card.', '!card.numbers.', 'embed.timeline', 'timeline.'],
  // reality-check-plan(-es).js: the teaser's own words, its card chrome, and its field messages (lib/units, lib/plan/input).
  plan: ['card.kicker', 'card.medical', 'embed.plan', 'common.form.', 'units.', 'plan.input.'],
  numbers: ['card.numbers.', 'embed.numbers', 'numbers.'],
  // overlay.js: the plain badge, panel button and announcement a page with claims gets at load.
  badge: ['overlay.badge', 'overlay.toggle', 'overlay.announce'],
  // panel.js: the in-page badge, list and notices, so mounting them asks nothing of browser.i18n (see browserUi).
  overlay: ['overlay.'],
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
