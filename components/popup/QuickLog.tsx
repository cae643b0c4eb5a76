import { Fragment } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { signal } from '@preact/signals';
import { FOCI, type EntryKind, type LogEntry, type StrengthFocus } from '../../lib/log';
import { formatField } from '../../lib/i18n/format';
import { addDays } from '../../lib/streak';
import { readDecimal, readQuantity, toField, unitOf } from '../../lib/units';
import { dayName, describeEntry, focusLabel } from './describe';
import { ui } from '../i18n/ui';
import { UnitSwitch } from './UnitSwitch';
import { deleteEntry, draftDefault, editEntry, logDraft, logEntry, pendingRepeat, prefs, today, visible } from './store';

/** Form state lives here, not in the component body, so it survives re-renders and tab switches. */
const day = signal<'today' | string>('today');
const focus = signal<StrengthFocus>('full');
const walkUnit = signal<'min' | 'steps'>('min');
const errors = signal<Partial<Record<EntryKind, string>>>({});
const editing = signal<{ id: string; value: string; error?: string } | null>(null);

type AmountKind = 'walk' | 'sleep' | 'weight' | 'waist';
const chosenDate = () => (day.value === 'today' ? today.value : day.value);
const isMeasure = (k: EntryKind): k is 'weight' | 'waist' => k === 'weight' || k === 'waist';

/** A typed amount as the number the log stores (metric for body measurements), or a message. */
function readAmount(kind: EntryKind, raw: string, detail?: LogEntry['detail']): { ok: true; value: number } | { ok: false; error: string } {
  if (isMeasure(kind)) {
    const r = readQuantity(kind, raw, prefs.value.units);
    return r.ok ? { ok: true, value: r.metric } : { ok: false, error: r.error(ui) };
  }
  // Strength is a button, never typed.
  if (kind !== 'walk' && kind !== 'sleep') return { ok: true, value: 1 };
  // The weight's reader, so "1,000" min is refused with its messages rather than logged as 1.
  const d = kind === 'sleep' ? readDecimal(raw, 'sleepHours', 7.5) : detail === 'steps' ? readDecimal(raw, 'walkSteps', 8000, true) : readDecimal(raw, 'walkMin', 30);
  return d.ok ? { ok: true, value: d.n } : { ok: false, error: d.error(ui) };
}

async function submit(kind: EntryKind, raw: string, detail?: LogEntry['detail'], force = false) {
  const r = readAmount(kind, raw, detail);
  const outcome = r.ok ? await logEntry(kind, r.value, detail, chosenDate(), force) : r.error;
  errors.value = { ...errors.value, [kind]: outcome === 'repeat' ? undefined : (outcome ?? undefined) };
  // Logged: clear the field, so the next tap cannot log a stale number by accident.
  if (outcome === null && kind !== 'strength') logDraft.value = { ...logDraft.value, [kind]: draftDefault(kind) };
}

/** "You logged this moments ago": shown under the control that asked, instead of a silent double entry. */
function RepeatAsk({ kind }: { kind: EntryKind }) {
  const p = pendingRepeat.value;
  if (!p || p.kind !== kind) return null;
  return (
    <div class="ask" role="group" aria-labelledby={`ask-${kind}`}>
      <p id={`ask-${kind}`}>{ui.t('popup.log.repeat', { what: describeEntry(p, prefs.value.units).toLocaleLowerCase(ui.locale) })}</p>
      <button type="button" onClick={() => void submit(kind, kind === 'strength' ? '1' : isMeasure(kind) ? toField(kind, p.value, prefs.value.units, ui.locale) : formatField(ui.locale, p.value), p.detail, true)}>
        {ui.t('popup.log.again')}
      </button>
      <button type="button" onClick={() => (pendingRepeat.value = null)}>
        {ui.t('popup.log.once')}
      </button>
    </div>
  );
}

