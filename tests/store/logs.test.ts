import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiFor } from '../i18n/catalog';
import { LogStore, LOCAL_KEY, QUARANTINE_KEY, SYNC_PREFIX, worded } from '../../lib/store/logs';
import { encodeMonths, live, stamp, type LogEntry } from '../../lib/log';
import { addDays } from '../../lib/streak';
import { open } from './open-store';

const en = uiFor('en');

const t = stamp(Date.UTC(2026, 10, 20, 8));
const walk = (id: string, date = '2026-11-20'): LogEntry => ({ id, date, kind: 'walk', value: 30, detail: 'min', updated: t });


test('a log is saved locally at once and reaches sync on flush, compactly', async () => {
  const store = await open();
  await store.put([walk('aaaaaa')]);
  expect((await fakeBrowser.storage.local.get(LOCAL_KEY))[LOCAL_KEY]).toEqual({ v: 1, entries: [walk('aaaaaa')] });
  await store.flush();
  const sync = await fakeBrowser.storage.sync.get(null);
  expect(Object.keys(sync)).toEqual([`${SYNC_PREFIX}2026-11`]);
  expect(String(sync[`${SYNC_PREFIX}2026-11`]).length).toBeLessThan(30);
  expect(store.status).toEqual({ kind: 'ok' });
});

test('two browsers that logged offline end with every entry from both, and write back what sync lacked', async () => {
  // Browser B's month is already in sync (its first sign-in won); this browser logged offline.
  await fakeBrowser.storage.sync.set(Object.fromEntries([...encodeMonths([walk('bbbbbb')])].map(([m, v]) => [SYNC_PREFIX + m, v])));
  await fakeBrowser.storage.local.set({ [LOCAL_KEY]: { v: 1, entries: [walk('aaaaaa')] } });
  const store = await open();
  expect(store.entries.map((e) => e.id)).toEqual(['aaaaaa', 'bbbbbb']);
  await store.flush();
  const reread = new LogStore();
  await fakeBrowser.storage.local.clear();
  await reread.load();
  expect(reread.entries.map((e) => e.id)).toEqual(['aaaaaa', 'bbbbbb']);
  reread.dispose();
});

test('a change arriving from sync is merged in; a delete made elsewhere stays deleted', async () => {
  const store = await open();
  await store.put([walk('aaaaaa'), walk('cccccc')]);
  await store.flush();
  const remote = [walk('aaaaaa'), { ...walk('cccccc'), value: 0, deleted: true as const }, walk('dddddd')];
  const [[month, text]] = [...encodeMonths(remote)] as [[string, string]];
  await fakeBrowser.storage.sync.set({ [SYNC_PREFIX + month]: text });
  await vi.waitFor(() => expect(live(store.entries).map((e) => e.id)).toEqual(['aaaaaa', 'dddddd']));
  const local = (await fakeBrowser.storage.local.get(LOCAL_KEY))[LOCAL_KEY] as { entries: LogEntry[] };
  expect(local.entries.find((e) => e.id === 'cccccc')?.deleted).toBe(true);
});

test('200 logs in a minute all land, in a handful of sync writes', async () => {
  const store = await open();
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  vi.useFakeTimers();
  for (let i = 0; i < 200; i++) {
    await store.put([walk(`e${i.toString(36).padStart(5, '0')}`, addDays('2026-11-01', i % 25))]);
    await vi.advanceTimersByTimeAsync(300);
  }
  await vi.advanceTimersByTimeAsync(2000);
  vi.useRealTimers();
  expect(set.mock.calls.length).toBeLessThanOrEqual(5);
  const reread = new LogStore();
  await fakeBrowser.storage.local.clear();
  await reread.load();
  expect(reread.entries.length).toBe(200);
  reread.dispose();
});

test('a quota error keeps every log locally and is shown to the user; the next flush retries', async () => {
  const store = await open();
  // Refused as a batch, then item by item.
  const quota = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quota).mockRejectedValueOnce(quota);
  await store.put([walk('aaaaaa')]);
  await store.flush();
  expect(store.status.kind).toBe('error');
  expect(store.status.kind !== 'ok' && store.status.message(en)).toMatch(/QUOTA_BYTES_PER_ITEM.*saved in this browser/);
  // Worded when shown, so the same status reads in Spanish with the month named by Intl.
  expect(store.status.kind !== 'ok' && store.status.message(uiFor('es-ES'))).toMatch(
    /^Sincronización en pausa para noviembre de 2026 \(QUOTA_BYTES_PER_ITEM quota exceeded\)\. Todos los registros están guardados en este navegador/,
  );
  expect(((await fakeBrowser.storage.local.get(LOCAL_KEY))[LOCAL_KEY] as { entries: unknown[] }).entries).toHaveLength(1);
  await store.flush();
  expect(store.status).toEqual({ kind: 'ok' });
});

