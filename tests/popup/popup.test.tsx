import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Popup } from '../../components/popup/Popup';
import { dayName } from '../../components/popup/describe';
import { DEFAULT_PREFS } from '../../lib/store/prefs';
import { setUi } from '../../components/i18n/ui';
import { uiFor } from '../i18n/catalog';
import { flush, mountPopup, unmount } from '../components/popup-mount';
import { plain } from '../claim-numbers/plain';
import { logDraft, logEntry, notice, prefs, selectTab, setUnits, today, updatePrefs, visible } from '../../components/popup/store';

let root: HTMLElement;
const button = (name: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name || b.getAttribute('aria-label') === name : name.test(b.getAttribute('aria-label') ?? b.textContent ?? '')))!;
const type = (sel: string, value: string) => {
  const el = root.querySelector<HTMLInputElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(async () => {
  root = await mountPopup('log');
});
afterEach(() => unmount(root));

test('logging says so with Undo in a polite live region, and Undo takes it back', async () => {
  button('Log strength session').click();
  await flush();
  const status = root.querySelector('[role="status"][aria-live="polite"].notice')!;
  expect(status.textContent).toMatch(/^Logged: strength session, full body · Undo$/);
  expect(visible.value).toHaveLength(1);
  button('Undo').click();
  await flush();
  expect(visible.value).toHaveLength(0);
  expect(status.textContent).toMatch(/^Removed: strength session/);
});

test('a second identical tap moments later asks instead of logging twice', async () => {
  button('Log strength session').click();
  await flush();
  button('Log strength session').click();
  await flush();
  expect(visible.value).toHaveLength(1);
  expect(root.querySelector('.ask')?.textContent).toMatch(/moments ago\. Log it again\?/);
  button('Log again').click();
  await flush();
  expect(visible.value).toHaveLength(2);
  expect(root.querySelector('.ask')).toBeNull();
});

test('a logged amount clears its field; Delete has an Undo too', async () => {
  type('#log-weight', '80.4');
  button('Log weight').click();
  await flush();
  expect(logDraft.value.weight).toBe('');
  expect(root.querySelector<HTMLInputElement>('#log-weight')!.value).toBe('');
  button(/^Delete Weight, 80.4\skg, Today$/).click();
  await flush();
  expect(visible.value).toHaveLength(0);
  expect(plain(notice.value?.message)).toBe('Deleted: weight, 80.4 kg');
  button('Undo').click();
  await flush();
  expect(visible.value.map((e) => [e.kind, e.value])).toEqual([['weight', 80.4]]);
});

test('the minutes / steps switch says what it switches in a visible legend', () => {
  const group = root.querySelector('input[name="walk-unit"]')!.closest('fieldset');
  const legend = group?.querySelector(':scope > legend');
  expect(legend?.textContent).toBe('Walk measured in');
  expect(legend?.classList.contains('sr-only')).toBe(false);
  expect(group!.querySelectorAll('input[name="walk-unit"]')).toHaveLength(2);
});

test('logging a walk in steps again, or editing it, keeps the steps: field text has no grouping comma', async () => {
  root.querySelectorAll<HTMLInputElement>('input[name="walk-unit"]')[1]!.click();
  await flush();
  type('#log-walk', '12500');
  button('Log walk').click();
  await flush();
  type('#log-walk', '12500');
  button('Log walk').click();
  await flush();
  button('Log again').click();
  await flush();
  expect(visible.value.map((e) => [e.kind, e.value])).toEqual([
    ['walk', 12500],
    ['walk', 12500],
  ]);
  button(/^Edit Walk, 12,500 steps/).click();
  await flush();
  expect(root.querySelector<HTMLInputElement>('.log-list input, li input')!.value).toBe('12500');
});

test('the log asks for at most two decimals, and takes weight in the one unit choice', async () => {
  type('#log-weight', '84.555');
  button('Log weight').click();
  await flush();
  expect(root.querySelector('#log-weight-err')?.textContent).toBe('Use at most two decimals, e.g. 84.56.');
  setUnits('imperial');
  await flush();
  expect(root.querySelector('#log-weight')!.parentElement!.textContent).toContain('lb');
  type('#log-weight', '180');
  button('Log weight').click();
  await flush();
  // 180 lb reads back as typed: kept to 0.001 kg (81.6 kg, one decimal, read back as 179.9 lb).
  expect(visible.value[0]!.value).toBe(81.647);
  expect(plain(root.querySelector('.entries')!.textContent)).toContain('Weight, 180 lb');
});

test('a grouped "1,000" in walk minutes, sleep hours or steps is refused with the weight\'s messages, never logged as 1 (or 100)', async () => {
  const log = async (kind: 'walk' | 'sleep', value: string) => {
    type(`#log-${kind}`, value);
    button(`Log ${kind}`).click();
    await flush();
    return root.querySelector(`#log-${kind}-err`)?.textContent;
  };
  const walkIn = async (i: number) => {
    root.querySelectorAll<HTMLInputElement>('input[name="walk-unit"]')[i]!.click();
    await flush();
  };
  await walkIn(0);
  expect(await log('walk', '1,000')).toBe('Use at most two decimals, e.g. 1.');
  expect(await log('sleep', '1,000')).toBe('Use at most two decimals, e.g. 1.');
  expect(await log('sleep', 'lots')).toBe('Enter your sleep in hours as a number, e.g. 7.5.');
  await walkIn(1);
  expect(await log('walk', '100,000')).toBe('Enter your walk in steps as a whole number, e.g. 8000.');
  expect(visible.value).toHaveLength(0);
  await log('sleep', '7,5');
  expect(visible.value.map((e) => [e.kind, e.value])).toEqual([['sleep', 7.5]]);
});

test('the log list names the day, never "this day"', async () => {
  button('Log strength session').click();
  await flush();
  expect(root.querySelector('.entries .date')!.textContent).toBe('Today');
  expect(root.textContent).not.toContain('this day');
  expect(dayName('2026-11-30', '2026-12-01')).toBe('Yesterday');
  expect(dayName('2026-11-27', '2026-12-01')).toBe('Fri 27 Nov');
  expect(dayName('2025-12-31', '2026-01-02')).toBe('Wed, 31 Dec 2025');
  expect(today.value).toMatch(/^\d{4}-\d\d-\d\d$/);
});

test('planner: 163 cm through imperial (feet + inches) and back stays 163; the planner and log share the switch', async () => {
  updatePrefs({ ...prefs.value, raw: { ...prefs.value.raw, height: '163', weight: '84.5' } });
  selectTab('plan');
  await flush();
  root.querySelectorAll<HTMLInputElement>('input[name="units"]')[1]!.click();
  await flush();
  expect(root.querySelector<HTMLInputElement>('#plan-height-ft')!.value).toBe('5');
  expect(root.querySelector<HTMLInputElement>('#plan-height-in')!.value).toBe('4.17');
  expect(root.querySelector<HTMLInputElement>('#plan-weight')!.value).toBe('186.29');
  root.querySelectorAll<HTMLInputElement>('input[name="units"]')[0]!.click();
  await flush();
  expect(root.querySelector<HTMLInputElement>('#plan-height')!.value).toBe('163');
  expect(root.querySelector<HTMLInputElement>('#plan-weight')!.value).toBe('84.5');
});

test('planner: floor above maintenance reads true, and a bad goal keeps the plan', async () => {
  updatePrefs({ ...prefs.value, raw: { sex: 'female', age: '70', height: '150', weight: '48', activity: 'sedentary', sessions: '3', goal: '44' } });
  selectTab('plan');
  await flush();
  const plan = root.querySelector('.plan')!.textContent!;
  expect(plan).toMatch(/eating less is not the lever here/);
  expect(plan).not.toMatch(/0 kcal deficit|0\.0 kg a week|beyond this/);
  expect(root.querySelector('.plan svg')).toBeNull();
  type('#plan-goal', 'abc');
  await flush();
  expect(root.querySelector('#plan-goal-msg')?.textContent).toMatch(/Leave it empty/);
  expect(root.querySelector('.plan')).not.toBeNull();
});

test('planner: a goal above today’s weight is an error at the field (not a grey note), and the plan stays, without a goal', async () => {
  updatePrefs({ ...prefs.value, raw: { ...DEFAULT_PREFS.raw, weight: '72', goal: '80' } });
  selectTab('plan');
  await flush();
  const msg = root.querySelector('#plan-goal-msg')!;
  expect(msg.className).toBe('error');
  expect(msg.textContent).toMatch(/^80\skg is above your weight today \(72\skg\)\. This planner is for losing fat/);
  expect(root.querySelector('#plan-goal')!.getAttribute('aria-invalid')).toBe('true');
  expect(root.querySelector('.plan')!.textContent).not.toMatch(/goal/i);
});

test('planner charts: goal line, labelled milestones, fat series and a table of the numbers', async () => {
  updatePrefs({ ...prefs.value, raw: { ...DEFAULT_PREFS.raw, goal: '68' } });
  selectTab('plan');
  await flush();
  const charts = root.querySelectorAll('.plan figure.chart');
  expect(charts).toHaveLength(2);
  expect(plain(charts[0]!.querySelector('.goal text')?.textContent)).toBe('goal 68 kg');
  expect([...charts[0]!.querySelectorAll('.marker .tag')].map((t) => t.textContent)).toEqual(['1', '2', '3', '4']);
  expect(charts[1]!.querySelector('figcaption')?.textContent).toMatch(/body fat/);
  const rows = charts[0]!.querySelectorAll('.chart-table tbody tr');
  expect(rows.length).toBeGreaterThan(5);
  expect(plain(rows[0]!.textContent)).toBe('today72 kg');
});

test('streak, first day: no discouraging zeros, but what a good week is and a way to start', async () => {
  selectTab('streak');
  await flush();
  expect(root.querySelector('.stats')).toBeNull();
  expect(root.querySelector('.heat')).toBeNull();
  expect(root.textContent).not.toMatch(/\b0 good weeks|0%/);
  const start = root.querySelector('.empty-state')!;
  expect(start.querySelector('h3')!.textContent).toBe('Your first good week starts with one log');
  expect(start.textContent).toMatch(/A good week: 3 strength sessions and walks on 5 days\. Rest days never break anything\./);
  button('Open the Log').click();
  await flush();
  expect(root.querySelector('#log-walk')).not.toBeNull();
});

test('an entry the log store refuses (a walk in an unknown unit) is reported as not logged, never as "Logged"', async () => {
  // The store refused it (lib/store/logs.ts put) while logEntry announced "Logged: walk, 30 min" and returned null.
  const before = visible.value.map((e) => e.id);
  const outcome = await logEntry('walk', 30, 'km' as never, today.value, true);
  await flush();
  expect(outcome).toBe('Not logged: this entry could not be saved, and the log is as it was.');
  expect(notice.value).toBeNull();
  expect(visible.value.map((e) => e.id)).toEqual(before);
  // What the store keeps is still announced.
  expect(await logEntry('walk', 30, 'min', today.value, true)).toBeNull();
  expect(notice.value?.message).toMatch(/^Logged: walk/);
});

test('streak: past weeks that did not count read as missed, habit strength is explained', async () => {
  await logEntry('strength', 1, 'full', today.value, true);
  selectTab('streak');
  await flush();
  expect(root.querySelector('.empty-state')).toBeNull();
  const good = [...root.querySelectorAll('.heat td.good .sr-only')].map((s) => s.textContent);
  expect(good.slice(0, -1).every((t) => t === 'missed')).toBe(true);
  expect(good.at(-1)).toBe('in progress');
  expect(root.textContent).toMatch(/Habit strength: how much of those targets your recent weeks met/);
});

test('popup and options styles use no fixed pixel font sizes, so text follows the user settings', () => {
  for (const file of ['entrypoints/popup/popup.css', 'entrypoints/options/options.css']) {
    const css = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
    expect(css.match(/font(?:-size)?:[^;]*\d+px[^;]*;/g) ?? [], file).toEqual([]);
  }
});

test('in Spanish: tabs, the log and its notice read Spanish, weights with a decimal comma', async () => {
  setUi(uiFor('es-ES'));
  try {
    render(null, root);
    render(<Popup />, root);
    await flush();
    expect([...root.querySelectorAll('[role=tab]')].map((t) => t.textContent)).toEqual(['Plan', 'Registro', 'Racha', 'Progreso']);
    type('#log-weight', '80,4');
    button('Registrar peso').click();
    await flush();
    expect(plain(root.querySelector('.notice')!.textContent)).toBe('Registrado: peso, 80,4 kg · Deshacer');
    expect(root.querySelector('.entries .date')!.textContent).toBe('Hoy');
    expect(dayName('2026-11-27', '2026-12-01')).toBe('vie, 27 nov');
  } finally {
    setUi(uiFor('en-GB'));
  }
});

test('a stored planner choice the form does not offer (a damaged sync, another version) falls back and says so, not "fix the highlighted fields" with none highlighted', async () => {
  unmount(root);
  await fakeBrowser.storage.sync.set({ prefs: { ...DEFAULT_PREFS, raw: { ...DEFAULT_PREFS.raw, sex: 'other', activity: 'extreme', sessions: '9' } } });
  root = await mountPopup('plan');
  expect(root.textContent).not.toContain('Fix the highlighted fields');
  expect(['#plan-sex', '#plan-activity', '#plan-sessions'].map((id) => root.querySelector<HTMLSelectElement>(id)!.value)).toEqual(['female', 'light', '3']);
  const { fallbackNotes, refreshDataNotes } = await import('../../components/popup/data-store');
  await refreshDataNotes();
  expect(fallbackNotes.value).toEqual(['Some synced popup preferences could not be read (the planner’s sex, the planner’s activity, the planner’s sessions); defaults are used for them until you change them.']);
});

test('a planner value longer than the 20 characters prefs keep: the fields take at most 20, and a longer stored one keeps its first 20 after a reload, not the default', async () => {
  selectTab('plan');
  await flush();
  const fields = ['#plan-age', '#plan-height', '#plan-weight', '#plan-goal'].map((id) => root.querySelector<HTMLInputElement>(id)!);
  expect(fields.map((f) => f.maxLength)).toEqual([20, 20, 20, 20]);
  type('#plan-goal', '70'.padEnd(25, ' '));
  await flush();
  unmount(root);
  root = await mountPopup('plan');
  expect(root.querySelector<HTMLInputElement>('#plan-goal')!.value).toBe('70'.padEnd(20, ' '));
});

test('the Undo notice stays while the reader is at it (focus or pointer in it), and goes once they leave', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const { announce } = await import('../../components/popup/store');
    const shown = () => root.querySelector('.notice')!.textContent;
    announce('Logged: walk, 30 min', async () => {});
    await Promise.resolve();
    const undo = button('Undo');
    undo.focus();
    vi.advanceTimersByTime(60_000);
    await Promise.resolve();
    // The keyboard user who reached Undo still has it, and focus did not drop to the page.
    expect(shown()).toBe('Logged: walk, 30 min · Undo');
    expect(document.activeElement).toBe(undo);
    undo.blur();
    const bar = root.querySelector('.notice')!;
    bar.dispatchEvent(new PointerEvent('pointerenter'));
    vi.advanceTimersByTime(60_000);
    await Promise.resolve();
    expect(shown()).toBe('Logged: walk, 30 min · Undo');
    bar.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(16_000);
    await Promise.resolve();
    expect(shown()).toBe('');
  } finally {
    vi.useRealTimers();
  }
});

