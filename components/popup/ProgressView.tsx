import { FIT, type Fit } from '../../lib/log';
import { addDays } from '../../lib/streak';
import { formatQuantity } from '../../lib/units';
import { LineChart } from '../charts/LineChart';
import { coach, coachReady, current, logFit, planStart, setPlanStart, setQuietHours, setReminder } from './progress-store';
import { prefs, selectTab, today } from './store';
import './progress.css';

const FITS = Object.keys(FIT) as Fit[];
const day = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** A change in the user's units with its sign: "−2.4 kg", "+0.5 in". */
const signed = (q: 'weight' | 'waist', metric: number) => `${metric > 0 ? '+' : metric < 0 ? '−' : '±'}${formatQuantity(q, Math.abs(metric), prefs.value.units)}`;
const weight = (kg: number) => formatQuantity('weight', kg, prefs.value.units);
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** This week against the plan, the read, non-scale progress, last week's review and the optional reminders. */
export function ProgressView() {
  const p = current.value;
  if (!coachReady.value) return <p class="loading">Loading…</p>;
  if (!p) {
    return (
      <section aria-labelledby="progress-h">
        <h2 id="progress-h">Progress</h2>
        <p class="empty">
          Progress is read against your plan.{' '}
          <button type="button" class="link" onClick={() => selectTab('plan')}>
            Finish the plan first
          </button>
        </p>
      </section>
    );
  }
  const v = p.verdict;
  const { trend, weighIns, bandHigh, bandLow } = p.chart;
  const lastTrend = trend.at(-1);
  const bandNow = bandHigh.findLast((b) => lastTrend && b.x <= lastTrend.x);
  const lowNow = bandLow.findLast((b) => lastTrend && b.x <= lastTrend.x);
  const r = p.review;
  const { waist, fit } = p.nonScale;
  const start = trend[0];
  return (
    <section aria-labelledby="progress-h" class="progress">
      <h2 id="progress-h">
        Progress <span class="week">week {p.week}</span>
      </h2>
      <article class={`read ${v.tone}`} aria-labelledby="read-h">
        <h3 id="read-h">{v.title}</h3>
        <p>{v.message}</p>
        {v.change && (
          <p class="change">
            <strong>One small change:</strong> {v.change.text}
          </p>
        )}
        <p class="rests">{v.restsOn}</p>
      </article>

      {trend.length >= 2 ? (
        <LineChart
          title="Weight trend against the plan's range"
          summary={`Week ${p.week}: trend ${weight(lastTrend!.y)}${bandNow && lowNow ? `; the plan's range for this week is ${weight(lowNow.y)} to ${weight(bandNow.y)}` : ''}; ${weighIns.length} weigh-ins since the plan started.`}
          bands={[{ label: "Plan's range", low: bandLow, high: bandHigh }]}
          series={[
            { label: 'Weigh-ins', dots: true, points: weighIns },
            { label: 'Smoothed trend', points: trend },
          ]}
          xLabel="Date"
          formatX={(x) => day(addDays(planStart.value, x))}
          formatY={weight}
        />
      ) : (
        <p class="empty">Weigh in a few mornings a week; the trend appears here over the plan's range.</p>
      )}
      <p class="note" aria-hidden="true">
        Shaded: the range the plan's model expects for you by now.
      </p>

      <div class="stats">
        <p class="stat">
          <span class="label">Weight trend since the start</span> {start && lastTrend ? signed('weight', lastTrend.y - start.y) : 'not yet'}
        </p>
        <p class="stat">
          <span class="label">Waist</span> {waist ? `${signed('waist', waist.change)} since ${day(waist.since)}` : 'measure it every week or two'}
        </p>
      </div>
      <p class="note">The waist and your clothes often change before the scale does.</p>

      <fieldset class="fit">
        <legend>Clothes fit, compared with a few weeks ago</legend>
        <div class="chips">
          {FITS.map((f) => (
            <button key={f} type="button" aria-pressed={fit?.date === today.value && fit.latest === f} onClick={() => void logFit(f)}>
              {f[0]!.toUpperCase() + f.slice(1)}
            </button>
          ))}
        </div>
        {fit && (
          <p class="note">
            Last: {fit.latest} on {day(fit.date)}
            {fit.looser ? `; looser ${fit.looser} ${fit.looser === 1 ? 'time' : 'times'} since the plan started` : ''}.
          </p>
        )}
      </fieldset>

      <h3 id="review-h">
        Last week ({day(r.start)} – {day(r.end)})
      </h3>
      <ul class="review" aria-labelledby="review-h">
        <li>
          Strength sessions: {r.strength.done} of {r.strength.target}
        </li>
        <li>
          Walking days: {r.walking.days} of {r.walking.target}
        </li>
        <li>Average sleep: {r.sleepAvg === null ? 'not logged' : `${r.sleepAvg.toFixed(1)} h`}</li>
        <li>Trend: {r.trendChange === null ? 'too few weigh-ins' : `${signed('weight', r.trendChange)} over the week`}</li>
        <li>
          Streak: {r.streak} good {r.streak === 1 ? 'week' : 'weeks'} in a row
        </li>
      </ul>
      <p class="next">
        <strong>Next step:</strong> {r.nextStep}
      </p>

      <div class="field">
        <label for="plan-start">Plan started on</label>
        <input id="plan-start" type="date" max={today.value} value={planStart.value} onChange={(e) => setPlanStart(e.currentTarget.value || null)} />
      </div>

      <Reminders />
    </section>
  );
}

function Reminders() {
  const s = coach.value.reminders;
  const hourSelect = (id: string, label: string, value: number, set: (h: number) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(Number(e.currentTarget.value))}>
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {`${String(h).padStart(2, '0')}:00`}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="reminders">
      <legend>Reminders (off unless you turn them on)</legend>
      <label class="check">
        <input type="checkbox" checked={s.checkIn} onChange={(e) => void setReminder('checkIn', e.currentTarget.checked)} />
        Weekly check-in, Sunday evening
      </label>
      <label class="check">
        <input type="checkbox" checked={s.nudge} onChange={(e) => void setReminder('nudge', e.currentTarget.checked)} />
        A nudge after three days with nothing logged
      </label>
      {(s.checkIn || s.nudge) && (
        <div class="quiet">
          {hourSelect('quiet-from', 'Quiet from', s.quietFrom, (h) => setQuietHours(h, s.quietTo))}
          {hourSelect('quiet-to', 'until', s.quietTo, (h) => setQuietHours(s.quietFrom, h))}
        </div>
      )}
      <p class="note">Turning one on asks the browser to let Reality Check show notifications. Nothing leaves your browser.</p>
    </fieldset>
  );
}