function Amount({ kind, label, action, unit }: { kind: AmountKind; label: string; action: string; unit: string }) {
  const error = errors.value[kind];
  const id = `log-${kind}`;
  const send = () => void submit(kind, logDraft.value[kind] ?? '', kind === 'walk' ? walkUnit.value : undefined);
  return (
    <div class="log-row">
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={logDraft.value[kind]}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => (logDraft.value = { ...logDraft.value, [kind]: e.currentTarget.value })}
        onKeyDown={(e) => e.key === 'Enter' && send()}
      />
      <span class="unit">{unit}</span>
      <button type="button" onClick={send}>
        {action}
      </button>
      {error && (
        <p id={`${id}-err`} class="error">
          {error}
        </p>
      )}
      <RepeatAsk kind={kind} />
    </div>
  );
}

/** The Edit button to focus once its row shows again: Save and Cancel take the focused control away with the field. */
let refocus: string | null = null;
const closeEdit = (id: string) => {
  refocus = id;
  editing.value = null;
};

/** The kinds with an Edit button, by name: the edit field keeps the entry's kind in sight once its text is gone. */
const KIND_NAME = { walk: 'popup.log.walk', sleep: 'popup.log.sleep', weight: 'popup.log.weight', waist: 'popup.log.waist' } as const;

function EditRow({ e, when }: { e: LogEntry; when: string }) {
  const units = prefs.value.units;
  const ed = editing.value!;
  const field = useRef<HTMLInputElement>(null);
  // The Edit button pressed is gone, so focus goes to the field it opened; after a refused value, back to it.
  useLayoutEffect(() => field.current?.focus(), [ed.error]);
  const unit = isMeasure(e.kind) ? unitOf(e.kind, units) : e.kind === 'walk' ? ui.t(e.detail === 'steps' ? 'popup.log.steps' : 'popup.log.min') : 'h';
  const errorId = `edit-${e.id}-err`;
  // Reads the field's latest text from the signal: a key can come before the render of the last input.
  const save = async () => {
    const typed = editing.value?.value ?? ed.value;
    const r = readAmount(e.kind, typed, e.detail);
    const err = r.ok ? await editEntry(e, r.value) : r.error;
    if (err) editing.value = { id: e.id, value: typed, error: err };
    else closeEdit(e.id);
  };
  return (
    <span class="edit">
      <span id={`edit-${e.id}-what`} class="what">
        {ui.t(KIND_NAME[e.kind as keyof typeof KIND_NAME])}, {when}
      </span>
      <span id={`edit-${e.id}-new`} class="sr-only">
        {ui.t('popup.log.new_value', { unit })}
      </span>
      <input
        id={`edit-${e.id}`}
        ref={field}
        inputMode="decimal"
        aria-labelledby={`edit-${e.id}-what edit-${e.id}-new`}
        value={ed.value}
        aria-invalid={ed.error ? 'true' : undefined}
        aria-describedby={ed.error ? errorId : undefined}
        onInput={(ev) => (editing.value = { id: e.id, value: ev.currentTarget.value })}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter') void save();
          // Handled here, so the browser does not also close the whole popup.
          if (ev.key === 'Escape') {
            ev.preventDefault();
            closeEdit(e.id);
          }
        }}
      />
      <button type="button" onClick={() => void save()}>
        {ui.t('common.save')}
      </button>
      <button type="button" onClick={() => closeEdit(e.id)}>
        {ui.t('common.cancel')}
      </button>
      {ed.error && (
        <span id={errorId} class="error">
          {ed.error}
        </span>
      )}
    </span>
  );
}

/** Entries grouped by day, in the order given (newest first). */
function byDay(list: readonly LogEntry[]): [string, LogEntry[]][] {
  const days = new Map<string, LogEntry[]>();
  for (const e of list) {
    const day = days.get(e.date);
    if (day) day.push(e);
    else days.set(e.date, [e]);
  }
  return [...days];
}

