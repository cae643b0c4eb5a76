import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { checkValue, describeImport, live, newId, nextStamp, parseImport, roundValue, stamp, toDays, type EntryKind, type LogEntry } from '../../lib/log';
import { isRepeat } from '../../lib/log/repeat';
import { switchUnits, type SwitchMemo, type Units } from '../../lib/units';
import { dayName, describeEntry } from './describe';
import { defaultUnits, weekStartDay } from '../../lib/i18n/format';
import { ui } from '../i18n/ui';
import { OPEN_TAB_KEY } from '../../lib/messages';
import type { MessageKey } from '../../lib/i18n/translate';
import type { Done } from '../UndoStatus';
import { makePlan, validatePlanInput } from '../../lib/plan';
import { weightAxis, weightSeries } from '../../lib/progress/chart';
import { LogStore, type Status } from '../../lib/store/logs';
import { DEFAULT_PREFS, loadPrefs, savePrefs, type Prefs } from '../../lib/store/prefs';
import { dayOf, goodWeeksInARow, habitStrength, weekSummaries } from '../../lib/streak';

/** Popup state: small module-level signals and the actions that change them. */
export type Tab = 'plan' | 'log' | 'streak' | 'progress';
export const TABS: Tab[] = ['plan', 'log', 'streak', 'progress'];

export const tab = signal<Tab>('log');
export const ready = signal(false);
export const entries = signal<readonly LogEntry[]>([]);
export const status = signal<Status>({ kind: 'ok' });
export const prefs = signal<Prefs>(DEFAULT_PREFS);
/**
 * Last action's message for the polite live region ("Logged: walk, 40 min"), with its undo while it shows;
 * `focus` when the action removed the control that had focus (Delete), so focus goes to Undo, not the page's top.
 */
export const notice = signal<(Done & { focus?: boolean }) | null>(null);
/** An identical log moments after the last one waits here for the user to confirm it. */
export const pendingRepeat = signal<LogEntry | null>(null);
/** What the log form holds, in the user's units; kept here so a unit switch converts it too. */
export const draftDefault = (kind: string): string => ({ walk: '30', sleep: ui.num(7.5) })[kind] ?? '';
/** Filled in start(), once the UI language is known (7.5 h of sleep is "7,5" in es). */
export const logDraft = signal<Record<string, string>>({});

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
export const today = computed(() => dayOf(new Date(), timeZone, prefs.value.dayStartHour));
export const visible = computed(() => live(entries.value));
export const validation = computed(() => validatePlanInput(prefs.value.raw, prefs.value.units));
export const plan = computed(() => (validation.value.ok ? makePlan(validation.value.value) : null));
export const targets = computed(() => plan.value?.targets ?? { strengthSessions: 3, walkingDays: 5 });
/** Weeks start on the locale's first day (Monday in es and en-GB, Sunday in en-US), as the toolbar badge counts them. */
export const weeks = computed(() => weekSummaries(toDays(visible.value), targets.value, today.value, 12, weekStartDay(ui.locale)));
export const streak = computed(() => goodWeeksInARow(toDays(visible.value), targets.value, today.value, weekStartDay(ui.locale)));
export const habit = computed(() => habitStrength(weeks.value, targets.value));
/** Something that counts toward a good week is logged: until then the Streak tab shows how to start, not zeros. */
export const streakStarted = computed(() => visible.value.some((e) => e.kind === 'strength' || e.kind === 'walk'));
/** The Streak tab's weight chart: the series and axis rule the Progress chart uses too. */
export const weights = computed(() => {
  const s = weightSeries(visible.value, today.value);
  return { ...s, axis: weightAxis([...s.weighIns, ...s.trend]) };
});

const store = new LogStore();

export async function start(): Promise<void> {
  // A card's "Open the planner" leaves a one-shot request; a #hash in the URL works too.
  const asked = (await browser.storage.local.get(OPEN_TAB_KEY))[OPEN_TAB_KEY];
  if (asked) await browser.storage.local.remove(OPEN_TAB_KEY);
  const wanted = (location.hash.slice(1) || asked) as Tab;
  if (TABS.includes(wanted)) tab.value = wanted;
  logDraft.value = { walk: draftDefault('walk'), sleep: draftDefault('sleep'), weight: '', waist: '' };
  prefs.value = await loadPrefs(defaultUnits(ui.locale));
  store.subscribe((e, s) => {
    entries.value = e;
    status.value = s;
  });
  await store.load();
  // The popup can close at any moment: push pending changes to sync as it goes.
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void store.flush());
  ready.value = true;
}

export function selectTab(t: Tab): void {
  tab.value = t;
  history.replaceState(null, '', `#${t}`);
}

export function updatePrefs(next: Prefs): void {
  prefs.value = next;
  void savePrefs(next);
}

const PLAN_FIELDS = { height: 'height', weight: 'weight', goal: 'weight' } as const;
const DRAFT_FIELDS = { weight: 'weight', waist: 'waist' } as const;
let memos: { plan?: SwitchMemo; draft?: SwitchMemo } = {};

