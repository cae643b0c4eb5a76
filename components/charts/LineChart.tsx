import { ui } from '../i18n/ui';

/**
 * A small accessible SVG line chart: no library, themed by CSS custom properties. Sized in the user's
 * text size (the viewBox is measured in root ems), so labels grow with text-only zoom and never clip;
 * a table of the same numbers sits under it for anyone who cannot read the picture.
 */
export interface Series {
  label: string;
  points: { x: number; y: number }[];
  dashed?: boolean;
  /** Dots only, no line (raw measurements under a trend). */
  dots?: boolean;
}

export interface Marker {
  x: number;
  /** A short tag drawn on the chart ("1"); the list beside the chart says what it means. */
  tag: string;
  label: string;
}

/** A shaded range between two edges sampled at the same x values (a model's low and high). */
export interface Band {
  label: string;
  low: { x: number; y: number }[];
  high: { x: number; y: number }[];
}

export interface LineChartProps {
  title: string;
  series: Series[];
  bands?: Band[];
  markers?: Marker[];
  /** A horizontal reference line, e.g. the goal weight. */
  goal?: { y: number; label: string };
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** One sentence a screen reader hears instead of the picture. */
  summary: string;
  /** Heading of the x column in the table alternative ("Week", "Date"). */
  xLabel: string;
  /** Height in root ems. */
  heightEm?: number;
  /** The y axis's ends, when a rule outside sets them (weight charts: lib/progress weightAxis); else the values drawn. */
  yRange?: [number, number];
}

/** Width in root ems: about the popup's content width, so one viewBox unit is about one CSS pixel. */
const WIDTH_EM = 22;
/** Tick labels are 0.75 of the root size (see .chart .tick in popup.css). */
const TICK = 0.75;
const MAX_ROWS = 14;

function rootFontPx(): number {
  const px = typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(document.documentElement).fontSize) : NaN;
  return Number.isFinite(px) && px > 0 ? px : 16;
}

/** The edge's value at x, straight between its samples; undefined outside them. */
function at(edge: readonly { x: number; y: number }[], x: number): number | undefined {
  const i = edge.findIndex((p) => p.x >= x);
  if (i < 0) return undefined;
  const b = edge[i]!;
  const a = edge[i - 1];
  if (b.x === x || !a) return b.x === x ? b.y : undefined;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

/** Every n-th x so the table stays short, always with the first and the last. */
function sampleXs(xs: number[]): number[] {
  const step = Math.ceil(xs.length / MAX_ROWS);
  return xs.filter((_, i) => i % step === 0 || i === xs.length - 1);
}

export function LineChart({ title, series, bands = [], markers = [], goal, formatX, formatY, summary, xLabel, heightEm = 11, yRange }: LineChartProps) {
  const all = [...series.flatMap((s) => s.points), ...bands.flatMap((b) => [...b.low, ...b.high])];
  if (all.length < 2) return <p class="empty">{ui.t('common.chart.too_little')}</p>;
  const em = rootFontPx();
  const fs = TICK * em;
  const W = WIDTH_EM * em;
  const H = heightEm * em;
  const xs = all.map((p) => p.x);
  const ys = [...all.map((p) => p.y), ...(goal ? [goal.y] : [])];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = yRange ?? [Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < 1) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const ticks = [y0, (y0 + y1) / 2, y1];
  // Room for the longest y label, estimated from its length (digits are about 0.6 em wide).
  const left = Math.ceil(Math.max(...ticks.map((t) => formatY(t).length)) * 0.62 * fs) + 6;
  const pad = { l: left, r: 4, t: (markers.length ? 1.6 : 0.8) * fs, b: 1.8 * fs };
  const sx = (x: number) => pad.l + ((x - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const sy = (y: number) => pad.t + (1 - (y - y0) / (y1 - y0)) * (H - pad.t - pad.b);
  const rows = sampleXs([...new Set(series[0]!.points.map((p) => p.x))]);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W.toFixed(1)} ${H.toFixed(1)}`} role="img" aria-label={`${title}. ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.l} x2={W - pad.r} y1={sy(t)} y2={sy(t)} class="grid" />
            <text x={pad.l - 4} y={sy(t) + fs / 3} text-anchor="end" class="tick">
              {formatY(t)}
            </text>
          </g>
        ))}
        <text x={pad.l} y={H - fs / 3} class="tick">
          {formatX(x0)}
        </text>
        <text x={W - pad.r} y={H - fs / 3} text-anchor="end" class="tick">
          {formatX(x1)}
        </text>
        {markers.map((m) => (
          <g key={m.tag} class="marker">
            <line x1={sx(m.x)} x2={sx(m.x)} y1={pad.t} y2={H - pad.b} />
            <text x={sx(m.x)} y={fs} text-anchor="middle" class="tick tag">
              {m.tag}
            </text>
            <title>{m.label}</title>
          </g>
        ))}
        {goal && (
          <g class="goal">
            <line x1={pad.l} x2={W - pad.r} y1={sy(goal.y)} y2={sy(goal.y)} />
            <text x={W - pad.r - 2} y={sy(goal.y) - fs / 3} text-anchor="end" class="tick">
              {goal.label}
            </text>
          </g>
        )}
        {bands.map((b) => (
          <polygon key={b.label} class="band" points={[...b.high, ...[...b.low].reverse()].map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}>
            <title>{b.label}</title>
          </polygon>
        ))}
        {series.map((s, i) =>
          s.dots ? (
            <g key={s.label} class={`series s${i}`}>
              {s.points.map((p) => (
                <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r={(em * 3) / 16} />
              ))}
            </g>
          ) : (
            <polyline
              key={s.label}
              class={`series s${i}${s.dashed ? ' dashed' : ''}`}
              fill="none"
              points={s.points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}
            />
          ),
        )}
      </svg>
      <figcaption>
        {title}
        {series.length > 1 && (
          <span class="keys">
            {series.map((s, i) => (
              <span key={s.label} class={`key s${i}${s.dashed ? ' dashed' : ''}${s.dots ? ' dots' : ''}`}>
                {s.label}
              </span>
            ))}
          </span>
        )}
      </figcaption>
      <details class="chart-table">
        <summary>{ui.t('common.chart.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
              {bands.map((b) => (
                <th scope="col" key={b.label}>
                  {b.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr key={x}>
                <th scope="row">{formatX(x)}</th>
                {series.map((s) => {
                  const p = s.points.find((q) => q.x === x);
                  return <td key={s.label}>{p ? formatY(p.y) : '—'}</td>;
                })}
                {bands.map((b) => {
                  const [lo, hi] = [at(b.low, x), at(b.high, x)];
                  return <td key={b.label}>{lo === undefined || hi === undefined ? '—' : `${formatY(lo)}–${formatY(hi)}`}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
