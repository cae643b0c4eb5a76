import { signal } from '@preact/signals';
import { FIT_NAME, FOCI, RANGES, type EntryKind, type LogEntry, type StrengthFocus } from '../../lib/log';
import { addDays } from '../../lib/streak';
import { deleteEntry, editEntry, logEntry, today, visible } from './store';

/** Form state lives here, not in the component body, so it survives re-renders and tab switches. */
const day = signal<'today' | string>('today');
const focus = signal<StrengthFocus>('full');
const walkUnit = signal<'min' | 'steps'>('min');
const amounts = signal<Record<string, string>>({ walk: '30', sleep: '7.5', weight: '', waist: '' });
const errors = signal<Partial<Record<EntryKind, string>>>({});
const editing = signal<{ id: string; value: string; error?: string } | null>(null);

const FOCUS_LABEL: Record<StrengthFocus, string> = { full: 'Full body', upper: 'Upper', lower: 'Lower', back: 'Back focus' };
const chosenDate = () => (day.value === 'today' ? today.value : day.value);

async function submit(kind: EntryKind, value: number, detail?: LogEntry['detail']) {
  const error = await logEntry(kind, value, detail, chosenDate());
  errors.value = { ...errors.value, [kind]: error ?? undefined };
}

function describe(e: LogEntry): string {
  switch (e.kind) {
    case 'strength':
      return `Strength, ${FOCUS_LABEL[e.detail as StrengthFocus] ?? 'session'}`;
    case 'walk':
      return `Walk, ${e.value.toLocaleString('en')} ${e.detail === 'steps' ? 'steps' : 'min'}`;
    case 'sleep':
      return `Sleep, ${e.value} h`;
    case 'weight':
      return `Weight, ${e.value} kg`;
    case 'waist':
      return `Waist, ${e.value} cm`;
    case 'fit':
      return `Clothes fit: ${FIT_NAME[e.value] ?? 'same'}`;
  }
}

function Amount({ kind, label, unit }: { kind: 'walk' | 'sleep' | 'weight' | 'waist'; label: string; unit: string }) {
  const error = errors.value[kind];
  const id = `log-${kind}`;
  const value = () => Number((amounts.value[kind] ?? '').replace(',', '.'));
  return (
    <div class="log-row">
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={amounts.value[kind]}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => (amounts.value = { ...amounts.value, [kind]: e.currentTarget.value })}
        onKeyDown={(e) => e.key === 'Enter' && void submit(kind, value(), kind === 'walk' ? walkUnit.value : undefined)}
      />
      <span class="unit">{unit}</span>
      <button type="button" onClick={() => void submit(kind, value(), kind === 'walk' ? walkUnit.value : undefined)}>
        Log {label.toLowerCase()}
      </button>
      {error && (
        <p id={`${id}-err`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The one-tap log: strength in one tap, the rest in two; any recent day; edit and delete below. */
export function QuickLog() {
  const date = chosenDate();
  const recent = visible.value.filter((e) => e.date >= addDays(today.value, -13)).reverse();
  return (
    <section aria-labelledby="log-h">
      <h2 id="log-h">Quick log</h2>
      <div class="field">
        <label for="log-day">Day</label>
        <select id="log-day" value={day.value} onChange={(e) => (day.value = e.currentTarget.value)}>
          <option value="today">Today</option>
          {Array.from({ length: 13 }, (_, i) => addDays(today.value, -(i + 1))).map((d, i) => (
            <option key={d} value={d}>
              {i === 0 ? `Yesterday (${d})` : d}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="strength">
        <legend>Strength session</legend>
        <div class="chips" role="radiogroup" aria-label="Focus">
          {FOCI.map((f) => (
            <label key={f} class="chip">
              <input type="radio" name="focus" checked={focus.value === f} onChange={() => (focus.value = f)} />
              {FOCUS_LABEL[f]}
            </label>
          ))}
        </div>
        <button type="button" class="primary" onClick={() => void submit('strength', 1, focus.value)}>
          Log strength session
        </button>
      </fieldset>
      <div class="walk-unit" role="radiogroup" aria-label="Walk measured in">
        {(['min', 'steps'] as const).map((u) => (
          <label key={u} class="chip">
            <input type="radio" name="walk-unit" checked={walkUnit.value === u} onChange={() => (walkUnit.value = u)} />
            {u === 'min' ? 'minutes' : 'steps'}
          </label>
        ))}
      </div>
      <Amount kind="walk" label="Walk" unit={walkUnit.value === 'min' ? 'min' : 'steps'} />
      <Amount kind="sleep" label="Sleep" unit="h" />
      <Amount kind="weight" label="Weight" unit="kg" />
      <Amount kind="waist" label="Waist" unit="cm" />
      <h3>Last two weeks</h3>
      {recent.length === 0 ? (
        <p class="empty">No logs yet. Tap “Log strength session” after your next workout; rest days need no log.</p>
      ) : (
        <ul class="entries">
          {recent.map((e) => (
            <li key={e.id}>
              <span class="date">{e.date === date ? 'this day' : e.date}</span>
              {editing.value?.id === e.id ? (
                <span class="edit">
                  <label class="sr-only" for={`edit-${e.id}`}>
                    New value ({RANGES[e.kind].unit})
                  </label>
                  <input
                    id={`edit-${e.id}`}
                    inputMode="decimal"
                    value={editing.value.value}
                    onInput={(ev) => (editing.value = { id: e.id, value: ev.currentTarget.value })}
                  />
                  <button
                    type="button"
                    onClick={async () => {
                      const err = await editEntry(e, Number(editing.value!.value.replace(',', '.')));
                      editing.value = err ? { ...editing.value!, error: err } : null;
                    }}
                  >
                    Save
                  </button>
                  <button type="button" onClick={() => (editing.value = null)}>
                    Cancel
                  </button>
                  {editing.value.error && <span class="error">{editing.value.error}</span>}
                </span>
              ) : (
                <>
                  <span class="what">{describe(e)}</span>
                  {e.kind !== 'strength' && (
                    <button type="button" aria-label={`Edit ${describe(e)} on ${e.date}`} onClick={() => (editing.value = { id: e.id, value: String(e.value) })}>
                      Edit
                    </button>
                  )}
                  <button type="button" aria-label={`Delete ${describe(e)} on ${e.date}`} onClick={() => void deleteEntry(e)}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
