// The timeline chart: lanes of marks on a time axis, laid out by timelineLayout.ts. Marks show
// open/closed source by shape (circle = open, square = closed, diamond = not marked), milestones by a
// ring and bold label, so nothing depends on colour. One tab stop; arrow keys walk the items (←/→ in
// a lane, ↑/↓ across lanes), Enter selects, and on a "+N" aggregate Enter zooms into that year.
import { forwardRef, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PARADIGMS, type Root } from '../../content/vocab';
import { rootColor } from '../../ui/paradigm';
import type { Aggregate, PlacedItem, TimelineLayout } from './timelineLayout';
import { showsRecord, type TimelineEntry } from './timelineItems';

interface Props {
  layout: TimelineLayout;
  laneLabel: (lane: string) => string;
  /** A second, smaller line under a lane's name: which part of the figure the lane comes from. */
  laneGroup: (lane: string) => string;
  label: string;
  selected: string | null;
  highlighted: ReadonlySet<string>;
  legend: { open: string; closed: string; unknown: string; milestone: string; title: string };
  source: string;
  moreLabel: (count: number, year: number) => string;
  onSelect(entry: TimelineEntry): void;
  onZoomYear(year: number): void;
}

type Stop = { key: string; lane: number; x: number; placed?: PlacedItem; agg?: Aggregate };

// Paradigm lanes take their paradigm's colour (the lane label says which it is); Figure 3's tracks and
// the milestones are drawn in the text colour.
const laneColor = (lane: string) => ((PARADIGMS as readonly string[]).includes(lane) ? rootColor(lane as Root) : 'var(--text)');

function Mark({ entry, milestone }: { entry: TimelineEntry; milestone: boolean }) {
  const r = milestone ? 7 : 5;
  const shape =
    entry.openSource === true ? (
      <circle r={r} />
    ) : entry.openSource === false ? (
      <rect x={-r} y={-r} width={2 * r} height={2 * r} />
    ) : (
      <rect x={-r * 0.85} y={-r * 0.85} width={r * 1.7} height={r * 1.7} transform="rotate(45)" />
    );
  return (
    <g className={`tl-mark${milestone ? ' tl-milestone' : ''}`}>
      {milestone && <circle r={r + 4} className="tl-ring" />}
      {shape}
    </g>
  );
}

