import { addDays, daysBetween } from '../../lib/streak';
import { formatQuantity } from '../../lib/units';
import { LineChart } from '../charts/LineChart';
import { dayName } from './describe';
import { habit, prefs, selectTab, streak, streakStarted, targets, today, visible, weeks, weights } from './store';
import { formatDate } from '../../lib/i18n/format';
import { ui } from '../i18n/ui';

/** The seven days of a week from its first (the locale's first day of the week). */
const daysOf = (start: string) => Array.from({ length: 7 }, (_, i) => addDays(start, i));
const weekday = (d: string, style: 'long' | 'narrow') => formatDate(ui.locale, d, { weekday: style });

/** Good weeks in a row, habit strength and the 12-week consistency map. */
function Weeks({ goodWeek }: { goodWeek: string }) {
  const w = weeks.value;
  const byDay = new Map<string, { strength: number; walk: boolean }>();
  for (const e of visible.value) {
    if (e.kind !== 'strength' && e.kind !== 'walk') continue;
    const d = byDay.get(e.date) ?? { strength: 0, walk: false };
    if (e.kind === 'strength') d.strength++;
    else d.walk = true;
    byDay.set(e.date, d);
  }
  const strengthPct = Math.round(habit.value * 100);
  return (
    <>
      <div class="stats">
        <p class="stat">
          <span class="big">{ui.num(streak.value)}</span> {ui.t('popup.streak.weeks', {}, streak.value)}
        </p>
        <p class="stat">
          <span class="big">{ui.t('popup.streak.pct', { n: ui.num(strengthPct) })}</span> {ui.t('popup.streak.habit')}
        </p>
      </div>
      <p class="note">{goodWeek}</p>
      <p class="note">{ui.t('popup.streak.habit_note')}</p>
      <h3 id="heat-h">{ui.t('popup.streak.heat')}</h3>
      <table class="heat" aria-labelledby="heat-h">
        <thead>
          <tr>
            <th scope="col">{ui.t('popup.streak.week_of')}</th>
            {daysOf(w[0]!.start).map((d) => (
              <th scope="col" key={d}>
                <abbr title={weekday(d, 'long')}>{weekday(d, 'narrow')}</abbr>
              </th>
            ))}
            <th scope="col">{ui.t('popup.streak.good_q')}</th>
          </tr>
        </thead>
        <tbody>
          {w.map((week) => (
            <tr key={week.start}>
              <th scope="row">{formatDate(ui.locale, week.start, { day: 'numeric', month: 'numeric' })}</th>
              {daysOf(week.start).map((date) => {
                const a = byDay.get(date);
                const level = !a ? 0 : a.strength > 0 && a.walk ? 3 : a.strength > 0 ? 2 : 1;
                const future = daysBetween(today.value, date) > 0;
                const label = future
                  ? ui.t('popup.streak.ahead')
                  : !a
                    ? ui.t('popup.streak.rest')
                    : [a.strength ? ui.t('popup.streak.strength_n', { n: ui.num(a.strength) }) : '', a.walk ? ui.t('popup.streak.walk') : ''].filter(Boolean).join(' + ');
                return (
                  <td key={date} class={`l${level}${future ? ' future' : ''}`} title={`${dayName(date, today.value)}: ${label}`}>
                    <span class="sr-only">{label}</span>
                  </td>
                );
              })}
              <td class={week.good || week.current ? 'good' : 'good missed'}>
                <span aria-hidden="true">{week.good ? '✓' : week.current ? '…' : '–'}</span>
                <span class="sr-only">{ui.t(week.good ? 'popup.streak.good' : week.current ? 'popup.streak.in_progress' : 'popup.streak.missed')}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="legend" aria-hidden="true">
        <span class="l1" /> {ui.t('popup.streak.walk')} <span class="l2" /> {ui.t('popup.streak.strength')} <span class="l3" /> {ui.t('popup.streak.both')}
      </p>
    </>
  );
}

/**
 * The weeks (streak, habit strength, heat map) or, before anything that counts is logged, what a good week
 * is and where to start (zeros on the first day read as failure); then the smoothed weight trend.
 */
export function StreakView() {
  const t = targets.value;
  const { from, weighIns, trend, axis } = weights.value;
  const kg = (v: number) => formatQuantity('weight', v, prefs.value.units, 1, ui.locale);
  const goodWeek = ui.t('popup.streak.good_week', { sessions: ui.num(t.strengthSessions), days: ui.num(t.walkingDays) });
  return (
    <section aria-labelledby="streak-h">
      <h2 id="streak-h">{ui.t('popup.streak.title')}</h2>
      {streakStarted.value ? (
        <Weeks goodWeek={goodWeek} />
      ) : (
        <div class="empty-state">
          <h3>{ui.t('popup.streak.start_title')}</h3>
          <p>{goodWeek}</p>
          <p>{ui.t('popup.streak.start')}</p>
          <button type="button" class="link" onClick={() => selectTab('log')}>
            {ui.t('popup.progress.open_log')}
          </button>
        </div>
      )}
      <h3>{ui.t('popup.streak.trend')}</h3>
      {trend.length < 2 ? (
        <p class="empty">{ui.t('popup.streak.trend_empty')}</p>
      ) : (
        <LineChart
          title={ui.t('popup.streak.chart')}
          summary={ui.t('popup.streak.chart_summary', { from: kg(trend[0]!.y), to: kg(trend.at(-1)!.y), days: ui.num(trend.at(-1)!.x) })}
          series={[
            { label: ui.t('popup.streak.weigh_ins'), dots: true, points: weighIns },
            { label: ui.t('popup.streak.trend_line'), points: trend },
          ]}
          yRange={axis}
          formatX={(x) => dayName(addDays(from, x), today.value)}
          formatY={kg}
          xLabel={ui.t('popup.log.day')}
        />
      )}
    </section>
  );
}
