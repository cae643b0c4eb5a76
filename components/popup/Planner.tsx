import { ACTIVITIES, activityLabel, weekWords, type Field } from '../../lib/plan';
import { goalNote, isLossGoal } from '../../lib/plan/goal';
import { planWords } from '../../lib/plan/words';
import { realisticTimeline } from '../../lib/timeline';
import { formatQuantity, joinFeet, splitFeet, unitOf } from '../../lib/units';
import { MedicalNote } from '../RealityCard';
import { ui } from '../i18n/ui';
import { LineChart } from '../charts/LineChart';
import { Rich } from './Rich';
import { UnitSwitch } from './UnitSwitch';
import { plan, prefs, updatePrefs, validation } from './store';

const SESSIONS = ['2', '3', '4', '5'];

const setRaw = (name: string, value: string) => updatePrefs({ ...prefs.value, raw: { ...prefs.value.raw, [name]: value } });

function fieldError(name: Field): string | undefined {
  const v = validation.value;
  return (v.errors as Partial<Record<Field, string>>)[name];
}

/** A number input with its message at the field (an error, or a note such as a kind question about the goal). */
function NumberField({ name, label, optional, note }: { name: Field; label: string; optional?: boolean; note?: string }) {
  const error = fieldError(name);
  const id = `plan-${name}`;
  const unit = name === 'age' ? 'years' : unitOf('weight', prefs.value.units);
  const said = error ?? note;
  return (
    <div class={note && !error ? 'field wide' : 'field'}>
      <label for={id}>
        {label} <span class="unit">({unit}{optional ? ', optional' : ''})</span>
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={prefs.value.raw[name] ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={said ? `${id}-msg` : undefined}
        onInput={(e) => setRaw(name, e.currentTarget.value)}
      />
      {said && (
        <p id={`${id}-msg`} class={error ? 'error' : 'note'}>
          {said}
        </p>
      )}
    </div>
  );
}

/** Height: one field in cm, or feet + inches kept together as typed ("5'4.5"). */
function HeightField() {
  const error = fieldError('height');
  const raw = prefs.value.raw.height ?? '';
  const described = error ? { 'aria-describedby': 'plan-height-msg', 'aria-invalid': 'true' as const } : {};
  const message = error && (
    <p id="plan-height-msg" class="error">
      {error}
    </p>
  );
  if (prefs.value.units === 'metric') {
    return (
      <div class="field">
        <label for="plan-height">
          Height <span class="unit">(cm)</span>
        </label>
        <input id="plan-height" inputMode="decimal" value={raw} {...described} onInput={(e) => setRaw('height', e.currentTarget.value)} />
        {message}
      </div>
    );
  }
  const { ft, inch } = splitFeet(raw);
  return (
    <fieldset class="field height">
      <legend>Height</legend>
      <span class="pair">
        <input id="plan-height-ft" aria-label="Height, feet" inputMode="numeric" value={ft} {...described} onInput={(e) => setRaw('height', joinFeet(e.currentTarget.value, inch))} />
        <span class="unit" aria-hidden="true">ft</span>
        <input id="plan-height-in" aria-label="Height, inches" inputMode="decimal" value={inch} {...described} onInput={(e) => setRaw('height', joinFeet(ft, e.currentTarget.value))} />
        <span class="unit" aria-hidden="true">in</span>
      </span>
      {message}
    </fieldset>
  );
}

/** The quick planner: a compact form, the plan in plain words, and an honest projected timeline. */
export function Planner() {
  const p = prefs.value;
  const units = p.units;
  const set = (field: string) => (e: Event) => setRaw(field, (e.currentTarget as HTMLSelectElement).value);
  const result = plan.value;
  const v = validation.value;
  const input = v.ok ? v.value : undefined;
  const words = result && input ? planWords(result, input, units, ui) : undefined;
  const week = result && weekWords(result.week, ui);
  const fmtW = (kg: number) => formatQuantity('weight', kg, units);
  const weekly = result?.projection.filter((d) => d.day % 7 === 0) ?? [];
  return (
    <section aria-labelledby="planner-h">
      <h2 id="planner-h">Your plan</h2>
      <UnitSwitch />
      <div class="grid">
        <div class="field">
          <label for="plan-sex">Sex</label>
          <select id="plan-sex" value={p.raw.sex} onChange={set('sex')}>
            <option value="female">Female</option>
            <option value="male">Male</option>
          </select>
        </div>
        <NumberField name="age" label="Age" />
        <HeightField />
        <NumberField name="weight" label="Weight" />
        <NumberField name="goal" label="Goal" optional note={input && goalNote(input, units, ui)} />
        <div class="field">
          <label for="plan-sessions">Strength sessions a week</label>
          <select id="plan-sessions" value={p.raw.sessions} onChange={set('sessions')}>
            {SESSIONS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div class="field wide">
          <label for="plan-activity">Your days</label>
          <select id="plan-activity" value={p.raw.activity} onChange={set('activity')}>
            {ACTIVITIES.map((k) => (
              <option key={k} value={k}>
                {activityLabel(k, ui)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!result || !words || !input ? (
        <p class="empty" role="status">
          Fix the highlighted fields to see your plan.
        </p>
      ) : (
        <div class="plan" aria-live="polite">
          <h3>Eat</h3>
          {words.eat.map((t) => (
            <p key={t}>
              <Rich text={t} />
            </p>
          ))}
          <h3>Train</h3>
          <ul class="week">
            {week!.sessions.map((s) => (
              <li key={s.day}>
                <strong>
                  {s.day}: {s.name}
                </strong>{' '}
                — {s.moves.join(', ')}
              </li>
            ))}
          </ul>
          <p class="note">{week!.note}</p>
          <h3>Move and rest</h3>
          <p>
            Walk {result.walking.minutes} minutes (about {result.walking.steps.toLocaleString('en')} steps) on {result.walking.days} days a week. Sleep{' '}
            {result.sleepHours.low}-{result.sleepHours.high} hours.
          </p>
          <h3>An honest timeline</h3>
          {words.outlook === 'loss' ? (
            <>
              <LineChart
                title="Projected weight over a year"
                summary={`From ${fmtW(weekly[0]!.weight)} today to about ${fmtW(weekly.at(-1)!.weight)} in a year, fastest at first.${isLossGoal(input) ? ` Goal: ${fmtW(input.goalKg!)}.` : ''}`}
                series={[{ label: 'Weight', points: weekly.map((d) => ({ x: d.day, y: d.weight })) }]}
                markers={realisticTimeline(ui).map((m, i) => ({ x: m.day, tag: String(i + 1), label: `${m.when}: ${m.what}` }))}
                {...(isLossGoal(input) ? { goal: { y: input.goalKg!, label: `goal ${fmtW(input.goalKg!)}` } } : {})}
                formatX={(d) => (d === 0 ? 'today' : `week ${Math.round(d / 7)}`)}
                formatY={fmtW}
                xLabel="Week"
              />
              <LineChart
                title="Of which body fat"
                summary={`Body fat from about ${fmtW(weekly[0]!.fat)} to ${fmtW(weekly.at(-1)!.fat)}: most of the loss is fat, the rest water and some lean mass.`}
                series={[{ label: 'Body fat', dashed: true, points: weekly.map((d) => ({ x: d.day, y: d.fat })) }]}
                formatX={(d) => (d === 0 ? 'today' : `week ${Math.round(d / 7)}`)}
                formatY={fmtW}
                xLabel="Week"
                heightEm={8}
              />
              <ol class="milestones">
                {realisticTimeline(ui).map((m) => (
                  <li key={m.when}>
                    <strong>{m.when}:</strong> {m.what}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p>{words.expect}</p>
          )}
          {words.goal && <p>{words.goal}</p>}
          <MedicalNote />
        </div>
      )}
    </section>
  );
}
