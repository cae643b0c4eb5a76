import { weightTrend } from '../../lib/log';
import { addDays, daysBetween } from '../../lib/streak';
import { formatQuantity } from '../../lib/units';
import { LineChart } from '../charts/LineChart';
import { dayName } from './describe';
import { habit, prefs, streak, targets, today, visible, weeks } from './store';

const DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Streak, habit strength, a 12-week consistency map and the smoothed weight trend. */
export function StreakView() {
  const w = weeks.value;
  const t = targets.value;
  const byDay = new Map<string, { strength: number; walk: boolean }>();
  for (const e of visible.value) {
    if (e.kind !== 'strength' && e.kind !== 'walk') continue;
    const d = byDay.get(e.date) ?? { strength: 0, walk: false };
    if (e.kind === 'strength') d.strength++;
    else d.walk = true;
    byDay.set(e.date, d);
  }
  const trend = weightTrend(visible.value);
  const first = trend[0]?.date;
  const strengthPct = Math.round(habit.value * 100);
  return (
    <section aria-labelledby="streak-h">
      <h2 id="streak-h">Consistency</h2>
      <div class="stats">
        <p class="stat">
          <span class="big">{streak.value}</span> {streak.value === 1 ? 'good week' : 'good weeks'} in a row
        </p>
        <p class="stat">
          <span class="big">{strengthPct}%</span> habit strength
        </p>
      </div>
      <p class="note">
        A good week: {t.strengthSessions} strength sessions and walks on {t.walkingDays} days. Rest days never break anything.
      </p>
      <p class="note">Habit strength: how much of those targets your recent weeks met, the latest counting most, so one missed week only dents it.</p>
      <h3 id="heat-h">Last 12 weeks</h3>
      <table class="heat" aria-labelledby="heat-h">
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {DOW.map((d) => (
              <th scope="col" key={d}>
                <abbr title={d}>{d[0]}</abbr>
              </th>
            ))}
            <th scope="col">Good?</th>
          </tr>
        </thead>
        <tbody>
          {w.map((week) => (
            <tr key={week.start}>
              <th scope="row">{week.start.slice(5)}</th>
              {DOW.map((d, i) => {
                const date = addDays(week.start, i);
                const a = byDay.get(date);
                const level = !a ? 0 : a.strength > 0 && a.walk ? 3 : a.strength > 0 ? 2 : 1;
                const future = daysBetween(today.value, date) > 0;
                const label = future ? 'ahead' : !a ? 'rest' : [a.strength ? `${a.strength} strength` : '', a.walk ? 'walk' : ''].filter(Boolean).join(' + ');
                return (
                  <td key={d} class={`l${level}${future ? ' future' : ''}`} title={`${d} ${date}: ${label}`}>
                    <span class="sr-only">{label}</span>
                  </td>
                );
              })}
              <td class={week.good || week.current ? 'good' : 'good missed'}>
                <span aria-hidden="true">{week.good ? '✓' : week.current ? '…' : '–'}</span>
                <span class="sr-only">{week.good ? 'good week' : week.current ? 'in progress' : 'missed'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="legend" aria-hidden="true">
        <span class="l1" /> walk <span class="l2" /> strength <span class="l3" /> both
      </p>
      <h3>Weight trend</h3>
      {trend.length < 2 || !first ? (
        <p class="empty">Log your weight a few times a week (same time of day) and a smoothed trend appears here. The trend matters, single days do not.</p>
      ) : (
        <LineChart
          title="Weight: weigh-ins and smoothed trend"
          summary={`Trend from ${formatQuantity('weight', trend[0]!.trend, prefs.value.units)} to ${formatQuantity('weight', trend.at(-1)!.trend, prefs.value.units)} over ${daysBetween(first, trend.at(-1)!.date)} days.`}
          series={[
            { label: 'Weigh-ins', dots: true, points: trend.map((p) => ({ x: daysBetween(first, p.date), y: p.raw })) },
            { label: 'Trend', points: trend.map((p) => ({ x: daysBetween(first, p.date), y: p.trend })) },
          ]}
          formatX={(x) => dayName(addDays(first, x), today.value)}
          formatY={(y) => formatQuantity('weight', y, prefs.value.units)}
          xLabel="Day"
        />
      )}
    </section>
  );
}
