import { describe, expect, it } from 'vitest';
import type { ResolvedMethod, ResolvedTimelineEvent } from '../../../src/content/schema.ts';
import { buildEntries, filterEntries, LANES, parseTimelineParams } from '../../../src/views/timeline/timelineItems.ts';

const text = { en: 'x', zh: '某' };
const events: ResolvedTimelineEvent[] = [
  { id: 'tl-2018-bert', year: 2018, yearEnd: 2021, track: 'pre-trained', label: 'BERT', milestone: false, source: 'figure3', methods: ['bert'], refs: [], openSource: true },
  { id: 'tl-2022-chatgpt', year: 2022, date: '2022-11', label: 'ChatGPT', title: text, summary: text, milestone: true, source: 'history', methods: [], refs: [] },
];
const methods = [
  { id: 'dpo', name: 'DPO', aliases: [], kind: 'method', year: 2024, firstPublic: '2023-05', nodes: ['x'], summary: text, refs: [], related: [], formulas: [], roots: ['alignment', 'overview'], timeline: [] },
  { id: 'lora', name: 'LoRA', aliases: [], kind: 'technique', year: 2022, firstPublic: '2022-03', nodes: ['x'], summary: text, refs: [], related: [], formulas: [], roots: ['efficiency', 'fine-tuning'], timeline: [] },
  { id: 'undated', name: 'U', aliases: [], kind: 'method', year: null, nodes: ['x'], summary: text, refs: [], related: [], formulas: [], roots: ['alignment'], timeline: [] },
] as ResolvedMethod[];

describe('timeline entries', () => {
  const entries = buildEntries(events, methods);

  it('puts events on their track or the milestone lane, methods on each paradigm lane', () => {
    expect(entries.map((e) => `${e.id}:${e.lane}`)).toEqual(['tl-2018-bert:pre-trained', 'tl-2022-chatgpt:milestones', 'dpo@alignment:alignment', 'lora@efficiency:efficiency', 'lora@fine-tuning:fine-tuning']);
  });

  it('spans a period, places by month when the first-public year is the cited year', () => {
    const bert = entries.find((e) => e.id === 'tl-2018-bert')!;
    expect([bert.start, bert.end]).toEqual([2018, 2021.999]);
    expect(entries.find((e) => e.id === 'tl-2022-chatgpt')!.start).toBeCloseTo(2022 + 10.5 / 12);
    // DPO is cited as 2024 but appeared in 2023: the survey's year wins, mid-year.
    expect(entries.find((e) => e.id === 'dpo@alignment')!.start).toBe(2024.5);
    expect(entries.find((e) => e.id === 'lora@efficiency')!.start).toBeCloseTo(2022 + 2.5 / 12);
  });

  it('filters by range (spans overlap), lane and kind (events always pass the kind filter)', () => {
    const all = { from: 2018, to: 2025, lanes: LANES, kinds: [] };
    expect(filterEntries(entries, { ...all, from: 2020, to: 2021 }).map((e) => e.id)).toEqual(['tl-2018-bert']);
    expect(filterEntries(entries, { ...all, lanes: ['efficiency'] }).map((e) => e.id)).toEqual(['lora@efficiency']);
    expect(filterEntries(entries, { ...all, kinds: ['technique'] }).map((e) => e.id)).toEqual(['tl-2018-bert', 'tl-2022-chatgpt', 'lora@efficiency', 'lora@fine-tuning']);
  });

  it('parses URL parameters totally', () => {
    expect(parseTimelineParams(new URLSearchParams('from=2020&to=2023&tracks=rlhf,dpo,bogus'))).toEqual({ from: 2020, to: 2023, lanes: ['rlhf', 'dpo'], kinds: [] });
    expect(parseTimelineParams(new URLSearchParams('from=2030&to=1900'))).toMatchObject({ from: 2018, to: 2025 });
    expect(parseTimelineParams(new URLSearchParams('from=NaN&to=abc&tracks=nope'))).toEqual({ from: 2018, to: 2025, lanes: [...LANES], kinds: [] });
  });
});
