import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeMonth, describeImport, encodeMonths, exportJson, merge, nextStamp, parseEntry, parseImport, stamp, type LogEntry } from '../../lib/log';
import { uiFor } from '../i18n/catalog';

const en = uiFor('en');

const at = stamp(Date.UTC(2026, 10, 20, 9));
const walk = (id: string, updated = at, value = 30): LogEntry => ({ id, date: '2026-11-20', kind: 'walk', value, detail: 'min', updated });
const roundTrip = (entries: LogEntry[]) => [...encodeMonths(entries)].flatMap(([m, text]) => decodeMonth(m, text).entries);

describe('one id rule (item 10)', () => {
  test('ids of 7-12 characters are not entry ids, so they can never collide in the 6-character sync codec', () => {
    expect(parseEntry(walk('abcdef1'))).toBeNull();
    expect(parseEntry(walk('abcdef2'))).toBeNull();
    expect(parseEntry(walk('abcdef'))).toEqual(walk('abcdef'));
  });

  test('import refuses rows with other ids and says why, in plain words', () => {
    const r = parseImport(exportJson([walk('abcdef1'), walk('abcdef2'), walk('abcdef')]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entries.map((e) => e.id)).toEqual(['abcdef']);
    expect(describeImport(r, new Set(), en)).toMatch(/2 rows skipped: their ids are not Reality Check ids/);
    const none = parseImport(exportJson([walk('abcdef1')]));
    expect(!none.ok && none.error(en)).toMatch(/ids are not Reality Check ids/);
  });
});

describe('clock skew (item 11)', () => {
  test('a later edit on one browser wins whatever its clock says', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5e11, max: 5e11 }), (skew) => {
        // The other browser's version, then this browser (clock off by `skew` ms) edits it.
        const theirs = walk('abcdef', at, 30);
        const mine = { ...theirs, value: 45, updated: nextStamp(theirs, at + skew) };
        expect(merge([theirs], [mine])).toEqual([mine]);
        expect(roundTrip([mine])).toEqual([mine]);
      }),
    );
  });

  test('every timestamp read from outside is bounded so the codec round-trips it exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e16, max: 1e16, noNaN: true }), (updated) => {
        const e = parseEntry({ ...walk('abcdef'), updated });
        expect(e).not.toBeNull();
        expect(roundTrip([e!])).toEqual([e]);
      }),
    );
  });

  test('import does not take an updated time from the far future', () => {
    const r = parseImport(exportJson([walk('abcdef', 8.64e15)]));
    expect(r.ok && r.entries[0]!.updated).toBeLessThanOrEqual(stamp() + 86_400_000);
  });

  test('old stored data with no or zero updated time still reads', () => {
    const old = [{ id: 'abcdef', date: '2026-11-20', kind: 'walk', value: 30, detail: 'min' }, { ...walk('bcdefg'), updated: 0 }];
    expect(old.map(parseEntry).every((e) => e !== null)).toBe(true);
  });
});

describe('import says what happened (item 12)', () => {
  test('duplicates are counted: "2 entries already there, 1 new"', () => {
    const r = parseImport(exportJson([walk('aaaaaa'), walk('bbbbbb'), walk('cccccc')]));
    expect(r.ok && describeImport(r, new Set(['aaaaaa', 'bbbbbb']), en)).toMatch(/2 entries already there, 1 new/);
    const twice = parseImport(exportJson([walk('aaaaaa'), walk('aaaaaa', at + 60_000), walk('cccccc')]));
    expect(twice.ok && describeImport(twice, new Set(), en)).toMatch(/2 new.*1 row repeats an entry/);
  });
});
