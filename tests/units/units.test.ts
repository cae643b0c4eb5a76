import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatQuantity, RANGE, rangeText, readQuantity, splitFeet, switchUnits, toField, type Quantity } from '../../lib/units';

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
    expect(readQuantity('height', "5'13", 'imperial')).toMatchObject({ ok: false, error: /0 to 11.99/ });
    expect(readQuantity('height', "5.5'0", 'imperial')).toMatchObject({ ok: false, error: /whole feet/ });
    expect(formatQuantity('height', 163, 'imperial')).toBe('5 ft 4.2 in');
    expect(rangeText('height', 'imperial')).toBe('4 ft 0 in to 7 ft 6 in');
  });

  test('messages say what is wrong: decimals, range, empty, garbage', () => {
    expect(readQuantity('weight', '84.555', 'metric')).toEqual({ ok: false, error: 'Use at most two decimals, e.g. 84.56.' });
    expect(readQuantity('weight', '9999', 'metric')).toEqual({ ok: false, error: 'Weight must be between 30-350 kg.' });
    expect(readQuantity('weight', '9999', 'imperial')).toEqual({ ok: false, error: 'Weight must be between 67-771 lb.' });
    expect(readQuantity('waist', '', 'imperial')).toMatchObject({ ok: false, error: /waist in inches/ });
    expect(readQuantity('weight', 'abc', 'metric')).toMatchObject({ ok: false, error: /as a number/ });
    expect(readQuantity('weight', '72,5', 'metric')).toEqual({ ok: true, metric: 72.5 });
  });
});
