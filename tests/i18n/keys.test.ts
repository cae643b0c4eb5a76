/** Both languages hold the same keys, every key is used in source, and messages keep the module's rules. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LOCALES_DIR } from '../../scripts/catalog';
import { catalogs } from './catalog';
import { BREAKABLE_FIGURE, BREAKABLE_TEMPLATE } from '../claim-numbers/plain';

const MARKER = '# --- lib copy (plan, progress, numbers, timeline, status, coach) ---';
const ROOT = join(LOCALES_DIR, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

const code = [...['components', 'entrypoints', 'lib'].flatMap((d) => sources(join(ROOT, d))), join(ROOT, 'wxt.config.ts')]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const names = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('en and es have the same keys', () => {
  expect(Object.keys(catalogs.es).sort()).toEqual(Object.keys(catalogs.en).sort());
});

test('every key is written in full somewhere in source (no unused key, no key built from pieces)', () => {
  const unused = Object.keys(catalogs.en).filter(
    (key) => !['"', "'", '`'].some((q) => code.includes(q + key + q)) && !code.includes(`__MSG_${key.replaceAll('.', '_')}__`),
  );
  expect(unused).toEqual([]);
});

test('each key has the same placeholders and plural forms in both languages', () => {
  for (const [key, message] of Object.entries(catalogs.en)) {
    const es = catalogs.es[key] ?? '';
    expect([key, names(es)]).toEqual([key, names(message)]);
    expect([key, es.split(' | ').length]).toEqual([key, message.split(' | ').length]);
  }
});

test('no message is empty or uses "$" (Chrome reads $1 and $name$ as placeholders)', () => {
  for (const catalog of Object.values(catalogs))
    for (const [key, message] of Object.entries(catalog)) expect([key, message.trim() !== '' && !message.includes('$')]).toEqual([key, true]);
});

test('each language file has the marker line between the two owners\' keys', () => {
  for (const lang of ['en', 'es']) expect(readFileSync(join(LOCALES_DIR, `${lang}.yml`), 'utf8')).toContain(`\n${MARKER}\n`);
});

test('copy uses typographic apostrophes (“This isn’t a myth”), never a straight one beside curly quotes', () => {
  for (const catalog of Object.values(catalogs))
    expect(Object.entries(catalog).filter(([, message]) => message.includes("'")).map(([key]) => key)).toEqual([]);
});

test('no message can break a line inside a figure (a range takes U+2011, a unit U+00A0)', () => {
  // "Lat pulldown or assisted pull-up 3x8-10" wrapped after "3x8-" in the planner at 200 % text, and
  // "about {low}-{high} kcal" between its two figures in the plateau card.
  for (const catalog of Object.values(catalogs)) {
    expect(Object.entries(catalog).filter(([, message]) => BREAKABLE_FIGURE.test(message) || BREAKABLE_TEMPLATE.test(message))).toEqual([]);
  }
});
