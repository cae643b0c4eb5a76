/** Numbers, dates, week start and default units by locale (lib/i18n/format.ts, lib/i18n/lang.ts). */
import { expect, test, vi } from 'vitest';
import { defaultUnits, formatDate, formatField, formatNumber, weekStartDay } from '../../lib/i18n/format';
import { formatLocale, langOf } from '../../lib/i18n/lang';

test('decimal comma in Spanish, point in English; grouping as each locale writes it', () => {
  expect(formatNumber('es', 72.5)).toBe('72,5');
  expect(formatNumber('en', 72.5)).toBe('72.5');
  expect(formatNumber('es', 72.46, 1)).toBe('72,5');
  expect(formatNumber('es', 72, 1)).toBe('72');
  expect(formatNumber('es', 0.5, 1, 1)).toBe('0,5');
  expect(formatNumber('en-US', 12500)).toBe('12,500');
  // Spanish groups thousands only from five digits (CLDR, after the RAE): "2000", but "12.500".
  expect(formatNumber('es', 2000)).toBe('2000');
  expect(formatNumber('es', 12500)).toBe('12.500');
});

test('dates: the calendar day as written, whatever the time zone', () => {
  expect(formatDate('en-US', '2026-12-02')).toBe('Dec 2, 2026');
  expect(formatDate('es', '2026-12-02')).toBe('2 dic 2026');
  expect(formatDate('es', '2026-01-01', { day: 'numeric', month: 'long' })).toBe('1 de enero');
});

test('week start: Monday in Spain and the UK, Sunday in the US', () => {
  expect(weekStartDay('es')).toBe(1);
  expect(weekStartDay('es-ES')).toBe(1);
  expect(weekStartDay('en-GB')).toBe(1);
  expect(weekStartDay('en-US')).toBe(7);
  expect(weekStartDay('en')).toBe(7);
});

test('default units: pounds in the US, Liberia and Myanmar (and bare "en"), kilograms elsewhere', () => {
  expect(defaultUnits('en-US')).toBe('imperial');
  expect(defaultUnits('en')).toBe('imperial');
  expect(defaultUnits('en-LR')).toBe('imperial');
  expect(defaultUnits('my-MM')).toBe('imperial');
  expect(defaultUnits('en-GB')).toBe('metric');
  expect(defaultUnits('es')).toBe('metric');
  expect(defaultUnits('es-US')).toBe('imperial');
  expect(defaultUnits('es-MX')).toBe('metric');
  expect(defaultUnits('not a locale')).toBe('metric');
});

test('language and Intl locale from a UI language tag', () => {
  expect(langOf('es')).toBe('es');
  expect(langOf('es-419')).toBe('es');
  expect(langOf('es_MX')).toBe('es');
  expect(langOf('ES')).toBe('es');
  expect(langOf('en-GB')).toBe('en');
  expect(langOf('fr')).toBe('en');
  expect(langOf('')).toBe('en');
  expect(langOf(undefined)).toBe('en');
  expect(formatLocale('es-MX')).toBe('es-MX');
  expect(formatLocale('es_419')).toBe('es-419');
  expect(formatLocale('fr-FR')).toBe('en-FR');
  expect(formatLocale('fr')).toBe('en');
  expect(formatLocale('not a locale')).toBe('en');
});

test('field text reads back as typed: the decimal comma, never a grouping mark', () => {
  // "12,500" in a field would be read back as 12.5 (the comma is taken as a decimal comma).
  expect(formatField('en-GB', 12500)).toBe('12500');
  expect(formatField('es-ES', 12500)).toBe('12500');
  expect(formatField('es', 1200.5)).toBe('1200,5');
  expect(formatField('en', 72.456)).toBe('72.46');
});

test('integers read as Intl writes them in every region of the languages we ship, grouped by hand', () => {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const regions = ['', '419', '150', '001', ...letters.flatMap((a) => letters.map((b) => a + b))];
  const numbers = [0, 7, 999, 1000, 1234, 9999, 10_000, 11_112, 99_999, 123_456, 1_234_567, 12_345_678, 123_456_789, Number.MAX_SAFE_INTEGER];
  const made = vi.spyOn(Intl, 'NumberFormat');
  const ours = regions.flatMap((r) => ['en', 'es'].map((lang) => (r ? `${lang}-${r}` : lang))).map((tag) => [tag, numbers.map((n) => formatNumber(tag, n))] as const);
  made.mockRestore();
  expect(made).not.toHaveBeenCalled();
  for (const [tag, written] of ours) expect(written, tag).toEqual(numbers.map((n) => new Intl.NumberFormat(tag).format(n)));
  // Without grouping (a field's value) the digits alone.
  expect(formatField('es-MX', 12_500)).toBe('12500');
});

test('the regions\' grouping is read once, not per number: formatting splits no list', () => {
  formatNumber('en-DE', 12_345);
  const split = vi.spyOn(String.prototype, 'split');
  const written = ['en-DE', 'en-IN', 'es-MX', 'es-CR', 'en-GB', 'es'].map((tag) => formatNumber(tag, 1_234_567));
  const splits = split.mock.calls.length;
  split.mockRestore();
  expect(splits).toBe(0);
  expect(written).toEqual(['1.234.567', '12,34,567', '1,234,567', '1\u00a0234\u00a0567', '1,234,567', '1.234.567']);
});

test('what the hand grouping does not cover goes through Intl: decimals, negatives, other scripts and numbering systems', () => {
  for (const [tag, n] of [['en', 12.5], ['es', -12_500], ['en', -0], ['ar-EG', 12_500], ['en-u-nu-arab', 1234], ['sr-Latn-RS', 12_500]] as const) {
    expect(formatNumber(tag, n)).toBe(new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(n));
  }
  expect(formatNumber('es', 7, 1, 1)).toBe('7,0');
});
