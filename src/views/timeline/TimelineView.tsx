// The timeline (#/timeline?from=&to=&tracks=&kind=&focus=&node=&view=list): the survey's history
// (§2.1 milestones), Figure 3's eight tracks, and every dated method on its paradigm's lane, from 2018
// to 2025. The chart and the list show the same filtered records; everything is in the URL.
import { useMemo, useRef, useState, useEffect } from 'react';
import { useSurvey, type Indexed } from '../../content/survey';
import type { ResolvedMethod, ResolvedTimelineEvent } from '../../content/schema';
import { KINDS, PARADIGMS, TRACKS } from '../../content/vocab';
import { useT, useText, type MessageKey } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { LinkedText } from '../../ui/LinkedText';
import { usePageTitle } from '../../ui/usePageTitle';
import { downloadPng, downloadSvg } from './exportSvg';
import { RangeBrush } from './RangeBrush';
import { TimelineChart } from './TimelineChart';
import { buildEntries, filterEntries, showsRecord, FIRST_YEAR, LANES, LAST_YEAR, MILESTONE_LANE, parseTimelineParams, type TimelineEntry } from './timelineItems';
import { layoutTimeline } from './timelineLayout';
import { useResolvedTheme } from '../../state/theme';

/**
 * Label widths measured with the font the chart draws in (12px; 15px in the projector theme; bold for
 * milestones), so the layout's no-overlap rule holds for what is on screen. Without a 2D canvas
 * (jsdom) a generous estimate stands in.
 */
