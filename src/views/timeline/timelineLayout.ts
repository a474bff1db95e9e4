// Layout of the timeline chart, pure: a time scale from `from` to the end of `to`, one lane per track
// or paradigm, and each item placed in the first row of its lane where its mark and label fit without
// touching the previous one. Items that would need more than `maxRows` rows are not drawn one by one
// but counted in a per-year aggregate ("+7") that invites zooming in; zoomed in, the same items get
// room and appear individually. No DOM; the view draws what this returns.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface TimelineItem {
  id: string;
  lane: string;
  /** Fractional years: 2023.4 is about May 2023. `end` > `start` for spans such as 2018–2021. */
  start: number;
  end: number;
  label: string;
  milestone: boolean;
}

export interface LaneSpec {
  id: string;
  label: string;
  /** Rows before items fold into "+N" aggregates, when this lane needs more than the default. */
  maxRows?: number;
}

export interface TimelineOptions {
  from: number;
  /** Last year shown (inclusive). */
  to: number;
  width: number;
  /** Width of a label as drawn (milestone labels are bold). */
  labelWidth: (label: string, milestone: boolean) => number;
  rowHeight?: number;
  maxRows?: number;
  laneGap?: number;
  /** Left gutter for lane names. */
  gutter?: number;
  /** Items that must be drawn individually (the selected one): they claim rows before the rest. */
  pinned?: ReadonlySet<string>;
}

export interface PlacedItem {
  item: TimelineItem;
  x: number;
  /** Right end of a span (equal to x for a point). */
  x2: number;
  y: number;
  row: number;
  /** The label is drawn left of the mark: to its right it would run past the chart's edge. */
  labelLeft: boolean;
}

export interface Aggregate {
  lane: string;
  year: number;
  x: number;
  y: number;
  ids: string[];
}

export interface PlacedLane {
  id: string;
  label: string;
  y: number;
  height: number;
}

export interface TimelineLayout {
  x: ScaleLinear<number, number>;
  years: number[];
  lanes: PlacedLane[];
  placed: PlacedItem[];
  aggregates: Aggregate[];
  height: number;
  gutter: number;
}

const MARK = 14; // room for the mark before its label

type Interval = [number, number];
/** A label fits in a row if it keeps 6px from every interval already there. */
const fits = (row: Interval[] | undefined, x0: number, x1: number) => !row || row.every(([a, b]) => x1 + 6 <= a || x0 >= b + 6);

export function layoutTimeline(items: readonly TimelineItem[], lanes: readonly LaneSpec[], options: TimelineOptions): TimelineLayout {
  const { labelWidth } = options;
  const from = Math.min(options.from, options.to);
  const to = Math.max(options.from, options.to);
  const rowHeight = options.rowHeight ?? 26;
  const maxRows = Math.max(1, options.maxRows ?? 4);
  const laneGap = options.laneGap ?? 10;
  const gutter = options.gutter ?? 150;
  const right = Math.max(gutter + 100, options.width - 12);
  const x = scaleLinear().domain([from, to + 1]).range([gutter, right]);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);

  const rank = (it: TimelineItem) => (options.pinned?.has(it.id) ? 2 : it.milestone ? 1 : 0);
  const placed: PlacedItem[] = [];
  const aggregates: Aggregate[] = [];
  const placedLanes: PlacedLane[] = [];
  let y = 0;
  for (const lane of lanes) {
    const mine = items
      .filter((it) => it.lane === lane.id && it.end >= from && it.start < to + 1)
      // The selected item, then milestones, claim rows first, so they are never the ones folded into
      // an aggregate: "show on timeline" must show the thing, whatever the zoom.
      .sort((a, b) => rank(b) - rank(a) || a.start - b.start || a.label.localeCompare(b.label));
    const laneRows = Math.max(1, lane.maxRows ?? maxRows);
    const rowEnds: Interval[][] = []; // per row, the occupied [x0, x1] intervals
    const overflow = new Map<number, string[]>();
    const local: PlacedItem[] = [];
    for (const it of mine) {
      const x0 = x(Math.max(it.start, from));
      const x2 = x(Math.min(it.end, to + 1));
      const w = MARK + labelWidth(it.label, it.milestone);
      // Near the right edge the label goes to the left of the mark, so it is never cut off.
      const labelLeft = x2 === x0 && x0 + w > right && x0 - w >= gutter;
      const [lo, x1] = labelLeft ? [x0 - w, x0 + MARK / 2] : [x0, Math.max(x2, x0 + w)];
      let row = 0;
      while (row < laneRows && !fits(rowEnds[row], lo, x1)) row++;
      if (row === laneRows) {
        const year = Math.floor(Math.max(it.start, from));
        overflow.set(year, [...(overflow.get(year) ?? []), it.id]);
        continue;
      }
      (rowEnds[row] ??= []).push([lo, x1]);
      local.push({ item: it, x: x0, x2, y: 0, row, labelLeft });
    }
    const rows = Math.max(1, rowEnds.length) + (overflow.size > 0 ? 1 : 0);
    const top = y + laneGap / 2;
    for (const p of local) placed.push({ ...p, y: top + (p.row + 0.5) * rowHeight });
    for (const [year, ids] of overflow) aggregates.push({ lane: lane.id, year, x: x(year + 0.5), y: top + (rows - 0.5) * rowHeight, ids });
    const height = rows * rowHeight + laneGap;
    placedLanes.push({ id: lane.id, label: lane.label, y, height });
    y += height;
  }
  return { x, years, lanes: placedLanes, placed, aggregates, height: y, gutter };
}

/** Fractional year of a record: its month when known (mid-month), else mid-year. */
export function yearPosition(year: number, month?: number): number {
  return month && month >= 1 && month <= 12 ? year + (month - 0.5) / 12 : year + 0.5;
}
