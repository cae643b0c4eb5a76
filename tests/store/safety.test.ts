import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiFor } from '../i18n/catalog';
import { LOCAL_KEY, QUARANTINE_KEY, SYNC_PREFIX, readLocal } from '../../lib/store/logs';
import { settingsProblem } from '../../lib/store/settings';
import { DAY_START_HOURS, parsePrefs, prefsProblem } from '../../lib/store/prefs';
import { decodeMonth, encodeMonths, stamp, type LogEntry } from '../../lib/log';
import { addDays } from '../../lib/streak';
import { open } from './open-store';

const en = uiFor('en');

const t = stamp(Date.UTC(2026, 10, 20, 8));
const walk = (id: string, date = '2026-11-20', updated = t): LogEntry => ({ id, date, kind: 'walk', value: 30, detail: 'min', updated });
const id = (n: number) => n.toString(36).padStart(6, '0');


/** Chrome refuses a whole set() call when one item (key + JSON value) is over 8,192 bytes. */
function enforceItemQuota() {
  const real = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  return vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) if (k.length + JSON.stringify(v).length > 8192) throw new Error('kQuotaBytesPerItem');
    return real(items);
  });
}
const syncedEntries = async () => {
  const all = await fakeBrowser.storage.sync.get(null);
  return Object.entries(all).flatMap(([k, v]) => (k.startsWith(SYNC_PREFIX) ? decodeMonth(k.slice(SYNC_PREFIX.length, SYNC_PREFIX.length + 7), v).entries : []));
};

test('item 8: an oversized month syncs in parts and a log made afterwards still syncs', async () => {
  enforceItemQuota();
  const store = await open();
  const many = Array.from({ length: 465 }, (_, i) => walk(id(i), addDays('2026-11-01', i % 30)));
  await store.put(many);
  await store.flush();
  await store.put([walk('zzzzzz', '2026-12-01')]);
  await store.flush();
  expect(store.status.kind).not.toBe('error');
  const synced = await syncedEntries();
  expect(synced.map((e) => e.id).sort()).toEqual([...many.map((e) => e.id), 'zzzzzz'].sort());
  for (const [k, v] of Object.entries(await fakeBrowser.storage.sync.get(null))) expect(k.length + JSON.stringify(v).length).toBeLessThanOrEqual(8192);
});

test('item 8: a write failing for one month does not block the others', async () => {
  const real = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (`${SYNC_PREFIX}2026-11` in items) throw new Error('something went wrong');
    return real(items);
  });
  const store = await open();
  await store.put([walk('aaaaaa'), walk('bbbbbb', '2026-12-01')]);
  await store.flush();
  expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual([`${SYNC_PREFIX}2026-12`]);
  expect(store.status.kind !== 'ok' && store.status.message(en)).toMatch(/November 2026.*something went wrong/);
});

test('item 9: nothing set aside is evicted, and the same bad value is kept once', async () => {
  const store = await open();
  await fakeBrowser.storage.local.set({ [LOCAL_KEY]: { v: 99, entries: ['from a newer version'] } });
  await vi.waitFor(async () => expect(await store.setAside()).toHaveLength(1));
  for (let i = 0; i < 25; i++) await fakeBrowser.storage.sync.set({ [`${SYNC_PREFIX}2020-${String((i % 12) + 1).padStart(2, '0')}`]: `garbage${i}` });
  await vi.waitFor(async () => expect(await store.setAside()).toHaveLength(26));
  store.dispose();
  // A bad sync key that nobody rewrites is met again on every load: still kept once.
  for (let i = 0; i < 3; i++) await open();
  const kept = (await fakeBrowser.storage.local.get(QUARANTINE_KEY))[QUARANTINE_KEY] as { raw: unknown }[];
  expect(kept).toHaveLength(26);
  expect(kept[0]!.raw).toEqual({ v: 99, entries: ['from a newer version'] });
});

test('item 10: old stored entries with 7-12 character ids are migrated to distinct 6-character ids, none lost', () => {
  const { entries } = readLocal([walk('abcdef1'), walk('abcdef2'), walk('abcdef')]);
  expect(entries).toHaveLength(3);
  expect(new Set(entries.map((e) => e.id)).size).toBe(3);
  expect(entries.every((e) => /^[0-9a-z]{6}$/.test(e.id))).toBe(true);
  expect(readLocal([walk('abcdef1')]).entries).toEqual(readLocal([walk('abcdef1')]).entries);
});

test('item 12: an edit lost to another browser\'s delete is kept aside and the user is told', async () => {
  const store = await open();
  await store.put([walk('aaaaaa', '2026-11-20', t + 600_000)]);
  const [[month, text]] = [...encodeMonths([{ ...walk('aaaaaa'), value: 0, deleted: true }])] as [[string, string]];
  await fakeBrowser.storage.sync.set({ [SYNC_PREFIX + month]: text });
  await vi.waitFor(() => expect(store.status.kind !== 'ok' && store.status.message(en)).toMatch(/deleted in another browser/));
  expect((await store.setAside()).map((q) => q.raw)).toContainEqual(walk('aaaaaa', '2026-11-20', t + 600_000));
});

test('item 12: garbage synced settings and prefs are named, valid and missing ones are not', () => {
  expect(settingsProblem({ enabled: 'yes', disabledSites: ['a.com'] })?.(uiFor('en'))).toMatch(/flagging on or off/);
  expect(settingsProblem({ enabled: 'yes', disabledSites: ['a.com'] })?.(uiFor('es'))).toMatch(/\(la detección activada o desactivada\)/);
  expect(settingsProblem(42)?.(uiFor('en'))).toMatch(/could not be read/);
  expect(settingsProblem({ enabled: false, disabledSites: ['a.com'] })).toBeNull();
  expect(settingsProblem(undefined)).toBeNull();
  expect(prefsProblem({ units: 'furlongs', dayStartHour: 4 })?.(uiFor('en'))).toMatch(/units/);
  expect(prefsProblem({ units: 'metric' })).toBeNull();
});

test('a stored day start the popup cannot show (9:00; its choice offers 00:00-06:00) falls back and is named, so the choice shows the hour the streak counts by', () => {
  expect(parsePrefs({ dayStartHour: 9 }).dayStartHour).toBe(4);
  expect(prefsProblem({ dayStartHour: 9 })?.(uiFor('en'))).toMatch(/day starts/);
  expect(parsePrefs({ dayStartHour: 6 }).dayStartHour).toBe(6);
  expect(DAY_START_HOURS).toEqual([0, 1, 2, 3, 4, 5, 6]);
});

test('item 9: a value handed back with its keys reordered is still the same value, kept once', async () => {
  await fakeBrowser.storage.local.set({ [LOCAL_KEY]: { v: 99, entries: [] } });
  const store = await open();
  store.dispose();
  await fakeBrowser.storage.local.set({ [LOCAL_KEY]: { entries: [], v: 99 } });
  const again = await open();
  expect(await again.setAside()).toHaveLength(1);
});

test('item 9: two contexts setting values aside at the same moment both keep theirs', async () => {
  const popup = await open();
  const background = await open();
  type Q = { quarantine(source: string, raw: unknown, said: { key: string }): Promise<void> };
  await Promise.all([(popup as unknown as Q).quarantine('local', 'popup value', { key: 'log.problem.unreadable' }), (background as unknown as Q).quarantine('local', 'background value', { key: 'log.problem.unreadable' })]);
  await vi.waitFor(async () => expect((await popup.setAside()).map((q) => q.raw).sort()).toEqual(['background value', 'popup value']));
});
