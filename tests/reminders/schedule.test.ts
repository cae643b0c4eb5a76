import { describe, expect, test } from 'vitest';
import { DEFAULT_REMINDERS, dueReminder, inQuietHours, parseReminders } from '../../lib/reminders/schedule';
import { uiFor } from '../i18n/catalog';

const on = { ...DEFAULT_REMINDERS, checkIn: true, nudge: true };
const SUNDAY = '2026-11-29';

describe('reminders', () => {
  test('off by default, and garbage settings read as off', () => {
    expect(DEFAULT_REMINDERS.checkIn || DEFAULT_REMINDERS.nudge).toBe(false);
    expect(parseReminders({ checkIn: 'yes', nudge: 1, quietFrom: 99, quietTo: -1 })).toEqual(DEFAULT_REMINDERS);
    expect(dueReminder(DEFAULT_REMINDERS, { date: SUNDAY, hour: 19 }, '2026-11-20', {})).toBeNull();
  });

  test('quiet hours wrap midnight and win over everything', () => {
    expect([20, 21, 23, 0, 7, 8].map((h) => inQuietHours(h, DEFAULT_REMINDERS))).toEqual([false, true, true, true, true, false]);
    expect(inQuietHours(13, { quietFrom: 12, quietTo: 14 })).toBe(true);
    expect(inQuietHours(3, { quietFrom: 5, quietTo: 5 })).toBe(false);
    expect(dueReminder({ ...on, quietFrom: 18, quietTo: 23 }, { date: SUNDAY, hour: 19 }, '2026-11-20', {})).toBeNull();
  });

  test('the check-in comes on Sunday evening, once a week', () => {
    expect(dueReminder(on, { date: SUNDAY, hour: 19 }, SUNDAY, {})?.kind).toBe('check-in');
    expect(dueReminder(on, { date: SUNDAY, hour: 17 }, SUNDAY, {})).toBeNull();
    expect(dueReminder(on, { date: '2026-11-28', hour: 19 }, '2026-11-28', {})).toBeNull();
    expect(dueReminder(on, { date: SUNDAY, hour: 20 }, SUNDAY, { 'check-in': SUNDAY })).toBeNull();
    expect(dueReminder(on, { date: SUNDAY, hour: 20 }, SUNDAY, { 'check-in': '2026-11-22' })?.kind).toBe('check-in');
  });

  test('the nudge comes after three days with nothing logged, at most once a day, never for an empty log', () => {
    const tue = '2026-11-24';
    const nudge = dueReminder(on, { date: tue, hour: 11 }, '2026-11-21', {});
    expect(nudge?.kind).toBe('nudge');
    expect(nudge?.message(uiFor('en'))).toBe('Nothing logged for 3 days. One walk or one session counts; no need to catch up.');
    expect(nudge?.title(uiFor('es'))).toBe('Un recordatorio amable');
    expect(nudge?.message(uiFor('es'))).toMatch(/^Llevas 3 días sin registrar nada\./);
    expect(dueReminder(on, { date: tue, hour: 11 }, '2026-11-22', {})).toBeNull();
    expect(dueReminder(on, { date: tue, hour: 9 }, '2026-11-21', {})).toBeNull();
    expect(dueReminder(on, { date: tue, hour: 11 }, '2026-11-21', { nudge: tue })).toBeNull();
    expect(dueReminder(on, { date: tue, hour: 11 }, null, {})).toBeNull();
    expect(dueReminder({ ...on, nudge: false }, { date: tue, hour: 11 }, '2026-11-01', {})).toBeNull();
  });
});