function labelMeasurer(projector: boolean): (label: string, bold: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const size = projector ? 15 : 12;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  return (label, bold) => {
    const key = `${bold ? 'b' : 'n'}${label}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) {
        ctx.font = `${bold ? 700 : 400} ${size}px ${family}`;
        w = ctx.measureText(label).width;
      } else w = [...label].reduce((sum, ch) => sum + (/[\u3000-\u9fff]/.test(ch) ? size : size * 0.62), 0);
      cache.set(key, w);
    }
    return w;
  };
}
const setLanes = (next: string[]) => updateParams({ tracks: next.length === LANES.length ? null : next.join(',') }, { replace: false });
const setRange = (from: number, to: number) => updateParams({ from: from === FIRST_YEAR ? null : from, to: to === LAST_YEAR ? null : to }, { replace: false });
const select = (e: TimelineEntry) => updateParams({ focus: e.recordId }, { replace: true });
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export default function TimelineView() {
  const t = useT();
  const text = useText();
  const { params } = useLocation();
  const { timeline, methods, nodes } = useSurvey('timeline', 'methods', 'nodes');
  usePageTitle(t('timeline.title'));
  // `params` is one object per URL, so the filter is recomputed only when the URL changes.
  const filter = useMemo(() => parseTimelineParams(params), [params]);
  const focus = params.get('focus');
  const nodeId = params.get('node');
  const asList = params.get('view') === 'list';
  const svgRef = useRef<SVGSVGElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1100);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(640, Math.round(e.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const entries = useMemo(() => buildEntries(timeline.list, methods.list), [timeline, methods]);
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const laneLabel = (lane: string) =>
    lane === MILESTONE_LANE ? t('timeline.lane.milestones') : (TRACKS as readonly string[]).includes(lane) ? t(`timeline.track.${lane}` as MessageKey) : text(nodes.byId.get(lane)?.name) || lane;
  // Lane names are drawn by the chart (they follow the language); the layout needs only the ids.

  // Methods of a taxonomy node (and below) to highlight, from ?node=.
  const highlighted = useMemo(() => {
    if (!nodeId || !nodes.byId.has(nodeId)) return new Set<string>();
    const inside = new Set<string>();
    const walk = (id: string) => {
      inside.add(id);
      nodes.byId.get(id)?.children.forEach(walk);
    };
    walk(nodeId);
    return new Set(methods.list.filter((m) => m.nodes.some((n) => inside.has(n))).map((m) => m.id));
  }, [nodeId, nodes, methods]);

  // A method page's "show on timeline" passes the method id: its own mark if it has one, else the
  // Figure 3 box or milestone that names it.
  const selectedEntry = focus ? (entries.find((e) => e.recordId === focus) ?? entries.find((e) => showsRecord(e, focus))) : undefined;
  // Every mark of the selected record (a method sits in one lane per paradigm) is drawn, never folded.
  const pinned = useMemo(() => new Set(selectedEntry ? entries.filter((e) => e.recordId === selectedEntry.recordId).map((e) => e.id) : []), [entries, selectedEntry]);
  // Measured again when the theme changes (the projector theme draws larger labels).
  const projector = useResolvedTheme() === 'projector';
  const labelWidth = useMemo(() => labelMeasurer(projector), [projector]);
  const layout = useMemo(
    // The survey's history (14 milestones) is the spine of the chart: its lane never folds.
    () => layoutTimeline(shown, filter.lanes.map((id) => ({ id, label: id, maxRows: id === MILESTONE_LANE ? 20 : undefined })), { from: filter.from, to: filter.to, width, labelWidth, maxRows: 3, gutter: 160, pinned }),
    [shown, filter, width, pinned, labelWidth],
  );
  const eventsShown = shown.filter((e) => e.type === 'event').length;
  const methodsShown = new Set(shown.filter((e) => e.type === 'method').map((e) => e.recordId)).size;
  const perYear = new Map<number, number>();
  for (const e of shown) perYear.set(e.year, (perYear.get(e.year) ?? 0) + 1);
  const [busiest, busiestCount] = [...perYear].sort((a, b) => b[1] - a[1])[0] ?? [filter.from, 0];

  const toggleLane = (id: string, on: boolean) => setLanes(on ? LANES.filter((l) => l === id || filter.lanes.includes(l)) : filter.lanes.filter((l) => l !== id));

  const laneGroups: [MessageKey, readonly string[]][] = [
    ['timeline.lanes', [MILESTONE_LANE]],
    ['timeline.figure3', TRACKS],
    ['timeline.paradigms', PARADIGMS],
  ];
  return (
    <div className="page page-wide timeline">
      <header className="page-header">
        <h1>{t('timeline.title')}</h1>
        <p className="lede">{t('timeline.intro')}</p>
      </header>

      <div className="timeline-controls">
        <fieldset className="inline-fieldset">
          <legend>{t('timeline.range')}</legend>
          {(['from', 'to'] as const).map((k) => (
            <label key={k}>
              {t(`timeline.${k}`)}{' '}
              <select value={filter[k]} onChange={(e) => (k === 'from' ? setRange(Number(e.target.value), Math.max(filter.to, Number(e.target.value))) : setRange(Math.min(filter.from, Number(e.target.value)), Number(e.target.value)))}>
                {YEARS.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="button" className="button" onClick={() => updateParams({ from: null, to: null, tracks: null, kind: null, node: null }, { replace: false })}>
            {t('timeline.reset')}
          </button>
        </fieldset>
        {laneGroups.map(([legend, ids]) => (
          <fieldset key={legend} className="inline-fieldset">
            <legend>{t(legend)}</legend>
            {ids.map((id) => (
              <label key={id} className="check">
                <input type="checkbox" checked={filter.lanes.includes(id)} onChange={(e) => toggleLane(id, e.target.checked)} /> {laneLabel(id)}
              </label>
            ))}
          </fieldset>
        ))}
        <fieldset className="inline-fieldset">
          <legend>{t('timeline.kinds')}</legend>
          {KINDS.filter((k) => methods.list.some((m) => m.kind === k && m.year !== null)).map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={filter.kinds.includes(k)}
                onChange={(e) => {
                  const next = e.target.checked ? [...filter.kinds, k] : filter.kinds.filter((x) => x !== k);
                  updateParams({ kind: next.join(',') || null }, { replace: false });
                }}
              />{' '}
              {t(`kind.${k}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      </div>

      <div className="button-row timeline-toolbar">
        <span className="button-group" role="group" aria-label={t('timeline.viewAs')}>
          <button type="button" className="button" aria-pressed={!asList} onClick={() => updateParams({ view: null }, { replace: false })}>
            {t('timeline.chart')}
          </button>
          <button type="button" className="button" aria-pressed={asList} onClick={() => updateParams({ view: 'list' }, { replace: false })}>
            {t('timeline.list')}
          </button>
        </span>
        {!asList && (
          <>
            <button type="button" className="button" onClick={() => svgRef.current && downloadSvg(svgRef.current, `polm-timeline-${filter.from}-${filter.to}.svg`)}>
              {t('timeline.exportSvg')}
            </button>
            <button type="button" className="button" onClick={() => svgRef.current && void downloadPng(svgRef.current, `polm-timeline-${filter.from}-${filter.to}.png`)}>
              {t('timeline.exportPng')}
            </button>
          </>
        )}
      </div>

      <p className="timeline-summary" role="status">
        {shown.length === 0
          ? t('timeline.empty')
          : t('timeline.summary', { events: eventsShown, methods: methodsShown, from: filter.from, to: filter.to, lanes: filter.lanes.length, busiest, count: busiestCount })}
        {nodeId && nodes.byId.has(nodeId) && <> {t('timeline.highlighting', { node: text(nodes.byId.get(nodeId)!.name) })}</>}
      </p>

      <div ref={box} className="timeline-box">
        {!asList && (
          <>
            <RangeBrush first={FIRST_YEAR} last={LAST_YEAR} from={filter.from} to={filter.to} width={width} gutter={160} label={t('timeline.brush')} onChange={setRange} />
            <div className="timeline-scroll">
              <TimelineChart
                ref={svgRef}
                layout={layout}
                laneLabel={laneLabel}
                laneGroup={(lane) => (lane === MILESTONE_LANE ? '§2.1' : (TRACKS as readonly string[]).includes(lane) ? t('timeline.figure3') : t('timeline.paradigms'))}
                label={t('timeline.chartLabel', { from: filter.from, to: filter.to })}
                selected={focus}
                highlighted={highlighted}
                legend={{ title: t('timeline.legend'), open: t('timeline.open'), closed: t('timeline.closed'), unknown: t('timeline.unknownSource'), milestone: t('timeline.milestone') }}
                source={t('timeline.source')}
                moreLabel={(count, year) => t('timeline.more', { count, year })}
                onSelect={select}
                onZoomYear={(y) => setRange(y, y)}
              />
            </div>
          </>
        )}
        {asList && <TimelineList entries={shown} laneLabel={laneLabel} selected={focus} onSelect={select} />}
      </div>

      {selectedEntry && <EntryCard entry={selectedEntry} laneLabel={laneLabel} timeline={timeline} methods={methods} />}
    </div>
  );
}

