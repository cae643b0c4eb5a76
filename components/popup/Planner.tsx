import type { Words } from '../../lib/i18n/translate';
import { ACTIVITIES, SESSION_CHOICES, activityLabel, weekWords, type Field } from '../../lib/plan';
import { goalNote, isLossGoal } from '../../lib/plan/goal';
import { planWords } from '../../lib/plan/words';
import { realisticTimeline } from '../../lib/timeline';
import { formatQuantity, joinFeet, splitFeet, unitOf } from '../../lib/units';
import { MedicalNote } from '../RealityCard';
import { ui } from '../i18n/ui';
import { LineChart } from '../charts/LineChart';
import { Rich } from './Rich';
import { UnitSwitch } from './UnitSwitch';
import { RAW_MAX_LENGTH } from '../../lib/store/prefs';
import { plan, prefs, updatePrefs, validation } from './store';

const setRaw = (name: string, value: string) => updatePrefs({ ...prefs.value, raw: { ...prefs.value.raw, [name]: value } });

function fieldError(name: Field): string | undefined {
  const v = validation.value;
  return (v.errors as Partial<Record<Field, Words>>)[name]?.(ui);
}

/** A number input with its message at the field (an error, or a note such as a kind question about the goal). */
function NumberField({ name, label, optional, note }: { name: Field; label: string; optional?: boolean; note?: string }) {
  const error = fieldError(name);
  const id = `plan-${name}`;
  const unit = name === 'age' ? ui.t('common.form.years') : unitOf('weight', prefs.value.units);
  const said = error ?? note;
  return (
    <div class={note && !error ? 'field wide' : 'field'}>
      <label for={id}>
        {label} <span class="unit">({optional ? ui.t('popup.plan.optional', { unit }) : unit})</span>
      </label>
      <input
        id={id}
        inputMode="decimal"
        maxLength={RAW_MAX_LENGTH}
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
          {ui.t('common.form.height')} <span class="unit">(cm)</span>
        </label>
        <input id="plan-height" inputMode="decimal" maxLength={RAW_MAX_LENGTH} value={raw} {...described} onInput={(e) => setRaw('height', e.currentTarget.value)} />
        {message}
      </div>
    );
  }
  const { ft, inch } = splitFeet(raw);
  return (
    // A labelled group rather than a fieldset: a legend cannot take the label's row in the form's grid.
    <div class="field height" role="group" aria-labelledby="plan-height-label">
      <span id="plan-height-label">{ui.t('common.form.height')}</span>
      <span class="pair">
        <input id="plan-height-ft" aria-label={ui.t('popup.plan.height_ft')} inputMode="numeric" value={ft} {...described} onInput={(e) => setRaw('height', joinFeet(e.currentTarget.value, inch))} />
        <span class="unit" aria-hidden="true">ft</span>
        <input id="plan-height-in" aria-label={ui.t('popup.plan.height_in')} inputMode="decimal" value={inch} {...described} onInput={(e) => setRaw('height', joinFeet(ft, e.currentTarget.value))} />
        <span class="unit" aria-hidden="true">in</span>
      </span>
      {message}
    </div>
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
  const fmtW = (kg: number) => formatQuantity('weight', kg, units, 1, ui.locale);
  const weekX = (d: number) => (d === 0 ? ui.t('popup.plan.today') : ui.t('popup.plan.week_n', { n: ui.num(Math.round(d / 7)) }));
  const weekly = result?.projection.filter((d) => d.day % 7 === 0) ?? [];
  return (
    <section aria-labelledby="planner-h">
      <h2 id="planner-h">{ui.t('popup.plan.title')}</h2>
      <UnitSwitch />
      <div class="grid">
        <div class="field">
          <label for="plan-sex">{ui.t('common.form.sex')}</label>
          <select id="plan-sex" value={p.raw.sex} onChange={set('sex')}>
            <option value="female">{ui.t('common.form.female')}</option>
            <option value="male">{ui.t('common.form.male')}</option>
          </select>
        </div>
        <NumberField name="age" label={ui.t('common.form.age')} />
        <HeightField />
        <NumberField name="weight" label={ui.t('common.form.weight')} />
        <NumberField name="goal" label={ui.t('popup.plan.goal')} optional note={input && goalNote(input, units, ui)} />
        <div class="field">
          <label for="plan-sessions">{ui.t('popup.plan.sessions')}</label>
          <select id="plan-sessions" value={p.raw.sessions} onChange={set('sessions')}>
            {SESSION_CHOICES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div class="field wide">
          <label for="plan-activity">{ui.t('popup.plan.activity')}</label>
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
          {ui.t('popup.plan.fix')}
        </p>
      ) : (
        <div class="plan" aria-live="polite">
          <h3>{ui.t('popup.plan.eat')}</h3>
          {words.eat.map((t) => (
            <p key={t}>
              <Rich text={t} />
            </p>
          ))}
          <h3>{ui.t('popup.plan.train')}</h3>
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
          <h3>{ui.t('popup.plan.move')}</h3>
          <p>
            {ui.t('popup.plan.walk_sleep', {
              minutes: ui.num(result.walking.minutes),
              steps: ui.num(result.walking.steps),
              days: ui.num(result.walking.days),
              low: ui.num(result.sleepHours.low),
              high: ui.num(result.sleepHours.high),
            })}
          </p>
          <h3>{ui.t('popup.plan.timeline')}</h3>
          {words.outlook === 'loss' ? (
            <>
              <LineChart
                title={ui.t('popup.plan.chart_weight')}
                summary={
                  ui.t('popup.plan.chart_weight_summary', { from: fmtW(weekly[0]!.weight), to: fmtW(weekly.at(-1)!.weight) }) +
                  (isLossGoal(input) ? ` ${ui.t('popup.plan.chart_goal', { goal: fmtW(input.goalKg!) })}` : '')
                }
                series={[{ label: ui.t('common.form.weight'), points: weekly.map((d) => ({ x: d.day, y: d.weight })) }]}
                markers={realisticTimeline(ui).map((m, i) => ({ x: m.day, tag: String(i + 1), label: `${m.when}: ${m.what}` }))}
                {...(isLossGoal(input) ? { goal: { y: input.goalKg!, label: ui.t('popup.plan.goal_line', { goal: fmtW(input.goalKg!) }) } } : {})}
                formatX={weekX}
                formatY={fmtW}
                xLabel={ui.t('popup.plan.week')}
              />
              <LineChart
                title={ui.t('popup.plan.chart_fat')}
                summary={ui.t('popup.plan.chart_fat_summary', { from: fmtW(weekly[0]!.fat), to: fmtW(weekly.at(-1)!.fat) })}
                series={[{ label: ui.t('popup.plan.fat'), dashed: true, points: weekly.map((d) => ({ x: d.day, y: d.fat })) }]}
                formatX={weekX}
                formatY={fmtW}
                xLabel={ui.t('popup.plan.week')}
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