export const TimelineChart = forwardRef<SVGSVGElement, Props>(function TimelineChart(
  { layout, laneLabel, laneGroup, label, selected, highlighted, legend, source, moreLabel, onSelect, onZoomYear },
  svgRef,
) {
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const laneIndex = useMemo(() => new Map(layout.lanes.map((l, i) => [l.id, i])), [layout]);
  const stops: Stop[] = useMemo(
    () =>
      [
        ...layout.placed.map((p) => ({ key: p.item.id, lane: laneIndex.get(p.item.lane)!, x: p.x, placed: p })),
        ...layout.aggregates.map((a) => ({ key: `agg:${a.lane}:${a.year}`, lane: laneIndex.get(a.lane)!, x: a.x, agg: a })),
      ].sort((a, b) => a.lane - b.lane || a.x - b.x),
    [layout, laneIndex],
  );
  const current = stops.find((s) => s.key === active) ?? stops.find((s) => s.placed && showsRecord(s.placed.item as TimelineEntry, selected)) ?? stops[0];

  const move = (to: Stop | undefined) => {
    if (!to) return;
    setActive(to.key);
    refs.current.get(to.key)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (!current) return;
    const i = stops.indexOf(current);
    const inLane = (lane: number) => stops.filter((s) => s.lane === lane);
    const nearestIn = (lane: number) => inLane(lane).reduce<Stop | undefined>((best, s) => (!best || Math.abs(s.x - current.x) < Math.abs(best.x - current.x) ? s : best), undefined);
    const lanesWithStops = [...new Set(stops.map((s) => s.lane))];
    const li = lanesWithStops.indexOf(current.lane);
    let handled = true;
    if (e.key === 'ArrowRight') move(stops[i + 1]?.lane === current.lane ? stops[i + 1] : undefined);
    else if (e.key === 'ArrowLeft') move(stops[i - 1]?.lane === current.lane ? stops[i - 1] : undefined);
    else if (e.key === 'ArrowDown') move(li + 1 < lanesWithStops.length ? nearestIn(lanesWithStops[li + 1]) : undefined);
    else if (e.key === 'ArrowUp') move(li > 0 ? nearestIn(lanesWithStops[li - 1]) : undefined);
    else if (e.key === 'Home') move(stops[0]);
    else if (e.key === 'End') move(stops[stops.length - 1]);
    else if (e.key === 'Enter' || e.key === ' ') {
      if (current.placed) onSelect(current.placed.item as TimelineEntry);
      else if (current.agg) onZoomYear(current.agg.year);
    } else handled = false;
    if (handled) e.preventDefault();
  };

  const legendY = layout.height + 28;
  const width = layout.x.range()[1] + 12;
  const height = legendY + 44;
  return (
    <svg ref={svgRef} className="timeline-chart" width={width} height={height} role="group" aria-label={label}>
      {/* year bands and labels */}
      <g aria-hidden="true">
        {layout.years.map((y, i) => (
          <g key={y}>
            {i % 2 === 0 && <rect x={layout.x(y)} y={0} width={layout.x(y + 1) - layout.x(y)} height={layout.height} className="tl-band" />}
            <text x={(layout.x(y) + layout.x(y + 1)) / 2} y={layout.height + 16} textAnchor="middle" className="tl-year">
              {y}
            </text>
          </g>
        ))}
        {layout.lanes.map((l) => (
          <g key={l.id}>
            <line x1={0} x2={width} y1={l.y + l.height} y2={l.y + l.height} className="tl-lane-rule" />
            <text x={8} y={l.y + 16} className="tl-lane-label">
              {laneLabel(l.id)}
              <tspan x={8} dy="1.2em" className="tl-lane-group">
                {laneGroup(l.id)}
              </tspan>
            </text>
          </g>
        ))}
      </g>
      {layout.placed.map((p) => {
        const e = p.item as TimelineEntry;
        const isSel = showsRecord(e, selected);
        const isHi = highlighted.has(e.recordId);
        return (
          <g
            key={e.id}
            ref={(el) => {
              if (el) refs.current.set(e.id, el);
              else refs.current.delete(e.id);
            }}
            role="button"
            tabIndex={current?.key === e.id ? 0 : -1}
            aria-label={`${e.label}, ${e.yearEnd ? `${e.year}–${e.yearEnd}` : e.year}, ${laneLabel(e.lane)}${e.org ? `, ${e.org}` : ''}`}
            aria-pressed={isSel}
            className={`tl-item${isSel ? ' selected' : ''}${isHi ? ' highlighted' : ''}`}
            transform={`translate(${p.x},${p.y})`}
            style={{ color: laneColor(e.lane) }}
            onClick={() => {
              setActive(e.id);
              onSelect(e);
            }}
            onFocus={() => setActive(e.id)}
            onKeyDown={onKeyDown}
          >
            <title>{[e.label, e.org, e.yearEnd ? `${e.year}–${e.yearEnd}` : String(e.year)].filter(Boolean).join(' · ')}</title>
            {p.x2 > p.x && <line x1={0} x2={p.x2 - p.x} y1={0} y2={0} className="tl-span" />}
            <rect className="tl-hit" x={-8} y={-11} width={Math.max(24, p.x2 - p.x + 16)} height={22} />
            <Mark entry={e} milestone={e.milestone} />
            <text x={p.labelLeft ? -9 : p.x2 > p.x ? 10 : 9} dy="0.35em" textAnchor={p.labelLeft ? 'end' : undefined} className="tl-label" aria-hidden="true">
              {e.label}
            </text>
          </g>
        );
      })}
      {layout.aggregates.map((a) => {
        const key = `agg:${a.lane}:${a.year}`;
        return (
          <g
            key={key}
            ref={(el) => {
              if (el) refs.current.set(key, el);
              else refs.current.delete(key);
            }}
            role="button"
            tabIndex={current?.key === key ? 0 : -1}
            aria-label={moreLabel(a.ids.length, a.year)}
            className="tl-aggregate"
            transform={`translate(${a.x},${a.y})`}
            onClick={() => onZoomYear(a.year)}
            onFocus={() => setActive(key)}
            onKeyDown={onKeyDown}
          >
            <rect x={-22} y={-10} width={44} height={20} rx={10} />
            <text textAnchor="middle" dy="0.35em" aria-hidden="true">
              +{a.ids.length}
            </text>
          </g>
        );
      })}
      {/* legend and source line: part of the figure, so exports carry them */}
      <g transform={`translate(8,${legendY})`} aria-hidden="true" className="tl-legend">
        <text y={0} className="tl-legend-title">
          {legend.title}:
        </text>
        <g transform="translate(70,-4)">
          <Mark entry={{ openSource: true } as TimelineEntry} milestone={false} />
          <text x={10} dy="0.35em">
            {legend.open}
          </text>
        </g>
        <g transform="translate(290,-4)">
          <Mark entry={{ openSource: false } as TimelineEntry} milestone={false} />
          <text x={10} dy="0.35em">
            {legend.closed}
          </text>
        </g>
        <g transform="translate(510,-4)">
          <Mark entry={{} as TimelineEntry} milestone={false} />
          <text x={10} dy="0.35em">
            {legend.unknown}
          </text>
        </g>
        <g transform="translate(760,-4)">
          <Mark entry={{ openSource: true } as TimelineEntry} milestone />
          <text x={14} dy="0.35em">
            {legend.milestone}
          </text>
        </g>
        <text y={24} className="tl-source">
          {source}
        </text>
      </g>
    </svg>
  );
});