test('corrupted, newer-version or partly bad local data opens anyway, is kept aside and explained', async () => {
  for (const [raw, message, count] of [
    ['{{not json', /could not be read/, 0],
    [{ v: 7, entries: [1, 2, 3] }, /newer version/, 0],
    [[walk('aaaaaa'), { id: 'bad' }], /1 saved entry could not be read/, 1],
  ] as const) {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ [LOCAL_KEY]: raw });
    const store = await open();
    expect(store.entries.length).toBe(count);
    expect(store.status.kind).toBe('warning');
    expect(store.status.kind !== 'ok' && store.status.message(en)).toMatch(message);
    const q = (await fakeBrowser.storage.local.get(QUARANTINE_KEY))[QUARANTINE_KEY] as { raw: unknown }[];
    expect(q.at(-1)?.raw).toEqual(raw);
    // Old (version 0) data was migrated: the good entry is kept.
    if (count) expect(store.entries[0]?.id).toBe('aaaaaa');
  }
});

test('when logs outgrow sync, the newest months are synced and the user is told', async () => {
  const store = await open();
  const many: LogEntry[] = [];
  for (let d = 0; d < 365 * 16; d++) {
    many.push({ ...walk(`w${d.toString(36).padStart(5, '0')}`, addDays('2010-01-01', d)) });
  }
  await store.put(many);
  await store.flush();
  expect(store.status.kind !== 'ok' && store.status.message(en)).toMatch(/latest \d+ months/);
  expect(store.status.kind !== 'ok' && store.status.message(uiFor('es-ES'))).toMatch(/^La sincronización lleva tus últimos \d+ meses; los registros más antiguos/);
  const keys = Object.keys(await fakeBrowser.storage.sync.get(null));
  expect(keys).toContain(`${SYNC_PREFIX}${addDays('2010-01-01', 365 * 16 - 1).slice(0, 7)}`);
  expect(keys).not.toContain(`${SYNC_PREFIX}2010-01`);
  expect(store.entries.length).toBe(many.length);
});

test('two contexts (popup and background) writing the local log converge on the union', async () => {
  const popup = await open();
  const background = await open();
  await popup.put([walk('aaaaaa')]);
  await background.put([walk('bbbbbb')]);
  await vi.waitFor(async () => {
    const stored = (await fakeBrowser.storage.local.get(LOCAL_KEY))[LOCAL_KEY] as { entries: LogEntry[] };
    expect(stored.entries.map((e) => e.id)).toEqual(['aaaaaa', 'bbbbbb']);
    expect(popup.entries.map((e) => e.id)).toEqual(['aaaaaa', 'bbbbbb']);
    expect(background.entries.map((e) => e.id)).toEqual(['aaaaaa', 'bbbbbb']);
  });
});

test('a set-aside problem is kept as a key and its facts, so it reads in the language the user has when they look', () => {
  const two = worded({ said: { key: 'log.problem.entries', n: 2 } })!;
  expect(two(en)).toBe('2 saved entries could not be read and were kept aside.');
  expect(two(uiFor('es'))).toBe('No se pudieron leer 2 entradas guardadas; se han apartado.');
  const lost = worded({ said: { key: 'log.problem.editLost', kind: 'weight', date: '2026-11-20' } })!;
  expect(lost(uiFor('es-ES'))).toMatch(/^Tu registro de peso del 20 nov 2026 se editó aquí/);
  // A value set aside before keys were stored keeps its English words; nothing stored means nothing to say.
  expect(worded({ problem: 'Your saved log could not be read.' })!(uiFor('es'))).toBe('Your saved log could not be read.');
  expect(worded({})).toBeNull();
});

test('an entry the log could not read back is refused, so no save and re-read loop sets it aside forever', async () => {
  const store = await open();
  // A strength session without its focus: parseEntry rejects it, so every re-read would set it aside again.
  const unreadable = { id: 'bbbbbb', date: '2026-11-20', kind: 'strength', value: 1, updated: t } as LogEntry;
  await store.put([walk('aaaaaa'), unreadable]);
  expect(store.entries.map((e) => e.id)).toEqual(['aaaaaa']);
  await new Promise((r) => setTimeout(r, 0));
  expect((await fakeBrowser.storage.local.get(LOCAL_KEY))[LOCAL_KEY]).toEqual({ v: 1, entries: [walk('aaaaaa')] });
  expect((await fakeBrowser.storage.local.get(QUARANTINE_KEY))[QUARANTINE_KEY]).toBeUndefined();
});