/** One logged entry: what it was, then Edit (amounts only) and Delete, or the edit field in their place. */
function EntryRow({ e }: { e: LogEntry }) {
  const units = prefs.value.units;
  const what = describeEntry(e, units);
  const when = dayName(e.date, today.value);
  const edit = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (refocus !== e.id || !edit.current) return;
    refocus = null;
    edit.current.focus();
  });
  if (editing.value?.id === e.id) {
    return (
      <li>
        <EditRow e={e} when={when} />
      </li>
    );
  }
  return (
    <li>
      <span class="what">{what}</span>
      {e.kind !== 'strength' && e.kind !== 'fit' && (
        <button
          ref={edit}
          type="button"
          aria-label={ui.t('popup.log.edit_label', { what, when })}
          onClick={() => (editing.value = { id: e.id, value: isMeasure(e.kind) ? toField(e.kind, e.value, units, ui.locale) : formatField(ui.locale, e.value) })}
        >
          {ui.t('common.edit')}
        </button>
      )}
      <button type="button" aria-label={ui.t('popup.log.delete_label', { what, when })} onClick={() => void deleteEntry(e)}>
        {ui.t('common.delete')}
      </button>
    </li>
  );
}

/** The one-tap log: strength in one tap, the rest in two; any recent day; edit and delete below. */
export function QuickLog() {
  const date = chosenDate();
  const units = prefs.value.units;
  const recent = visible.value.filter((e) => e.date >= addDays(today.value, -13)).reverse();
  return (
    <section aria-labelledby="log-h">
      <h2 id="log-h">{ui.t('popup.log.title')}</h2>
      <div class="field">
        <label for="log-day">{ui.t('popup.log.day')}</label>
        <select id="log-day" value={day.value} onChange={(e) => (day.value = e.currentTarget.value)}>
          <option value="today">{ui.t('popup.day.today')}</option>
          {Array.from({ length: 13 }, (_, i) => addDays(today.value, -(i + 1))).map((d) => (
            <option key={d} value={d}>
              {dayName(d, today.value)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="strength">
        <legend>{ui.t('popup.log.strength')}</legend>
        <div class="chips" role="radiogroup" aria-label={ui.t('popup.log.focus')}>
          {FOCI.map((f) => (
            <label key={f} class="chip">
              <input type="radio" name="focus" checked={focus.value === f} onChange={() => (focus.value = f)} />
              {focusLabel(f)}
            </label>
          ))}
        </div>
        <button type="button" class="primary" onClick={() => void submit('strength', '1', focus.value)}>
          {ui.t('popup.log.strength_button')}
        </button>
        <RepeatAsk kind="strength" />
      </fieldset>
      {/* A visible legend, as the units switch has: a bare "minutes / steps" pair did not say what it switches. */}
      <fieldset class="units walk-unit">
        <legend>{ui.t('popup.log.walk_unit')}</legend>
        <span class="choices">
          {(['min', 'steps'] as const).map((u) => (
            <label key={u} class="chip">
              <input type="radio" name="walk-unit" checked={walkUnit.value === u} onChange={() => (walkUnit.value = u)} />
              {ui.t(u === 'min' ? 'popup.log.minutes' : 'popup.log.steps')}
            </label>
          ))}
        </span>
      </fieldset>
      <div class="amounts">
        <Amount kind="walk" label={ui.t('popup.log.walk')} action={ui.t('popup.log.walk_button')} unit={ui.t(walkUnit.value === 'min' ? 'popup.log.min' : 'popup.log.steps')} />
        <Amount kind="sleep" label={ui.t('popup.log.sleep')} action={ui.t('popup.log.sleep_button')} unit="h" />
        <Amount kind="weight" label={ui.t('popup.log.weight')} action={ui.t('popup.log.weight_button')} unit={unitOf('weight', units)} />
        <Amount kind="waist" label={ui.t('popup.log.waist')} action={ui.t('popup.log.waist_button')} unit={unitOf('waist', units)} />
      </div>
      <UnitSwitch />
      <h3>{ui.t('popup.log.recent')}</h3>
      {recent.length === 0 ? (
        <p class="empty">{ui.t('popup.log.empty')}</p>
      ) : (
        // One heading per day instead of the day on every row: the entry gets the width the date took.
        <div class="entries">
          {byDay(recent).map(([d, dayEntries]) => (
            <Fragment key={d}>
              <h4 class={d === date ? 'date chosen' : 'date'}>{dayName(d, today.value)}</h4>
              <ul>
                {dayEntries.map((e) => (
                  <EntryRow key={e.id} e={e} />
                ))}
              </ul>
            </Fragment>
          ))}
        </div>
      )}
    </section>
  );
}
