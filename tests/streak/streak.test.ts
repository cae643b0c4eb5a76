import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, currentStreak, dayOf, goodWeeksInARow, habitStrength, isCalendarDate, weekStart, weekSummaries, type DayActivity } from '../../lib/streak';

describe('calendar days', () => {
  test('a log at 00:30 with a 04:00 day start belongs to the previous day', () => {
    const instant = new Date('2026-03-10T00:30:00+01:00');
    expect(dayOf(instant, 'Europe/Berlin', 4)).toBe('2026-03-09');
    expect(dayOf(instant, 'Europe/Berlin', 0)).toBe('2026-03-10');
  });

  test('daylight saving: spring forward and fall back each keep one calendar day per day', () => {
    // Europe/Berlin: 2026-03-29 has 23 hours, 2026-10-25 has 25.
    for (const [start, days] of [['2026-03-27T12:00:00Z', 5], ['2026-10-23T12:00:00Z', 5]] as const) {
      const seen: string[] = [];
      for (let h = 0; h < days * 24; h++) seen.push(dayOf(new Date(Date.parse(start) + h * 3_600_000), 'Europe/Berlin', 4));
      const unique = [...new Set(seen)];
      expect(unique.length).toBe(days + 1);
      for (let i = 1; i < unique.length; i++) expect(unique[i]).toBe(addDays(unique[i - 1]!, 1));
    }
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(weekStart('2026-11-01')).toBe('2026-10-26');
  });

  test('travel across time zones and the date line: the traveller’s own local date counts', () => {
    const instant = new Date('2026-06-01T11:30:00Z');
    expect(dayOf(instant, 'Pacific/Kiritimati', 0)).toBe('2026-06-02'); // UTC+14
    expect(dayOf(instant, 'Pacific/Pago_Pago', 0)).toBe('2026-06-01'); // UTC-11
    expect(dayOf(instant, 'America/Los_Angeles', 4)).toBe('2026-06-01'); // 04:30 local, just after day start
    expect(dayOf(new Date('2026-06-01T10:30:00Z'), 'America/Los_Angeles', 4)).toBe('2026-05-31'); // 03:30 local
  });

  test('date validation rejects impossible dates', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-1-1')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });
});

describe('weeks and streaks', () => {
  const targets = { strengthSessions: 3, walkingDays: 2 };
  /** A good week starting at `monday`: three sessions, two walks. */
  const goodWeek = (monday: string): DayActivity[] => [
    { date: monday, strength: 1, walked: true },
    { date: addDays(monday, 2), strength: 1, walked: false },
    { date: addDays(monday, 4), strength: 1, walked: true },
  ];

  test('consecutive good weeks count; the open current week never breaks the streak', () => {
    const today = '2026-11-25'; // a Wednesday
    const thisMonday = weekStart(today);
    const days = [-3, -2, -1].flatMap((w) => goodWeek(addDays(thisMonday, 7 * w)));
    const s = weekSummaries(days, targets, today);
    expect(s.at(-1)!.current).toBe(true);
    expect(currentStreak(s)).toBe(3);
    const withThis = weekSummaries([...days, ...goodWeek(thisMonday)], targets, '2026-11-29');
    expect(currentStreak(withThis)).toBe(4);
  });

  test('the streak counts every good week in a row, not only the 12 the heat map shows', () => {
    const today = '2026-11-25';
    const m = weekStart(today);
    const twenty = Array.from({ length: 20 }, (_, i) => goodWeek(addDays(m, -7 * (i + 1)))).flat();
    expect(goodWeeksInARow(twenty, targets, today)).toBe(20);
    // A missed week 15 weeks back ends it there.
    const gap = twenty.filter((d) => d.date < addDays(m, -7 * 15) || d.date >= addDays(m, -7 * 14));
    expect(goodWeeksInARow(gap, targets, today)).toBe(14);
    expect(goodWeeksInARow([], targets, today)).toBe(0);
  });

  test('a missed week ends the streak, but habit strength falls gently', () => {
    const today = '2026-11-25';
    const m = weekStart(today);
    const days = [-8, -7, -6, -5, -4, -3, -2].flatMap((w) => goodWeek(addDays(m, 7 * w)));
    const before = habitStrength(weekSummaries(days, targets, today), targets);
    const gap = days.filter((d) => d.date < addDays(m, -14) || d.date >= addDays(m, -7));
    const s = weekSummaries(gap, targets, today);
    expect(currentStreak(s)).toBe(0);
    const after = habitStrength(s, targets);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(before * 0.6);
  });

  test('properties: streak never exceeds the weeks shown, strength stays in 0..1, logs in the future are ignored', () => {
    const day = fc.integer({ min: -120, max: 10 }).map((n) => addDays('2026-11-25', n));
    const activity = fc.record({ date: day, strength: fc.integer({ min: 0, max: 3 }), walked: fc.boolean() });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 200 }), (days) => {
        const s = weekSummaries(days, targets, '2026-11-25');
        expect(currentStreak(s)).toBeLessThanOrEqual(s.length);
        const h = habitStrength(s, targets);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(1);
        const past = weekSummaries(days.filter((d) => d.date <= '2026-11-25'), targets, '2026-11-25');
        expect(past).toEqual(s);
      }),
    );
  });
});

describe('week start by locale', () => {
  test('a week starts on Monday by default and on Sunday when the locale says so (en-US)', () => {
    // 2026-12-02 is a Wednesday.
    expect(weekStart('2026-12-02')).toBe('2026-11-30');
    expect(weekStart('2026-12-02', 7)).toBe('2026-11-29');
    expect(weekStart('2026-11-29', 1)).toBe('2026-11-23');
    expect(weekStart('2026-11-29', 7)).toBe('2026-11-29');
    expect(weekStart('2026-12-05', 6)).toBe('2026-12-05');
  });

  test('the same logs make different weeks when weeks start on Sunday: a Sunday session counts for the week ahead', () => {
    const targets = { strengthSessions: 1, walkingDays: 0 };
    // Sessions on Sundays 2026-11-22 and 2026-11-29; today Wednesday 2026-12-02.
    const days: DayActivity[] = ['2026-11-22', '2026-11-29'].map((date) => ({ date, strength: 1, walked: false }));
    const monday = weekSummaries(days, targets, '2026-12-02', 2, 1);
    const sunday = weekSummaries(days, targets, '2026-12-02', 2, 7);
    expect(monday.map((w) => [w.start, w.good])).toEqual([['2026-11-23', true], ['2026-11-30', false]]);
    expect(sunday.map((w) => [w.start, w.good])).toEqual([['2026-11-22', true], ['2026-11-29', true]]);
    expect(goodWeeksInARow(days, targets, '2026-12-02', 7)).toBe(2);
  });
});
