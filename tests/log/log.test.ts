import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeMonth, encodeMonths, exportCsv, exportJson, live, merge, parseEntry, parseImport, stamp, toDays, type LogEntry } from '../../lib/log';
import { addDays } from '../../lib/streak';
import { uiFor } from '../i18n/catalog';

const entryArb: fc.Arbitrary<LogEntry> = fc
  .record({
    id: fc.stringMatching(/^[0-9a-z]{6}$/),
    day: fc.integer({ min: 0, max: 4000 }),
    kind: fc.constantFrom('strength', 'walk', 'sleep', 'weight', 'waist'),
    focus: fc.constantFrom('full', 'upper', 'lower', 'back'),
    minutes: fc.integer({ min: 1, max: 600 }),
    tenths: fc.integer({ min: 5, max: 160 }),
    // Body measurements are kept to 0.001 (lib/units keepMetric): 30.000-349.999 kg, 40.000-249.999 cm.
    milli: fc.integer({ min: 0, max: 209_999 }),
    updated: fc.integer({ min: 0, max: 5_000_000 }).map((m) => stamp(Date.UTC(2024, 0, 1) + m * 60_000)),
    deleted: fc.boolean(),
  })
  .map((r) => {
    const base = { id: r.id, date: addDays('2020-01-01', r.day), updated: r.updated };
    const kind = r.kind as LogEntry['kind'];
    if (r.deleted) return { ...base, kind, value: 0, deleted: true as const };
    if (kind === 'strength') return { ...base, kind, value: 1, detail: r.focus as LogEntry['detail'] };
    if (kind === 'walk') return { ...base, kind, value: r.minutes, detail: 'min' as const };
    if (kind === 'sleep') return { ...base, kind, value: r.tenths / 10 };
    if (kind === 'weight') return { ...base, kind, value: (30_000 + r.milli) / 1000 };
    return { ...base, kind, value: (40_000 + r.milli) / 1000 };
  });
const logArb = fc.array(entryArb, { maxLength: 40 });

