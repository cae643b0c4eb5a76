/** Numbers, dates, week start and default units by locale (lib/i18n/format.ts, lib/i18n/lang.ts). */
import { expect, test } from 'vitest';
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
