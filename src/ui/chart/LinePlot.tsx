// A small line chart for the demos: axes with ticks, several series (dashed allowed), shaded
// x-intervals, point markers and a vertical rule. It is an image for sighted readers (role="img"
// with a label) and always comes with a caption; each demo also lists the numbers as text.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  label: string;
  points: readonly [number, number][];
  dashed?: boolean;
  /** Dotted: a third line style, so three series differ without colour. */
  dotted?: boolean;
  /** A CSS colour; defaults to the theme's text colour. */
  color?: string;
  width?: number;
}

export interface Marker {
  x: number;
  y: number;
  label?: string;
  color?: string;
}

interface Props {
  title: string;
  description: string;
  x: { label: string; domain: [number, number] };
  y: { label: string; domain: [number, number] };
  series: readonly Series[];
  shade?: readonly { from: number; to: number }[];
  markers?: readonly Marker[];
  rule?: number;
  width?: number;
  height?: number;
}

const M = { l: 52, r: 14, t: 14, b: 40 };
const finite = (v: number) => Number.isFinite(v);

export function LinePlot({ title, description, x, y, series, shade = [], markers = [], rule, width = 460, height = 260 }: Props) {
  const sx = scaleLinear().domain(x.domain).range([M.l, width - M.r]);
  const sy = scaleLinear().domain(y.domain).range([height - M.b, M.t]).nice();
  const [y0, y1] = sy.domain();
  // Clamp to the plot so extreme values draw at the edge instead of escaping (and never NaN).
  const clampY = (v: number) => Math.min(y1, Math.max(y0, v));
  const path = line<[number, number]>()
    .defined(([a, b]) => finite(a) && finite(b))
    .x(([a]) => sx(a))
    .y(([, b]) => sy(clampY(b)));
  return (
    <figure className="line-plot">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${description}`}>
        {shade.map((s, i) => (
          <rect key={i} className="plot-shade" x={sx(Math.max(x.domain[0], s.from))} width={Math.max(0, sx(Math.min(x.domain[1], s.to)) - sx(Math.max(x.domain[0], s.from)))} y={M.t} height={height - M.t - M.b} />
        ))}
        <g className="plot-axis" aria-hidden="true">
          {sy.ticks(5).map((v) => (
            <g key={`y${v}`}>
              <line x1={M.l} x2={width - M.r} y1={sy(v)} y2={sy(v)} className={v === 0 ? 'plot-zero' : 'plot-grid'} />
              <text x={M.l - 6} y={sy(v)} dy="0.32em" textAnchor="end">
                {Number(v.toPrecision(3))}
              </text>
            </g>
          ))}
          {sx.ticks(6).map((v) => (
            <g key={`x${v}`}>
              <line x1={sx(v)} x2={sx(v)} y1={height - M.b} y2={height - M.b + 4} className="plot-tick" />
              <text x={sx(v)} y={height - M.b + 16} textAnchor="middle">
                {Number(v.toPrecision(3))}
              </text>
            </g>
          ))}
          <text x={(M.l + width - M.r) / 2} y={height - 4} textAnchor="middle" className="plot-label">
            {x.label}
          </text>
          <text x={12} y={(M.t + height - M.b) / 2} textAnchor="middle" transform={`rotate(-90 12 ${(M.t + height - M.b) / 2})`} className="plot-label">
            {y.label}
          </text>
        </g>
        {rule !== undefined && finite(rule) && <line className="plot-rule" x1={sx(rule)} x2={sx(rule)} y1={M.t} y2={height - M.b} />}
        {series.map((s) => (
          <path key={s.label} d={path(s.points as [number, number][]) ?? ''} className="plot-line" style={{ stroke: s.color ?? 'var(--text)', strokeWidth: s.width ?? 2.5, strokeDasharray: s.dashed ? '6 5' : s.dotted ? '1.5 4' : undefined }} />
        ))}
        {markers.filter((m) => finite(m.x) && finite(m.y)).map((m, i) => (
          <g key={i} transform={`translate(${sx(m.x)},${sy(clampY(m.y))})`}>
            <circle r={5.5} className="plot-marker" style={{ fill: m.color ?? 'var(--accent)' }} />
            {m.label && (
              <text x={8} y={-8} className="plot-marker-label">
                {m.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <strong>{title}.</strong> {description}
        <span className="plot-legend" aria-hidden="true">
          {series.map((s) => (
            <span key={s.label}>
              <svg width="26" height="10">
                <line x1="0" x2="26" y1="5" y2="5" style={{ stroke: s.color ?? 'var(--text)', strokeWidth: 2.5, strokeDasharray: s.dashed ? '6 5' : s.dotted ? '1.5 4' : undefined }} />
              </svg>{' '}
              {s.label}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
