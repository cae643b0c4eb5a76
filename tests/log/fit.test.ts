import { describe, expect, test } from 'vitest';
import { decodeMonth, encodeMonths, exportCsv, FIT, parseEntry, parseImport, stamp, type LogEntry } from '../../lib/log';

const at = stamp(Date.UTC(2026, 10, 2, 9));
const fit = (id: string, value: number): LogEntry => ({ id, date: '2026-11-02', kind: 'fit', value, updated: at });

describe('the clothes-fit entry kind', () => {
  test('round-trips through the sync codec, CSV export and import', () => {
    const entries = [fit('aaaaaa', FIT.looser), fit('bbbbbb', FIT.same), fit('cccccc', FIT.tighter)];
    const text = encodeMonths(entries).get('2026-11')!;
    expect(decodeMonth('2026-11', text)).toEqual({ entries, bad: 0 });
    const back = parseImport(exportCsv(entries));
    expect(back.ok && back.entries).toEqual(entries);
  });

  test('text written before the fit kind existed still decodes to the same entries', () => {
    // Written by the codec before 'fit' existed: a strength session, a walk, a weight and a deleted waist.
    const old = 'oldaaa05sb0vzj0a;oldbbb06wm0vzj0b4;oldccc07k-0vzj0mm;oldddd08C-0vzj0';
    expect(decodeMonth('2026-10', old).bad).toBe(0);
    expect(decodeMonth('2026-10', old).entries.map((e) => [e.kind, e.value, !!e.deleted])).toEqual([
      ['strength', 1, false],
      ['walk', 40, false],
      ['weight', 81.4, false],
      ['waist', 0, true],
    ]);
  });

  test('only looser, same or tighter are fit values', () => {
    expect(parseEntry(fit('dddddd', 4))).toBeNull();
    expect(parseEntry(fit('dddddd', 1.5))).toBeNull();
    expect(parseEntry({ ...fit('dddddd', FIT.same), detail: 'min' })).toBeNull();
    expect(parseEntry(fit('dddddd', FIT.tighter))).toEqual(fit('dddddd', FIT.tighter));
  });
});
