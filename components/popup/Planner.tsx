import { ACTIVITY_LABEL, cmToIn, inToCm, kgToLb, lbToKg, parseNumber, PROJECTION_DAYS, type Field, type Units } from '../../lib/plan';
import { MedicalNote } from '../RealityCard';
import { LineChart } from '../charts/LineChart';
import { plan, prefs, updatePrefs, validation } from './store';

const SESSIONS = ['2', '3', '4', '5'];

/** Converts the typed height/weight/goal when the unit switch flips, so nothing typed is lost. */
function convert(raw: Record<string, string>, to: Units): Record<string, string> {
  const conv = (v: string | undefined, f: (n: number) => number) => {
    const n = parseNumber(v);
    // Two decimals, so switching back and forth returns the number that was typed.
    return n === undefined ? (v ?? '') : String(Math.round(f(n) * 100) / 100);
  };
  const [len, mass] = to === 'imperial' ? [cmToIn, kgToLb] : [inToCm, lbToKg];
  return { ...raw, height: conv(raw.height, len), weight: conv(raw.weight, mass), goal: raw.goal ? conv(raw.goal, mass) : '' };
}

function NumberField({ name, label, unit, optional }: { name: Field; label: string; unit: string; optional?: boolean }) {
  const v = validation.value;
  const error = v.ok ? undefined : v.errors[name];
  const id = `plan-${name}`;
  return (
    <div class="field">
      <label for={id}>
        {label} <span class="unit">({unit}{optional ? ', optional' : ''})</span>
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={prefs.value.raw[name] ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => updatePrefs({ ...prefs.value, raw: { ...prefs.value.raw, [name]: e.currentTarget.value } })}
      />
      {error && (
        <p id={`${id}-err`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The quick planner: a compact form, the plan in plain words, and an honest projected timeline. */
export function Planner() {
  const p = prefs.value;
  const imperial = p.units === 'imperial';
  const set = (field: string) => (e: Event) => updatePrefs({ ...p, raw: { ...p.raw, [field]: (e.currentTarget as HTMLSelectElement).value } });
  const result = plan.value;
  const v = validation.value;
  const fmtW = (kg: number) => (imperial ? `${Math.round(kgToLb(kg))} lb` : `${kg.toFixed(1)} kg`);
  return (
    <section aria-labelledby="planner-h">
      <h2 id="planner-h">Your plan</h2>
      <fieldset class="units">
        <legend>Units</legend>
        {(['metric', 'imperial'] as const).map((u) => (
          <label key={u}>
            <input type="radio" name="units" checked={p.units === u} onChange={() => updatePrefs({ ...p, units: u, raw: convert(p.raw, u) })} />
            {u === 'metric' ? 'kg / cm' : 'lb / in'}
          </label>
        ))}
      </fieldset>
      <div class="grid">
        <div class="field">
          <label for="plan-sex">Sex</label>
          <select id="plan-sex" value={p.raw.sex} onChange={set('sex')}>
            <option value="female">Female</option>
            <option value="male">Male</option>
          </select>
        </div>
        <NumberField name="age" label="Age" unit="years" />
        <NumberField name="height" label="Height" unit={imperial ? 'in' : 'cm'} />
        <NumberField name="weight" label="Weight" unit={imperial ? 'lb' : 'kg'} />
        <NumberField name="goal" label="Goal" unit={imperial ? 'lb' : 'kg'} optional />
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
            {Object.entries(ACTIVITY_LABEL).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!result ? (
        <p class="empty" role="status">
          {v.ok ? '' : 'Fix the highlighted fields to see your plan.'}
        </p>
      ) : (
        <div class="plan" aria-live="polite">
          <h3>Eat</h3>
          <p>
            Maintenance is about <strong>{result.energy.maintenance} kcal</strong> a day. Aim for about{' '}
            <strong>{result.energy.target} kcal</strong>: a {result.energy.deficit} kcal deficit, roughly {fmtW(result.energy.weeklyLossKg)} a week at first (
            {(result.energy.weeklyLossShare * 100).toFixed(1)} % of your weight).
          </p>
          {result.energy.floorApplied && (
            <p class="note">
              Your numbers hit the floor of {result.energy.floor} kcal, so the plan stays there and loss is slower. That is fine: slower is
              easier to keep.
            </p>
          )}
          <p>
            Protein: <strong>{result.energy.protein.low}-{result.energy.protein.high} g</strong> a day, spread over meals.
          </p>
          <h3>Train</h3>
          <ul class="week">
            {result.week.sessions.map((s) => (
              <li key={s.day}>
                <strong>
                  {s.day}: {s.name}
                </strong>{' '}
                — {s.moves.join(', ')}
              </li>
            ))}
          </ul>
          <p class="note">{result.week.note}</p>
          <h3>Move and rest</h3>
          <p>
            Walk {result.walking.minutes} minutes (about {result.walking.steps.toLocaleString('en')} steps) on {result.walking.days} days a week. Sleep{' '}
            {result.sleepHours.low}-{result.sleepHours.high} hours.
          </p>
          <h3>An honest timeline</h3>
          <LineChart
            title="Projected weight over a year"
            summary={`From ${fmtW(result.projection[0]!.weight)} today to about ${fmtW(result.projection.at(-1)!.weight)} in a year, fastest at first.`}
            series={[{ label: 'Projected weight', points: result.projection.filter((d) => d.day % 7 === 0).map((d) => ({ x: d.day, y: d.weight })) }]}
            markers={result.milestones.map((m) => ({ x: m.day, label: `${m.when}: ${m.what}` }))}
            formatX={(d) => (d === 0 ? 'today' : `week ${Math.round(d / 7)}`)}
            formatY={(kg) => fmtW(kg)}
          />
          <ol class="milestones">
            {result.milestones.map((m) => (
              <li key={m.when}>
                <strong>{m.when}:</strong> {m.what}
              </li>
            ))}
          </ol>
          {result.goalWeek !== undefined ? (
            <p>At this pace your goal arrives around week {result.goalWeek}. Expect plateaus on the way; adjust gently and continue.</p>
          ) : validation.value.ok && validation.value.value.goalKg !== undefined ? (
            <p>Your goal lies beyond this {Math.round(PROJECTION_DAYS / 7)}-week projection: a longer road, walked the same way.</p>
          ) : null}
          <MedicalNote />
        </div>
      )}
    </section>
  );
}
