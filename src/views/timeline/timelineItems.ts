// What the timeline shows, as plain items: the history milestones (§2.1) on their own lane, Figure 3's
// boxes on its eight tracks, and every dated method record on the lane of each paradigm it belongs
// to. Pure; the filters of the URL (lanes, kinds, range) are applied here too so that the chart, the
// list and the text summary all show exactly the same records.
import type { ResolvedMethod, ResolvedTimelineEvent } from '../../content/schema.ts';
import { PARADIGMS, TRACKS } from '../../content/vocab.ts';
import { yearPosition, type TimelineItem } from './timelineLayout.ts';

export const MILESTONE_LANE = 'milestones';
export const LANES: readonly string[] = [MILESTONE_LANE, ...TRACKS, ...PARADIGMS];
export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2025;

export interface TimelineEntry extends TimelineItem {
  /** The event or method record behind the item. */
  recordId: string;
  type: 'event' | 'method';
  year: number;
  yearEnd?: number;
  org?: string;
  openSource?: boolean;
  kind?: string;
  methods: string[];
}

const monthOf = (d?: string) => (d ? Number(d.slice(5, 7)) : undefined);

export function buildEntries(events: readonly ResolvedTimelineEvent[], methods: readonly ResolvedMethod[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const lane = e.source === 'history' || !e.track ? MILESTONE_LANE : e.track;
    const start = e.yearEnd !== undefined ? e.year : yearPosition(e.year, monthOf(e.date));
    out.push({
      id: e.id,
      recordId: e.id,
      type: 'event',
      lane,
      start,
      // A span (Figure 3's 2018–2021 column) runs to the end of its last year.
      end: e.yearEnd !== undefined ? e.yearEnd + 0.999 : start,
      label: e.label,
      milestone: e.milestone,
      year: e.year,
      yearEnd: e.yearEnd,
      org: e.org,
      openSource: e.openSource,
      methods: e.methods,
    });
  }
  for (const m of methods) {
    if (m.year === null) continue;
    // The survey's year places it; the month comes from the first public date when it is that year.
    const month = m.firstPublic && Number(m.firstPublic.slice(0, 4)) === m.year ? monthOf(m.firstPublic) : undefined;
    const start = yearPosition(m.year, month);
    for (const root of m.roots) {
      if (!(PARADIGMS as readonly string[]).includes(root)) continue;
      out.push({
        id: `${m.id}@${root}`,
        recordId: m.id,
        type: 'method',
        lane: root,
        start,
        end: start,
        label: m.name,
        milestone: false,
        year: m.year,
        org: m.org,
        openSource: m.openSource,
        kind: m.kind,
        methods: [m.id],
      });
    }
  }
  return out;
}

/** Whether an entry shows the focused record: the record itself, or an event that names it. */
export const showsRecord = (e: TimelineEntry, id: string | null) => id !== null && (e.recordId === id || (e.type === 'event' && e.methods.includes(id)));

export interface TimelineFilter {
  from: number;
  to: number;
  lanes: readonly string[];
  kinds: readonly string[];
}

export function filterEntries(entries: readonly TimelineEntry[], f: TimelineFilter): TimelineEntry[] {
  return entries.filter(
    (e) =>
      f.lanes.includes(e.lane) &&
      e.end >= f.from &&
      e.start < f.to + 1 &&
      (f.kinds.length === 0 || e.type === 'event' || (e.kind !== undefined && f.kinds.includes(e.kind))),
  );
}

/** Reads the URL's range and filters; anything malformed falls back to the default. */
export function parseTimelineParams(params: URLSearchParams): TimelineFilter {
  const year = (k: string, d: number) => {
    const v = Number(params.get(k));
    return params.has(k) && Number.isInteger(v) ? Math.min(LAST_YEAR, Math.max(FIRST_YEAR, v)) : d;
  };
  let from = year('from', FIRST_YEAR);
  let to = year('to', LAST_YEAR);
  if (from > to) [from, to] = [to, from];
  const list = (k: string) => (params.get(k) ?? '').split(',').filter(Boolean);
  const lanes = list('tracks').filter((l) => LANES.includes(l));
  return { from, to, lanes: lanes.length ? lanes : [...LANES], kinds: list('kind') };
}
