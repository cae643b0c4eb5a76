/** catalogTranslator (embed, tests) and the module's i18n.t (extension pages) say the same thing. */
import { createI18n } from '@wxt-dev/i18n';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogTranslator, pluralForm, substitute, type MessageKey } from '../../lib/i18n/translate';
import { LOCALES_DIR } from '../../scripts/catalog';
import { catalogs, translators } from './catalog';

test('plural forms: one / other, and zero / one / other', () => {
  expect(pluralForm('a claim | {n} claims', 1)).toBe('a claim');
  expect(pluralForm('a claim | {n} claims', 0)).toBe('{n} claims');
  expect(pluralForm('a claim | {n} claims', 2)).toBe('{n} claims');
  expect(pluralForm('a claim | {n} claims', 1.5)).toBe('{n} claims');
  expect(pluralForm('none | one | {n} many', 0)).toBe('none');
  expect(pluralForm('none | one | {n} many', 1)).toBe('one');
  expect(pluralForm('none | one | {n} many', 7)).toBe('{n} many');
});

test('named substitutions fill what is given and leave the rest', () => {
  expect(substitute('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  expect(substitute('{n} kg', { n: '72,5' })).toBe('72,5 kg');
});

test('plural keys read right in both languages, numbers formatted by the caller', () => {
  expect(translators.en('overlay.announce', { n: 1 }, 1)).toBe('Reality Check flagged 1 claim on this page. The list is at the bottom right.');
  expect(translators.en('overlay.announce', { n: 3 }, 3)).toBe('Reality Check flagged 3 claims on this page. The list is at the bottom right.');
  expect(translators.es('overlay.announce', { n: 1 }, 1)).toMatch(/^Reality Check ha señalado 1 afirmación /);
  expect(translators.es('overlay.announce', { n: 3 }, 3)).toMatch(/^Reality Check ha señalado 3 afirmaciones /);
});

test("the module's i18n.t over its own messages.json agrees with catalogTranslator on every key", async () => {
  for (const lang of ['en', 'es'] as const) {
    const json = generateChromeMessages(await parseMessagesFile(`${LOCALES_DIR}${lang}.yml`));
    // Chrome's getMessage: the message by its underscored name ($1 substitution unused: tests/i18n/keys.test.ts).
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => json[name]?.message ?? '');
    const moduleT = createI18n().t as unknown as (key: string, ...args: unknown[]) => string;
    const ours = catalogTranslator(catalogs[lang]);
    for (const key of Object.keys(catalogs[lang]) as MessageKey[]) {
      const subs = { n: '4,5', name: 'X', count: 2 };
      for (const count of [0, 1, 2]) expect(ours(key, subs, count)).toBe(moduleT(key, count, subs));
      expect(ours(key, subs)).toBe(moduleT(key, subs));
    }
    vi.restoreAllMocks();
  }
});
