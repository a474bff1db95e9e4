// A strip of years under the chart: drag across it (d3-brush) to set the range. The brush snaps to
// whole years and writes from/to; keyboard users have the From/To selects, which do the same.
import { useEffect, useRef } from 'react';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';

interface Props {
  first: number;
  last: number;
  from: number;
  to: number;
  width: number;
  gutter: number;
  label: string;
  onChange(from: number, to: number): void;
}

const HEIGHT = 34;

export function RangeBrush({ first, last, from, to, width, gutter, label, onChange }: Props) {
  const ref = useRef<SVGGElement>(null);
  const x = scaleLinear().domain([first, last + 1]).range([gutter, Math.max(gutter + 100, width - 12)]);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    const g = select(ref.current!);
    const brush = brushX<unknown>()
      .extent([
        [x.range()[0], 2],
        [x.range()[1], HEIGHT - 2],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return; // our own .move, or a click that cleared it
        const [a, b] = (event.selection as [number, number]).map((px) => x.invert(px));
        const f = Math.max(first, Math.min(last, Math.floor(a)));
        const t = Math.max(f, Math.min(last, Math.ceil(b) - 1));
        onChangeRef.current(f, t);
      });
    g.call(brush);
    // Show the current range (without firing a change).
    g.call(brush.move, [x(from), x(to + 1)]);
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
    };
    // x is derived from the props listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first, last, from, to, width, gutter]);

  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <svg className="range-brush" width={width} height={HEIGHT} aria-label={label} role="img">
      {years.map((y) => (
        <g key={y} aria-hidden="true">
          <line x1={x(y)} x2={x(y)} y1={4} y2={HEIGHT - 4} className="brush-tick" />
          <text x={(x(y) + x(y + 1)) / 2} y={HEIGHT / 2} dy="0.35em" textAnchor="middle" className="brush-label">
            {y}
          </text>
        </g>
      ))}
      <g ref={ref} className="brush" />
    </svg>
  );
}