describe('merge', () => {
  test('commutative, associative, idempotent; never loses an id', () => {
    fc.assert(
      fc.property(logArb, logArb, logArb, (a, b, c) => {
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
        expect(merge(merge(a, b), b)).toEqual(merge(a, b));
        const ids = new Set(merge(a, b).map((e) => e.id));
        for (const e of [...a, ...b]) expect(ids.has(e.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('two browsers logging offline keep every entry; a delete on one stays deleted', () => {
    const t = stamp(Date.UTC(2026, 10, 20, 9));
    const shared: LogEntry = { id: 'aaaaaa', date: '2026-11-20', kind: 'walk', value: 30, detail: 'min', updated: t };
    const laptop = [shared, { id: 'bbbbbb', date: '2026-11-21', kind: 'strength' as const, value: 1, detail: 'full' as const, updated: t }];
    const phone = [
      { ...shared, value: 0, deleted: true as const, updated: t },
      { id: 'cccccc', date: '2026-11-21', kind: 'sleep' as const, value: 7.5, updated: t },
    ];
    // Even a later edit on the laptop does not resurrect the deleted walk.
    const edited = [{ ...shared, value: 45, updated: t + 600_000 }, laptop[1]!];
    const merged = merge(edited, phone);
    expect(live(merged).map((e) => e.id).sort()).toEqual(['bbbbbb', 'cccccc']);
    expect(merged.find((e) => e.id === 'aaaaaa')?.deleted).toBe(true);
  });
});

describe('sync codec', () => {
  test('round-trips every entry exactly', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const merged = merge(log, []);
        const back = [...encodeMonths(merged)].flatMap(([m, text]) => decodeMonth(m, text).entries);
        expect(merge(back, [])).toEqual(merged);
      }),
      { numRuns: 300 },
    );
  });

  test('ten years of daily logs fit in sync: under 100 kB, every month under 8 kB, under 512 keys', () => {
    const entries: LogEntry[] = [];
    const t = stamp(Date.UTC(2026, 0, 1));
    for (let d = 0; d < 3653; d++) {
      const date = addDays('2026-01-01', d);
      entries.push({ id: d.toString(36).padStart(6, 'x'), date, kind: d % 2 ? 'walk' : 'strength', value: d % 2 ? 40 : 1, detail: d % 2 ? 'min' : 'full', updated: t + d * 86_400_000 });
    }
    const months = encodeMonths(entries);
    const bytes = [...months].reduce((sum, [m, v]) => sum + `log:${m}`.length + JSON.stringify(v).length, 0);
    console.log(`10 years of daily logs: ${months.size} keys, ${(bytes / 1024).toFixed(1)} kB in sync`);
    expect(bytes).toBeLessThan(100 * 1024);
    expect(months.size).toBeLessThan(500);
    for (const [m, v] of months) expect(`log:${m}`.length + JSON.stringify(v).length).toBeLessThan(8192);
  });

  test('a weight typed in lb keeps its 0.001 kg through sync and export; text from before (tenths) reads as before', () => {
    const t = stamp(Date.UTC(2026, 10, 2));
    // 180 lb is 81.647 kg: one decimal (81.6) read back as 179.9 lb.
    const lb180: LogEntry = { id: 'abcdef', date: '2026-11-02', kind: 'weight', value: 81.647, updated: t };
    const kg: LogEntry = { ...lb180, id: 'bcdefg', value: 81.6 };
    const text = encodeMonths([lb180, kg]).get('2026-11')!;
    expect(decodeMonth('2026-11', text).entries).toEqual([lb180, kg]);
    const [fine, tenths] = text.split(';');
    // Sync stays compact: three characters more for a finer value, none for one in tenths (as before).
    expect(fine!.length - tenths!.length).toBeLessThanOrEqual(3);
    expect(tenths).toBe(`bcdefg02k-${tenths!.slice(10, 15)}${(816).toString(36)}`);
    for (const file of [exportJson([lb180]), exportCsv([lb180])]) {
      const back = parseImport(file);
      expect(back.ok && back.entries).toEqual([lb180]);
    }
  });

  test('damaged text decodes what it can and counts the rest', () => {
    const [month, text] = [...encodeMonths([{ id: 'abcdef', date: '2026-11-02', kind: 'sleep', value: 7.5, updated: stamp(Date.UTC(2026, 10, 2)) }])][0]!;
    expect(decodeMonth(month, `${text};garbage;;zz`).bad).toBe(2);
    expect(decodeMonth(month, 42)).toEqual({ entries: [], bad: 1 });
    expect(decodeMonth('../x', text)).toEqual({ entries: [], bad: 1 });
  });

  test('a damaged finer value (".", then base 36 thousandths) is counted, never read as a weight', () => {
    const lb180: LogEntry = { id: 'abcdef', date: '2026-11-02', kind: 'weight', value: 81.647, updated: stamp(Date.UTC(2026, 10, 2)) };
    const [month, text] = [...encodeMonths([lb180])][0]!;
    expect(text).toMatch(/\.[0-9a-z]+$/);
    for (const tail of ['.', '.zz!', '.-5', '..1qz', `.${'z'.repeat(30)}`]) {
      expect(decodeMonth(month, text.replace(/\.[0-9a-z]+$/, tail))).toEqual({ entries: [], bad: 1 });
    }
  });
});

describe('entries, import and export', () => {
  test('parseEntry refuses out-of-range and malformed values', () => {
    const ok = { id: 'abcdef', date: '2026-11-02', kind: 'weight', value: 72.46, updated: 5 };
    expect(parseEntry(ok)?.value).toBe(72.46);
    expect(parseEntry({ ...ok, value: 81.64662 })?.value).toBe(81.647);
    expect(parseEntry({ ...ok, kind: 'sleep', value: 7.46 })?.value).toBe(7.5);
    for (const bad of [{ ...ok, value: 2000 }, { ...ok, date: '2026-02-30' }, { ...ok, id: 'A B' }, { ...ok, kind: 'nap' }, { ...ok, value: 'x' }, null, 'x']) {
      expect(parseEntry(bad)).toBeNull();
    }
  });

  test('JSON and CSV exports import back; garbage files get a clear message and change nothing', () => {
    const t = stamp(Date.UTC(2026, 10, 2));
    const log: LogEntry[] = [
      { id: 'abcdef', date: '2026-11-02', kind: 'walk', value: 8000, detail: 'steps', updated: t },
      { id: 'bcdefg', date: '2026-11-03', kind: 'strength', value: 1, detail: 'back', updated: t },
      { id: 'cdefgh', date: '2026-11-03', kind: 'sleep', value: 0, updated: t, deleted: true },
    ];
    const json = parseImport(exportJson(log));
    expect(json.ok && json.entries).toEqual(log);
    const csv = parseImport(exportCsv(log));
    expect(csv.ok && csv.entries).toEqual(log.slice(0, 2));
    for (const [text, message] of [
      ['', /empty/],
      ['hello', /Not a Reality Check export/],
      ['{"format":"other"}', /JSON export/],
      ['{broken', /JSON export/],
      ['id,date,kind,value,detail,updated\nx,y,z', /None of the rows/],
    ] as const) {
      const r = parseImport(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error(uiFor('en'))).toMatch(message);
    }
  });

  test('days for the streak: sessions counted, any walk counts, deleted entries ignored', () => {
    const t = 0;
    const days = toDays([
      { id: 'aaaaaa', date: '2026-11-02', kind: 'strength', value: 1, detail: 'full', updated: t },
      { id: 'bbbbbb', date: '2026-11-02', kind: 'strength', value: 1, detail: 'back', updated: t },
      { id: 'cccccc', date: '2026-11-02', kind: 'walk', value: 20, detail: 'min', updated: t },
      { id: 'dddddd', date: '2026-11-03', kind: 'walk', value: 0, updated: t, deleted: true },
    ]);
    expect(days).toEqual([{ date: '2026-11-02', strength: 2, walked: true }]);
  });
});

describe('weight trend', () => {
  test('one heavy day moves the trend far less than the scale', async () => {
    const { weightTrend } = await import('../../lib/log');
    const weighIns = (kgs: number[]) => kgs.map((v, i): LogEntry => ({ id: `w0000${i}`, date: addDays('2026-11-01', i), kind: 'weight', value: v, updated: 0 }));
    const t = weightTrend(weighIns([70, 70, 70, 70, 70, 70, 70, 72.5, 70]));
    expect(t.map((p) => p.raw)).toEqual([70, 70, 70, 70, 70, 70, 70, 72.5, 70]);
    expect(t[7]!.trend - 70).toBeLessThan(0.25);
    expect(t[7]!.trend).toBeGreaterThan(70);
    // On the fourth weigh-in ever it is in half the pairs its slope is read from, but the charts draw the
    // weigh-ins with slips set aside (lib/progress/chart), and this one is.
    const { weightSeries } = await import('../../lib/progress/chart');
    const early = weightSeries(weighIns([70, 70, 70, 72.5, 70]), '2026-11-05');
    expect(early.trend.map((p) => p.y)).toEqual([70, 70, 70, 70]);
  });

  test('on a falling series the trend follows the weigh-ins, not a week and a half behind them', async () => {
    const { weightTrend } = await import('../../lib/log');
    // 0.1 kg a day for six weeks, weighed on five days of seven: the plain moving average ended 0.9 kg above.
    const days = Array.from({ length: 42 }, (_, i) => i)
      .filter((i) => i % 7 !== 2 && i % 7 !== 5)
      .map((i): LogEntry => ({ id: `w${String(i).padStart(5, '0')}`, date: addDays('2026-11-01', i), kind: 'weight', value: 90 - 0.1 * i, updated: 0 }));
    const t = weightTrend(days);
    for (const p of t) expect(p.trend, p.date).toBeCloseTo(p.raw, 6);
  });
});
