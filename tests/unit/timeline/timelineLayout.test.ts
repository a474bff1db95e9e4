import { describe, expect, it } from 'vitest';
import { layoutTimeline, yearPosition, type TimelineItem } from '../../../src/views/timeline/timelineLayout.ts';

const W = (s: string) => s.length * 10;
const item = (id: string, lane: string, start: number, extra: Partial<TimelineItem> = {}): TimelineItem => ({ id, lane, start, end: start, label: id, milestone: false, ...extra });
const LANES = [{ id: 'sft', label: 'SFT' }, { id: 'rlhf', label: 'RLHF' }];

describe('layoutTimeline', () => {
  it('maps years linearly between the gutter and the right edge', () => {
    const l = layoutTimeline([], LANES, { from: 2018, to: 2025, width: 950, labelWidth: W, gutter: 150 });
    expect(l.x(2018)).toBe(150);
    expect(l.x(2026)).toBeCloseTo(938);
    expect(l.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(l.lanes.map((x) => x.id)).toEqual(['sft', 'rlhf']);
  });

  it('stacks items whose labels would collide, and never overlaps two labels in a row', () => {
    const items = [item('aaaaaaaa', 'sft', 2020.1), item('bbbbbbbb', 'sft', 2020.2), item('c', 'sft', 2024.5)];
    const l = layoutTimeline(items, LANES, { from: 2018, to: 2025, width: 900, labelWidth: W });
    const rows = Object.fromEntries(l.placed.map((p) => [p.item.id, p.row]));
    expect(rows).toEqual({ aaaaaaaa: 0, bbbbbbbb: 1, c: 0 });
    for (const a of l.placed)
      for (const b of l.placed) {
        if (a === b || a.row !== b.row || a.item.lane !== b.item.lane) continue;
        const [l0, r0] = [a.x, a.x + 14 + W(a.item.label)];
        const [l1, r1] = [b.x, b.x + 14 + W(b.item.label)];
        expect(r0 <= l1 || r1 <= l0).toBe(true);
      }
  });

  it('folds what does not fit into per-year aggregates, milestones first to get a row', () => {
    const items = Array.from({ length: 6 }, (_, i) => item(`m${i}`, 'rlhf', 2023.05 + i / 8));
    items.push(item('big', 'rlhf', 2023.9, { milestone: true }));
    const l = layoutTimeline(items, LANES, { from: 2018, to: 2025, width: 900, labelWidth: W, maxRows: 3 });
    const mine = l.placed.filter((p) => p.item.lane === 'rlhf');
    expect(Math.max(...mine.map((p) => p.row))).toBeLessThanOrEqual(2);
    expect(mine.some((p) => p.item.id === 'big')).toBe(true);
    expect(l.aggregates.length).toBe(1);
    expect(l.aggregates[0]).toMatchObject({ lane: 'rlhf', year: 2023 });
    // every item is either drawn or counted, exactly once
    const seen = [...mine.map((p) => p.item.id), ...l.aggregates.flatMap((a) => a.ids)].sort();
    expect(seen).toEqual(items.map((i) => i.id).sort());
    // zoomed in on 2023 the same items all get their own place
    const zoomed = layoutTimeline(items, LANES, { from: 2023, to: 2023, width: 2400, labelWidth: () => 30, maxRows: 3 });
    expect(zoomed.aggregates).toEqual([]);
  });

  it('draws a pinned (selected) item individually even in a year that overflows', () => {
    const items = Array.from({ length: 8 }, (_, i) => item(`m${i}`, 'rlhf', 2023.05 + i / 10));
    const unpinned = layoutTimeline(items, LANES, { from: 2018, to: 2025, width: 900, labelWidth: W, maxRows: 2 });
    const folded = unpinned.aggregates.flatMap((a) => a.ids);
    expect(folded.length).toBeGreaterThan(0);
    const target = folded[folded.length - 1];
    const pinned = layoutTimeline(items, LANES, { from: 2018, to: 2025, width: 900, labelWidth: W, maxRows: 2, pinned: new Set([target]) });
    expect(pinned.placed.some((p) => p.item.id === target)).toBe(true);
    expect(pinned.aggregates.flatMap((a) => a.ids)).not.toContain(target);
    // still every item drawn or counted once
    expect([...pinned.placed.map((p) => p.item.id), ...pinned.aggregates.flatMap((a) => a.ids)].sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('lets a lane take more rows than the default before folding', () => {
    const items = Array.from({ length: 6 }, (_, i) => item(`m${i}`, 'rlhf', 2023.05 + i / 8));
    const lanes = [{ id: 'sft', label: 'SFT' }, { id: 'rlhf', label: 'RLHF', maxRows: 10 }];
    const l = layoutTimeline(items, lanes, { from: 2018, to: 2025, width: 900, labelWidth: W, maxRows: 2 });
    expect(l.aggregates).toEqual([]);
    expect(l.placed).toHaveLength(6);
  });

  it('puts a label left of its mark when it would run past the right edge', () => {
    const items = [item('early', 'sft', 2018.5), item('a-long-late-label', 'sft', 2025.9)];
    const l = layoutTimeline(items, LANES, { from: 2018, to: 2025, width: 900, labelWidth: W });
    const late = l.placed.find((p) => p.item.id === 'a-long-late-label')!;
    const early = l.placed.find((p) => p.item.id === 'early')!;
    expect(late.labelLeft).toBe(true);
    expect(early.labelLeft).toBe(false);
    expect(late.x - 14 - W(late.item.label)).toBeGreaterThanOrEqual(l.x(2018));
  });

  it('keeps only items in range, clamps spans, and stacks lanes without overlap', () => {
    const items = [item('old', 'sft', 2018, { end: 2022 }), item('gone', 'sft', 2016.5), item('r', 'rlhf', 2021.5)];
    const l = layoutTimeline(items, LANES, { from: 2020, to: 2021, width: 600, labelWidth: W });
    expect(l.placed.map((p) => p.item.id).sort()).toEqual(['old', 'r']);
    const old = l.placed.find((p) => p.item.id === 'old')!;
    expect(old.x).toBe(l.x(2020));
    expect(old.x2).toBe(l.x(2022));
    const [a, b] = l.lanes;
    expect(b.y).toBeCloseTo(a.y + a.height);
    expect(l.height).toBeCloseTo(b.y + b.height);
    // a reversed range is read the right way round
    expect(layoutTimeline(items, LANES, { from: 2021, to: 2020, width: 600, labelWidth: W }).years).toEqual([2020, 2021]);
  });

  it('places records by month when known', () => {
    expect(yearPosition(2023, 5)).toBeCloseTo(2023 + 4.5 / 12);
    expect(yearPosition(2023)).toBe(2023.5);
    expect(yearPosition(2023, 13)).toBe(2023.5);
  });
});
