// Dataset sizes (log scale) against release date, one mark per dataset, shape and colour by category
// (shape alone is enough to tell them apart). Linked to the table: the hovered or focused row's mark
// is ringed, and hovering a mark highlights its row. The table is the chart's text alternative.
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ResolvedDataset } from '../../content/schema';

const W = 640;
const H = 260;
const M = { l: 64, r: 16, t: 12, b: 36 };
const SHAPES: Record<string, (r: number) => string> = {
  'human-labeled': (r) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`,
  distilled: (r) => `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}z`,
  synthetic: (r) => `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}z`,
};
const COLORS: Record<string, string> = { 'human-labeled': 'var(--root-alignment)', distilled: 'var(--root-fine-tuning)', synthetic: 'var(--root-efficiency)' };

const fmt = (v: number) => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}K` : String(v));

const when = (d: ResolvedDataset) => (d.release ? Number(d.release.slice(0, 4)) + (Number(d.release.slice(5, 7)) - 0.5) / 12 : d.year !== null ? d.year + 0.5 : null);

export function DatasetChart({ rows, active, onHover, labels }: { rows: readonly ResolvedDataset[]; active: string | null; onHover: (id: string | null) => void; labels: { title: string; alt: string; x: string; y: string; category: (c: string) => string } }) {
  const points = rows.flatMap((d) => {
    const t = when(d);
    return t !== null && d.size ? [{ d, t, v: d.size.value }] : [];
  });
  if (points.length === 0) return null;
  const t0 = Math.floor(Math.min(...points.map((p) => p.t)));
  const t1 = Math.ceil(Math.max(...points.map((p) => p.t)));
  const x = scaleLinear().domain([t0, Math.max(t1, t0 + 1)]).range([M.l, W - M.r]);
  const vMin = Math.min(...points.map((p) => p.v));
  const vMax = Math.max(...points.map((p) => p.v));
  const y = scaleLog().domain([Math.max(1, vMin / 2), vMax * 2]).range([H - M.b, M.t]).nice();
  const years = Array.from({ length: Math.max(t1, t0 + 1) - t0 + 1 }, (_, i) => t0 + i);
  return (
    <figure className="dataset-chart">
      <figcaption>{labels.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={labels.alt}>
        <g aria-hidden="true">
          {y.ticks(6).filter((v) => Number.isInteger(Math.log10(v))).map((v) => (
            <g key={v}>
              <line x1={M.l} x2={W - M.r} y1={y(v)} y2={y(v)} className="grid" />
              <text x={M.l - 6} y={y(v)} dy="0.35em" textAnchor="end" className="axis">
                {fmt(v)}
              </text>
            </g>
          ))}
          {years.map((yr) => (
            <text key={yr} x={x(yr)} y={H - M.b + 18} textAnchor="middle" className="axis">
              {yr}
            </text>
          ))}
          <text x={12} y={H / 2} transform={`rotate(-90 12 ${H / 2})`} textAnchor="middle" className="axis-title">
            {labels.y}
          </text>
          {points.map(({ d, t, v }) => (
            <g key={d.id} transform={`translate(${x(t)},${y(v)})`} className={`dataset-point${active === d.id ? ' active' : ''}`} onMouseEnter={() => onHover(d.id)} onMouseLeave={() => onHover(null)}>
              <title>{`${d.name}: ${d.size!.label} ${d.size!.unit}, ${d.release ?? d.year}`}</title>
              {active === d.id && <circle r={11} className="ring" />}
              <path d={SHAPES[d.category](5)} style={{ fill: COLORS[d.category] }} />
              {active === d.id && (
                <text x={10} y={-10} className="point-label">
                  {d.name}
                </text>
              )}
            </g>
          ))}
        </g>
      </svg>
      <p className="chart-legend" aria-hidden="true">
        {Object.keys(SHAPES).map((c) => (
          <span key={c}>
            <svg width="14" height="14" viewBox="-7 -7 14 14">
              <path d={SHAPES[c](5)} style={{ fill: COLORS[c] }} />
            </svg>{' '}
            {labels.category(c)}
          </span>
        ))}
      </p>
    </figure>
  );
}