/** The one unit switch (planner and log): converts what is typed, and restores it exactly on the way back. */
export function setUnits(to: Units): void {
  const p = prefs.value;
  if (p.units === to) return;
  const plan = switchUnits(p.raw, PLAN_FIELDS, p.units, to, memos.plan);
  const draft = switchUnits(logDraft.value, DRAFT_FIELDS, p.units, to, memos.draft);
  memos = { plan: plan.memo, draft: draft.memo };
  logDraft.value = draft.raw;
  updatePrefs({ ...p, units: to, raw: plan.raw });
}

/** How long "Logged: … · Undo" stays: long enough to reach the button, short enough not to linger. */
const NOTICE_MS = 8000;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;
/** Whether the reader is at the notice (set by Notice): Undo must not vanish from under their focus or pointer. */
let noticeHeld = () => false;
export const holdNoticeWhile = (held: () => boolean) => void (noticeHeld = held);
/** Goes after NOTICE_MS, or once the reader left it, at most NOTICE_MS later. */
const dismissLater = () => void (noticeTimer = setTimeout(() => (noticeHeld() ? dismissLater() : (notice.value = null)), NOTICE_MS));
export function announce(message: string, undo?: () => Promise<void>, focus = false): void {
  notice.value = { message, undo, focus };
  clearTimeout(noticeTimer);
  dismissLater();
}

export async function undoNotice(): Promise<void> {
  const undo = notice.value?.undo;
  notice.value = null;
  await undo?.();
}

let lastLogged: { entry: LogEntry; at: number } | null = null;
/** An entry in words for a notice, lower case as it runs on after "Logged:". */
const what = (entry: LogEntry) => describeEntry(entry, prefs.value.units).toLocaleLowerCase(ui.locale);
/** "Logged: walk, 40 min", or "… for Fri, Nov 27" when the entry is not for today. */
const onDay = (plain: MessageKey, dated: MessageKey, entry: LogEntry) =>
  entry.date === today.value ? ui.t(plain, { what: what(entry) }) : ui.t(dated, { what: what(entry), day: dayName(entry.date, today.value) });

/**
 * Logs one thing; returns an error message for the form (also when the store refuses the entry, e.g. a walk
 * in a unit the log does not know), 'repeat' when the same thing was logged moments ago (the form asks;
 * `force` logs it anyway), or null when saved.
 */
export async function logEntry(kind: EntryKind, value: number, detail: LogEntry['detail'] | undefined, date: string, force = false): Promise<string | 'repeat' | null> {
  const problem = checkValue(kind, value, detail);
  if (problem) return problem(ui);
  const entry: LogEntry = { id: newId(), date, kind, value: roundValue(kind, value), ...(detail ? { detail } : {}), updated: stamp() };
  const now = Date.now();
  if (!force && isRepeat(lastLogged, entry, now)) {
    pendingRepeat.value = entry;
    return 'repeat';
  }
  pendingRepeat.value = null;
  if ((await store.put([entry])).length) return ui.t('popup.log.refused');
  lastLogged = { entry, at: now };
  announce(onDay('popup.notice.logged', 'popup.notice.logged_on', entry), async () => {
    lastLogged = null;
    await tombstone(entry);
    announce(ui.t('popup.notice.removed', { what: what(entry) }));
  });
  return null;
}

const tombstone = (entry: LogEntry) => store.put([{ id: entry.id, date: entry.date, kind: entry.kind, value: 0, updated: nextStamp(entry), deleted: true }]);

export async function editEntry(entry: LogEntry, value: number): Promise<string | null> {
  const problem = checkValue(entry.kind, value, entry.detail);
  if (problem) return problem(ui);
  await store.put([{ ...entry, value: roundValue(entry.kind, value), updated: nextStamp(entry) }]);
  announce(ui.t('popup.notice.updated'));
  return null;
}

export async function deleteEntry(entry: LogEntry): Promise<void> {
  await tombstone(entry);
  // A delete is final across browsers (tombstones win), so Undo logs the same thing again under a new id.
  announce(
    onDay('popup.notice.deleted', 'popup.notice.deleted_on', entry),
    async () => {
      await store.put([{ ...entry, id: newId(), updated: stamp() }]);
      announce(ui.t('popup.notice.restored', { what: what(entry) }));
    },
    true,
  );
}

/** What an import did, in words; `ok: false` when nothing was taken in (the log is untouched). */
export type ImportOutcome = { ok: boolean; message: string };
/** A file refused: why, and that the log is as it was. */
export const refusedImport = (why: string): ImportOutcome => ({ ok: false, message: `${why} ${ui.t('popup.data.unchanged')}` });

/** Imports a file's text by merging (a file that cannot be read writes nothing). */
export async function importText(text: string): Promise<ImportOutcome> {
  const r = parseImport(text);
  if (!r.ok) return refusedImport(r.error(ui));
  const have = new Set(entries.value.map((e) => e.id));
  await store.put(r.entries);
  return { ok: true, message: describeImport(r, have, ui) };
}

/** Everything the log store has set aside (unreadable or overruled values), for the user to export. */
export const setAside = () => store.setAside();

