import { isCalendarDate, type CalendarDate } from '../streak/dates';
import { formatNumber } from '../i18n/format';
import type { Words } from '../i18n/translate';
import { keepMetric, RANGE } from '../units';

export type EntryKind = 'strength' | 'walk' | 'sleep' | 'weight' | 'waist' | 'fit';
export type StrengthFocus = 'full' | 'upper' | 'lower' | 'back';
export type WalkUnit = 'min' | 'steps';

/**
 * One logged fact. `updated` orders edits of the same entry across browsers; `deleted` is a tombstone that
 * travels through sync so a delete on one browser stays deleted on all of them.
 */
export interface LogEntry {
  id: string;
  date: CalendarDate;
  kind: EntryKind;
  /** strength: 1 session; walk: minutes or steps; sleep: hours; weight: kg; waist: cm; fit: a FIT value. */
  value: number;
  /** strength focus or walk unit. */
  detail?: StrengthFocus | WalkUnit;
  /** Milliseconds since the epoch of the last change, rounded to the minute. */
  updated: number;
  deleted?: true;
}

export const KINDS: readonly EntryKind[] = ['strength', 'walk', 'sleep', 'weight', 'waist', 'fit'];

/** How clothes fit compared with before: small positive whole numbers, so the sync codec stores them as it stores any value. */
export const FIT = { looser: 1, same: 2, tighter: 3 } as const;
export type Fit = keyof typeof FIT;
export const FIT_NAME = Object.fromEntries(Object.entries(FIT).map(([name, v]) => [v, name])) as Record<number, Fit>;
export const FOCI: readonly StrengthFocus[] = ['full', 'upper', 'lower', 'back'];

/** Plausible ranges: anything outside is a typo, and is refused with a message rather than stored. */
export const RANGES: Record<EntryKind, { min: number; max: number; unit: string }> = {
  strength: { min: 1, max: 1, unit: 'session' },
  walk: { min: 1, max: 600, unit: 'min' },
  sleep: { min: 0.5, max: 16, unit: 'h' },
  // The same ranges the planner uses (lib/units), in the metric the log stores.
  weight: { ...RANGE.weight, unit: 'kg' },
  waist: { ...RANGE.waist, unit: 'cm' },
  fit: { min: FIT.looser, max: FIT.tighter, unit: '' },
};
const MAX_STEPS = 100_000;

/**
 * The one id rule, for new entries, storage, sync and import: six base-36 characters. The sync codec stores
 * exactly six, so a longer id would merge with another entry there.
 */
const ID = /^[0-9a-z]{6}$/;
export const isId = (x: unknown): x is string => typeof x === 'string' && ID.test(x);

/** Six random base-36 characters: about two billion ids, plenty for one person's logs across browsers. */
export function newId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

const MINUTE = 60_000;
/** `updated` is bounded to what the sync codec holds exactly: minutes since 2024 in five base-36 digits (to 2138). */
export const EARLIEST = Date.UTC(2024, 0, 1);
export const LATEST = EARLIEST + (36 ** 5 - 1) * MINUTE;

/** Timestamps for `updated`: rounded to the minute and bounded, so they survive the sync encoding exactly. */
export const stamp = (now: number = Date.now()) => Math.min(LATEST, Math.max(EARLIEST, Math.floor(now / MINUTE) * MINUTE));

/**
 * `updated` for a new version of `prev` (an edit or a delete): this clock's time, but always after the
 * version being replaced. A hybrid logical clock per entry: an edit made after seeing another browser's
 * version wins over it whatever this browser's clock says.
 */
export const nextStamp = (prev: LogEntry | undefined, now: number = Date.now()) => stamp(Math.max(now, prev ? prev.updated + MINUTE : -Infinity));

/** Values are kept to one decimal, body measurements to lib/units' keepMetric (so 180 lb reads back as typed); the sync encoding holds both. */
export const roundValue = (kind: EntryKind, v: number) => (kind === 'weight' || kind === 'waist' ? keepMetric(v) : Math.round(v * 10) / 10);

/** Checks a value for its kind; returns a message for the form, or null when fine. */
export function checkValue(kind: EntryKind, value: number, detail?: string): Words | null {
  if (!Number.isFinite(value)) return ({ t }) => t('log.value.number');
  if (kind === 'walk' && detail === 'steps') {
    return value >= 100 && value <= MAX_STEPS && Number.isInteger(value)
      ? null
      : ({ t, locale }) => t('log.value.steps', { min: formatNumber(locale, 100), max: formatNumber(locale, MAX_STEPS) });
  }
  const r = RANGES[kind];
  if (kind === 'fit') return Number.isInteger(value) && value >= r.min && value <= r.max ? null : ({ t }) => t('log.value.fit');
  return value >= r.min && value <= r.max ? null : ({ t, locale }) => t('log.value.range', { min: formatNumber(locale, r.min), max: formatNumber(locale, r.max), unit: r.unit });
}

/** Validates anything that claims to be an entry (imports, sync, old storage); null when it is not one. */
export function parseEntry(x: unknown): LogEntry | null {
  if (typeof x !== 'object' || x === null) return null;
  const e = x as Record<string, unknown>;
  if (!isId(e.id) || !isCalendarDate(e.date)) return null;
  if (typeof e.kind !== 'string' || !(KINDS as readonly string[]).includes(e.kind)) return null;
  const kind = e.kind as EntryKind;
  // Old data may lack `updated`; anything read from outside is bounded to the range sync can hold.
  const updated = stamp(typeof e.updated === 'number' && Number.isFinite(e.updated) ? e.updated : EARLIEST);
  if (e.deleted === true) return { id: e.id, date: e.date, kind, value: 0, updated, deleted: true };
  const value = roundValue(kind, typeof e.value === 'number' ? e.value : Number(e.value));
  const detail = typeof e.detail === 'string' ? e.detail : undefined;
  if (checkValue(kind, value, detail) !== null) return null;
  const okDetail =
    kind === 'strength' ? (FOCI as readonly string[]).includes(detail ?? '') : kind === 'walk' ? detail === 'min' || detail === 'steps' : detail === undefined;
  if (!okDetail) return null;
  return { id: e.id, date: e.date, kind, value, ...(detail ? { detail: detail as LogEntry['detail'] } : {}), updated };
}