function EntryCard({ entry, laneLabel: lane, timeline, methods }: { entry: TimelineEntry; laneLabel: (l: string) => string; timeline: Indexed<ResolvedTimelineEvent>; methods: Indexed<ResolvedMethod> }) {
  const t = useT();
  const text = useText();
  const event = entry.type === 'event' ? timeline.byId.get(entry.recordId) : undefined;
  const method = entry.type === 'method' ? methods.byId.get(entry.recordId) : undefined;
  const title = event ? text(event.title) || event.label : (method?.name ?? entry.label);
  const summary = event?.summary ? text(event.summary) : method ? text(method.summary) : '';
  return (
    <section className="panel timeline-card" aria-labelledby="tl-card-h">
      <p className="eyebrow">{t('timeline.selected')}</p>
      <h2 id="tl-card-h">{title}</h2>
      <p className="meta">
        {entry.yearEnd ? `${entry.year}–${entry.yearEnd}` : entry.year} · {lane(entry.lane)}
        {entry.org ? ` · ${entry.org}` : ''}
        {entry.openSource !== undefined ? ` · ${entry.openSource ? t('timeline.open') : t('timeline.closed')}` : ''}
      </p>
      {summary && (
        <p>
          <LinkedText text={summary} exclude={method?.id} />
        </p>
      )}
      {event?.note && <p className="survey-note">{text(event.note)}</p>}
      <p className="button-row">
        {entry.methods.map((id) => (
          <Link key={id} className="button" to={`#/method/${id}`}>
            {t('timeline.openMethod', { name: methods.byId.get(id)?.name ?? id })}
          </Link>
        ))}
      </p>
    </section>
  );
}

function TimelineList({ entries, laneLabel, selected, onSelect }: { entries: TimelineEntry[]; laneLabel: (l: string) => string; selected: string | null; onSelect: (e: TimelineEntry) => void }) {
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  return (
    <div className="timeline-list">
      {years.map((y) => (
        <section key={y} aria-labelledby={`tl-y-${y}`}>
          <h2 id={`tl-y-${y}`}>{y}</h2>
          <ul>
            {entries
              .filter((e) => e.year === y)
              .sort((a, b) => Number(b.milestone) - Number(a.milestone) || a.start - b.start)
              .map((e) => (
                <li key={e.id} className={e.milestone ? 'milestone' : undefined}>
                  <button type="button" className="link-button" aria-pressed={showsRecord(e, selected)} onClick={() => onSelect(e)}>
                    {e.milestone ? '★ ' : ''}
                    {e.label}
                  </button>{' '}
                  <span className="meta">
                    {e.yearEnd ? `${e.year}–${e.yearEnd} · ` : ''}
                    {laneLabel(e.lane)}
                    {e.org ? ` · ${e.org}` : ''}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