test('while an entry is edited, its kind and day stay visible beside the field, and the field is named by them', async () => {
  type('#log-waist', '80');
  button('Log waist').click();
  await flush();
  button(/^Edit Waist/).click();
  await flush();
  const field = root.querySelector<HTMLInputElement>('.edit input')!;
  const label = root.querySelector('.edit .what')!;
  expect(label.textContent).toBe('Waist, Today');
  expect(label.classList.contains('sr-only')).toBe(false);
  const name = field.getAttribute('aria-labelledby')!.split(' ').map((id) => root.querySelector(`#${id}`)!.textContent);
  expect(name.join(' ')).toBe('Waist, Today New value (cm)');
});

test('editing an entry by keyboard: Edit puts focus in its field, a bad value is tied to the field, Enter saves, Escape cancels, focus comes back to Edit', async () => {
  type('#log-weight', '81.2');
  button('Log weight').click();
  await flush();
  const edit = () => button(/^Edit Weight, /);
  edit().focus();
  edit().click();
  await flush();
  const field = () => root.querySelector<HTMLInputElement>('.edit input')!;
  // The button pressed is gone: focus must not drop to the page's top.
  expect(document.activeElement).toBe(field());
  field().value = '5000';
  field().dispatchEvent(new Event('input', { bubbles: true }));
  field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await flush();
  const error = root.querySelector('.edit .error')!;
  expect(error.textContent).toMatch(/between/);
  expect(field().getAttribute('aria-invalid')).toBe('true');
  expect(field().getAttribute('aria-describedby')).toBe(error.id);
  expect(document.activeElement).toBe(field());
  field().value = '79.9';
  field().dispatchEvent(new Event('input', { bubbles: true }));
  field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await flush();
  expect(visible.value.map((e) => e.value)).toEqual([79.9]);
  expect(root.querySelector('.edit')).toBeNull();
  expect(document.activeElement).toBe(edit());
  edit().click();
  await flush();
  field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await flush();
  expect(root.querySelector('.edit')).toBeNull();
  expect(visible.value.map((e) => e.value)).toEqual([79.9]);
  expect(document.activeElement).toBe(edit());
});

test('Delete takes its row and the focus with it: focus goes to the notice’s Undo, and after Undo to the notice', async () => {
  type('#log-weight', '82.3');
  button('Log weight').click();
  await flush();
  const del = button(/^Delete Weight, /);
  del.focus();
  del.click();
  await flush();
  expect(visible.value).toHaveLength(0);
  expect(document.activeElement).toBe(button('Undo'));
  button('Undo').click();
  await flush();
  expect(visible.value).toHaveLength(1);
  expect(document.activeElement).toBe(root.querySelector('.notice'));
});
