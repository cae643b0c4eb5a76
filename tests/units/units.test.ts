import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatQuantity, RANGE, rangeText, readQuantity, splitFeet, switchUnits, toField, type Quantity, type Read } from '../../lib/units';
import { uiFor } from '../i18n/catalog';
import { BREAKABLE_FIGURE, plain } from '../claim-numbers/plain';

/** A refused read's message in English (or Spanish), null when it was read. */
const say = (r: Read, tag = 'en') => (r.ok ? null : plain(r.error(uiFor(tag))));

const FIELDS: Record<string, Quantity> = { height: 'height', weight: 'weight', goal: 'weight' };

describe('units', () => {
  test('163 cm to imperial and back stays 163; so do weights and any text typed between', () => {
    const start = { height: '163', weight: '84.5', goal: '', age: '40' };
    const imp = switchUnits(start, FIELDS, 'metric', 'imperial');
    expect(imp.raw).toEqual({ height: "5'4.17", weight: '186.29', goal: '', age: '40' });
    expect(switchUnits(imp.raw, FIELDS, 'imperial', 'metric', imp.memo).raw).toEqual(start);
    // A field edited in between is converted, the others still come back exactly.
    const edited = { ...imp.raw, weight: '180' };
    expect(switchUnits(edited, FIELDS, 'imperial', 'metric', imp.memo).raw).toEqual({ ...start, weight: '81.65' });
  });

  test('without a memo, one-decimal metric values survive the trip through two-decimal imperial', () => {
    fc.assert(
      fc.property(fc.constantFrom<Quantity>('height', 'weight', 'waist'), fc.integer({ min: 0, max: 10_000 }), (q, k) => {
        const { min, max } = RANGE[q];
        const metric = Math.round((min + ((max - min) * k) / 10_000) * 10) / 10;
        const there = readQuantity(q, toField(q, metric, 'imperial'), 'imperial');
        expect(there.ok && Math.round(there.metric * 10) / 10).toBe(metric);
      }),
    );
  });

  test('height in feet and inches', () => {
    expect(splitFeet("5'4.5")).toEqual({ ft: '5', inch: '4.5' });
    expect(splitFeet('65')).toEqual({ ft: '5', inch: '5' });
    const r = readQuantity('height', "5'4", 'imperial');
    expect(r.ok && r.metric).toBeCloseTo(162.56, 2);
    expect(readQuantity('height', "5'", 'imperial').ok).toBe(true);
    expect(say(readQuantity('height', "5'13", 'imperial'))).toMatch(/0 to 11.99/);
    expect(say(readQuantity('height', "5.5'0", 'imperial'))).toMatch(/whole feet/);
    expect(plain(formatQuantity('height', 163, 'imperial'))).toBe('5 ft 4.2 in');
    const { min, max } = rangeText('height', 'imperial', 'en');
    expect([plain(min), plain(max)]).toEqual(['4 ft 0 in', '7 ft 6 in']);
  });

  test('messages say what is wrong: decimals, range, empty, garbage', () => {
    expect(say(readQuantity('weight', '84.555', 'metric'))).toBe('Use at most two decimals, e.g. 84.56.');
    expect(say(readQuantity('weight', '9999', 'metric'))).toBe('Weight must be between 30 kg and 350 kg.');
    expect(say(readQuantity('weight', '9999', 'imperial'))).toBe('Weight must be between 67 lb and 771 lb.');
    expect(say(readQuantity('waist', '', 'imperial'))).toBe('Enter your waist in inches, e.g. 31.5.');
    expect(say(readQuantity('weight', 'abc', 'metric'))).toBe('Enter your weight in kilograms as a number, e.g. 72.5.');
    expect(readQuantity('weight', '72,5', 'metric')).toEqual({ ok: true, metric: 72.5 });
  });

  test('a thousands comma ("1,000") is told the range, not "at most two decimals, e.g. 1."; "72,500" keeps its decimals hint', () => {
    // Read either way (1 with a decimal comma, 1000 with a thousands one) the number is out of range.
    expect(say(readQuantity('weight', '1,000', 'metric'))).toBe('Weight must be between 30 kg and 350 kg.');
    expect(say(readQuantity('weight', '1,000', 'imperial'))).toBe('Weight must be between 67 lb and 771 lb.');
    expect(say(readQuantity('weight', '1.000', 'metric'))).toBe('Weight must be between 30 kg and 350 kg.');
    expect(say(readQuantity('waist', '2,500', 'metric'))).toBe('Waist must be between 40 cm and 250 cm.');
    expect(say(readQuantity('weight', '1,000', 'metric'), 'es')).toBe('El peso debe estar entre 30 kg y 350 kg.');
    // In range at face value: the decimals are the mistake, and "72,5" (decimal comma) still reads.
    expect(say(readQuantity('weight', '72,500', 'metric'))).toBe('Use at most two decimals, e.g. 72.5.');
    expect(say(readQuantity('height', "5'4.123", 'imperial'))).toBe('Use at most two decimals, e.g. 4.12.');
    expect(readQuantity('weight', '72,5', 'metric')).toEqual({ ok: true, metric: 72.5 });
  });
});

test('field messages in Spanish: the locale\'s decimal comma in examples and limits', () => {
  expect(say(readQuantity('weight', '84.555', 'metric'), 'es')).toBe('Usa dos decimales como máximo, por ejemplo 84,56.');
  expect(say(readQuantity('weight', '', 'metric'), 'es')).toBe('Escribe tu peso en kilogramos, por ejemplo 72,5.');
  expect(say(readQuantity('height', "5'13", 'imperial'), 'es')).toBe('Las pulgadas van de 0 a 11,99; el resto va en pies.');
  expect(say(readQuantity('waist', '300', 'metric'), 'es')).toBe('La cintura debe estar entre 40 cm y 250 cm.');
});

test('formatQuantity and the field range messages never leave a line break between a number and its unit', () => {
  // The range ends were joined with a plain space: "entre 40 cm y 250 cm" and "4 ft 0 in" could wrap.
  const outputs = (['weight', 'waist', 'height'] as const).flatMap((q) =>
    (['metric', 'imperial'] as const).flatMap((u) =>
      ['en', 'es'].flatMap((l) => [formatQuantity(q, 163.4, u, 1, l), ...Object.values(rangeText(q, u, l))]),
    ),
  );
  expect(outputs).toHaveLength(36);
  expect(outputs.filter((o) => BREAKABLE_FIGURE.test(o) || / (?:ft|in)\b/.test(o))).toEqual([]);
});
