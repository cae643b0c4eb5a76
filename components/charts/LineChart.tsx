/** A small accessible SVG line chart: no library, themed by currentColor and CSS custom properties. */
export interface Series {
  label: string;
  points: { x: number; y: number }[];
  dashed?: boolean;
  /** Dots only, no line (raw measurements under a trend). */
  dots?: boolean;
}

export interface LineChartProps {
  title: string;
  series: Series[];
  markers?: { x: number; label: string }[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** One sentence a screen reader hears instead of the picture. */
  summary: string;
  height?: number;
}

const W = 340;
const PAD = { l: 40, r: 10, t: 10, b: 22 };

export function LineChart({ title, series, markers = [], formatX, formatY, summary, height = 160 }: LineChartProps) {
  const all = series.flatMap((s) => s.points);
  if (all.length < 2) return <p class="empty">Not enough data for a chart yet.</p>;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < 1) [y0, y1] = [y0 - 0.5, y1 + 0.5];
  const sx = (x: number) => PAD.l + ((x - x0) / (x1 - x0 || 1)) * (W - PAD.l - PAD.r);
  const sy = (y: number) => PAD.t + (1 - (y - y0) / (y1 - y0)) * (height - PAD.t - PAD.b);
  const ticks = [y0, (y0 + y1) / 2, y1];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={`${title}. ${summary}`} preserveAspectRatio="none">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={sy(t)} y2={sy(t)} class="grid" />
            <text x={PAD.l - 4} y={sy(t) + 4} text-anchor="end" class="tick">
              {formatY(t)}
            </text>
          </g>
        ))}
        <text x={PAD.l} y={height - 6} class="tick">
          {formatX(x0)}
        </text>
        <text x={W - PAD.r} y={height - 6} text-anchor="end" class="tick">
          {formatX(x1)}
        </text>
        {markers.map((m) => (
          <g key={m.label}>
            <line x1={sx(m.x)} x2={sx(m.x)} y1={PAD.t} y2={height - PAD.b} class="marker" />
            <title>{m.label}</title>
          </g>
        ))}
        {series.map((s, i) =>
          s.dots ? (
            <g key={s.label} class={`series s${i}`}>
              {s.points.map((p) => (
                <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r={2} />
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
      <figcaption>{title}</figcaption>
    </figure>
  );
}
