import { FIT, type Fit } from '../../lib/log';
import type { WeeklyReview } from '../../lib/progress';
import { addDays } from '../../lib/streak';
import { formatQuantity } from '../../lib/units';
import { LineChart } from '../charts/LineChart';
import { coach, coachReady, current, earliestPlanStart, logFit, planStart, planStartRefused, setPlanStart, setQuietHours, setReminder } from './progress-store';
import { prefs, selectTab, today } from './store';
import { fitWord } from './describe';
import { formatDate } from '../../lib/i18n/format';
import { ui } from '../i18n/ui';
import './progress.css';

const FITS = Object.keys(FIT) as Fit[];
const FIT_BUTTON = { looser: 'popup.progress.fit_looser_button', same: 'popup.progress.fit_same_button', tighter: 'popup.progress.fit_tighter_button' } as const satisfies Record<Fit, string>;
const day = (date: string) => formatDate(ui.locale, date, { day: 'numeric', month: 'short' });
/** A change in the user's units with its sign: "−2.4 kg", "+0.5 in". */
const signed = (q: 'weight' | 'waist', metric: number) => `${metric > 0 ? '+' : metric < 0 ? '−' : '±'}${formatQuantity(q, Math.abs(metric), prefs.value.units, 1, ui.locale)}`;
const weight = (kg: number) => formatQuantity('weight', kg, prefs.value.units, 1, ui.locale);
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** This week against the plan, the read, non-scale progress, last week's review and the optional reminders. */
export function ProgressView() {
  const p = current.value;
  if (!coachReady.value) return <p class="loading">{ui.t('common.loading')}</p>;
  if (!p) {
    return (
      <section aria-labelledby="progress-h">
        <h2 id="progress-h">{ui.t('popup.tab.progress')}</h2>
        <p class="empty">
          {ui.t('popup.progress.needs_plan')}{' '}
          <button type="button" class="link" onClick={() => selectTab('plan')}>
            {ui.t('popup.progress.finish_plan')}
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
  const { waist, fit } = p.nonScale;
  // One weigh-in is no change yet: a trend needs two points to have moved.
  const sinceStart = trend.length >= 2 ? lastTrend!.y - trend[0]!.y : null;
  return (
    <section aria-labelledby="progress-h" class="progress">
      <h2 id="progress-h">
        {ui.t('popup.tab.progress')} <span class="week">{ui.t('popup.plan.week_n', { n: ui.num(p.week) })}</span>
      </h2>
      {p.nothingLogged ? (
        <div class="empty-state">
          <h3>{ui.t('popup.progress.empty_title')}</h3>
          <p>{ui.t('popup.progress.empty')}</p>
          <button type="button" class="link" onClick={() => selectTab('log')}>
            {ui.t('popup.progress.open_log')}
          </button>
        </div>
      ) : (
        <>
          <article class={`read ${v.tone}`} aria-labelledby="read-h">
            <h3 id="read-h">{v.title}</h3>
            <p>{v.message}</p>
            {v.change && (
              <p class="change">
                <strong>{ui.t('popup.progress.one_change')}</strong> {v.change.text}
              </p>
            )}
            <p class="rests">{v.restsOn}</p>
          </article>

          {trend.length >= 2 ? (
            <>
              <LineChart
                title={ui.t('popup.progress.chart')}
                summary={[
                  ui.t('popup.progress.chart_trend', { week: ui.num(p.week), trend: weight(lastTrend!.y) }),
                  ...(bandNow && lowNow ? [ui.t('popup.progress.chart_range', { low: weight(lowNow.y), high: weight(bandNow.y) })] : []),
                  ui.t('popup.progress.chart_weigh_ins', { n: ui.num(weighIns.length) }, weighIns.length),
                ].join('; ')}
                bands={[{ label: ui.t('popup.progress.range'), low: bandLow, high: bandHigh }]}
                series={[
                  { label: ui.t('popup.streak.weigh_ins'), dots: true, points: weighIns },
                  { label: ui.t('popup.streak.trend_line'), points: trend },
                ]}
                yRange={p.chart.axis}
                xLabel={ui.t('popup.progress.date')}
                formatX={(x) => day(addDays(planStart.value, x))}
                formatY={weight}
              />
              <p class="note" aria-hidden="true">
                {ui.t('popup.progress.shaded')}
              </p>
            </>
          ) : (
            <p class="empty">{ui.t('popup.progress.chart_empty')}</p>
          )}

          <div class="stats">
            <p class="stat">
              <span class="label">{ui.t('popup.progress.since_start')}</span> {sinceStart === null ? ui.t('popup.progress.not_yet') : signed('weight', sinceStart)}
            </p>
            <p class="stat">
              <span class="label">{ui.t('popup.log.waist')}</span> {waist ? ui.t('popup.progress.waist_since', { change: signed('waist', waist.change), day: day(waist.since) }) : ui.t('popup.progress.measure_waist')}
            </p>
          </div>
          <p class="note">{ui.t('popup.progress.waist_note')}</p>
        </>
      )}

      <fieldset class="fit">
        <legend>{ui.t('popup.progress.fit_legend')}</legend>
        <div class="chips">
          {FITS.map((f) => (
            <button key={f} type="button" aria-pressed={fit?.date === today.value && fit.latest === f} onClick={() => void logFit(f)}>
              {ui.t(FIT_BUTTON[f])}
            </button>
          ))}
        </div>
        {fit && (
          <p class="note">
            {ui.t('popup.progress.fit_last', { fit: fitWord(fit.latest), day: day(fit.date) })}
            {fit.looser ? ui.t('popup.progress.fit_looser', { n: ui.num(fit.looser) }, fit.looser) : ''}.
          </p>
        )}
      </fieldset>

      {!p.nothingLogged && <Review review={p.review} firstReview={p.firstReview} />}

      <div class="field">
        <label for="plan-start">{ui.t('popup.progress.plan_start')}</label>
        <input
          id="plan-start"
          type="date"
          min={earliestPlanStart.value}
          max={today.value}
          value={planStart.value}
          aria-invalid={planStartRefused.value ? 'true' : undefined}
          aria-describedby={planStartRefused.value ? 'plan-start-msg' : undefined}
          onChange={(e) => setPlanStart(e.currentTarget.value || null)}
        />
        {planStartRefused.value && (
          <p id="plan-start-msg" class="error">
            {ui.t('popup.progress.plan_start_range', { min: formatDate(ui.locale, earliestPlanStart.value, { day: 'numeric', month: 'short', year: 'numeric' }) })}
          </p>
        )}
      </div>

      <Reminders />
    </section>
  );
}

/** Last week against the targets, or, until the plan's first whole week is over, the day that review comes. */
function Review({ review: r, firstReview }: { review: WeeklyReview | null; firstReview: string }) {
  if (!r) return <p class="note review-pending">{ui.t('popup.progress.first_review', { day: formatDate(ui.locale, firstReview, { weekday: 'short', day: 'numeric', month: 'short' }) })}</p>;
  return (
    <>
      <h3 id="review-h">
        {ui.t('popup.progress.last_week', { from: day(r.start), to: day(r.end) })}
      </h3>
      <ul class="review" aria-labelledby="review-h">
        <li>
          {ui.t('popup.progress.review_strength', { done: ui.num(r.strength.done), target: ui.num(r.strength.target) })}
        </li>
        <li>
          {ui.t('popup.progress.review_walking', { done: ui.num(r.walking.days), target: ui.num(r.walking.target) })}
        </li>
        <li>{ui.t('popup.progress.review_sleep', { sleep: r.sleepAvg === null ? ui.t('popup.progress.not_logged') : `${ui.num(r.sleepAvg)} h` })}</li>
        <li>{r.trendChange === null ? ui.t('popup.progress.review_trend_none') : ui.t('popup.progress.review_trend', { change: signed('weight', r.trendChange) })}</li>
        <li>
          {ui.t('popup.progress.review_streak', { n: ui.num(r.streak) }, r.streak)}
        </li>
      </ul>
      <p class="next">
        <strong>{ui.t('popup.progress.next_step')}</strong> {r.nextStep}
      </p>
    </>
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
      <legend>{ui.t('popup.progress.reminders')}</legend>
      <label class="check">
        <input type="checkbox" checked={s.checkIn} onChange={(e) => void setReminder('checkIn', e.currentTarget.checked)} />
        {ui.t('popup.progress.check_in')}
      </label>
      <label class="check">
        <input type="checkbox" checked={s.nudge} onChange={(e) => void setReminder('nudge', e.currentTarget.checked)} />
        {ui.t('popup.progress.nudge')}
      </label>
      {(s.checkIn || s.nudge) && (
        <div class="quiet">
          {hourSelect('quiet-from', ui.t('popup.progress.quiet_from'), s.quietFrom, (h) => setQuietHours(h, s.quietTo))}
          {hourSelect('quiet-to', ui.t('popup.progress.quiet_to'), s.quietTo, (h) => setQuietHours(s.quietFrom, h))}
        </div>
      )}
      <p class="note">{ui.t('popup.progress.reminders_note')}</p>
    </fieldset>
  );
}

