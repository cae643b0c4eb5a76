import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { checkValue, live, newId, parseImport, roundValue, stamp, toDays, type EntryKind, type LogEntry } from '../../lib/log';
import { OPEN_TAB_KEY } from '../../lib/messages';
import { makePlan, validatePlanInput } from '../../lib/plan';
import { LogStore, type Status } from '../../lib/store/logs';
import { DEFAULT_PREFS, loadPrefs, savePrefs, type Prefs } from '../../lib/store/prefs';
import { dayOf, goodWeeksInARow, habitStrength, weekSummaries } from '../../lib/streak';

/** Popup state: small module-level signals and the actions that change them. */
export type Tab = 'plan' | 'log' | 'streak';
export const TABS: Tab[] = ['plan', 'log', 'streak'];

export const tab = signal<Tab>('log');
export const ready = signal(false);
export const entries = signal<readonly LogEntry[]>([]);
export const status = signal<Status>({ kind: 'ok' });
export const prefs = signal<Prefs>(DEFAULT_PREFS);
/** Last action's message for the polite live region ("Walk logged for today"). */
export const notice = signal('');

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
export const today = computed(() => dayOf(new Date(), timeZone, prefs.value.dayStartHour));
export const visible = computed(() => live(entries.value));
export const validation = computed(() => validatePlanInput(prefs.value.raw, prefs.value.units));
export const plan = computed(() => (validation.value.ok ? makePlan(validation.value.value) : null));
export const targets = computed(() => plan.value?.targets ?? { strengthSessions: 3, walkingDays: 5 });
export const weeks = computed(() => weekSummaries(toDays(visible.value), targets.value, today.value, 12));
export const streak = computed(() => goodWeeksInARow(toDays(visible.value), targets.value, today.value));
export const habit = computed(() => habitStrength(weeks.value, targets.value));

const store = new LogStore();

export async function start(): Promise<void> {
  // A card's "Open the planner" leaves a one-shot request; a #hash in the URL works too.
  const asked = (await browser.storage.local.get(OPEN_TAB_KEY))[OPEN_TAB_KEY];
  if (asked) await browser.storage.local.remove(OPEN_TAB_KEY);
  const wanted = (location.hash.slice(1) || asked) as Tab;
  if (TABS.includes(wanted)) tab.value = wanted;
  prefs.value = await loadPrefs();
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

/** Logs one thing; returns an error message for the form, or null when saved. */
export async function logEntry(kind: EntryKind, value: number, detail: LogEntry['detail'] | undefined, date: string): Promise<string | null> {
  const problem = checkValue(kind, value, detail);
  if (problem) return problem;
  const entry: LogEntry = { id: newId(), date, kind, value: roundValue(value), ...(detail ? { detail } : {}), updated: stamp() };
  await store.put([entry]);
  notice.value = `${kind === 'strength' ? 'Strength session' : kind[0]!.toUpperCase() + kind.slice(1)} logged for ${date === today.value ? 'today' : date}.`;
  return null;
}

export async function editEntry(entry: LogEntry, value: number): Promise<string | null> {
  const problem = checkValue(entry.kind, value, entry.detail);
  if (problem) return problem;
  await store.put([{ ...entry, value: roundValue(value), updated: stamp() }]);
  notice.value = 'Entry updated.';
  return null;
}

export async function deleteEntry(entry: LogEntry): Promise<void> {
  await store.put([{ id: entry.id, date: entry.date, kind: entry.kind, value: 0, updated: stamp(), deleted: true }]);
  notice.value = 'Entry deleted.';
}

/** Imports a file's text by merging; returns what happened, in words. */
export async function importText(text: string): Promise<string> {
  const r = parseImport(text);
  if (!r.ok) return r.error;
  const before = entries.value.length;
  await store.put(r.entries);
  const added = entries.value.length - before;
  return `Imported: ${added} new ${added === 1 ? 'entry' : 'entries'}, the rest already here${r.skipped ? `; ${r.skipped} unreadable rows skipped` : ''}. Nothing was overwritten.`;
}

