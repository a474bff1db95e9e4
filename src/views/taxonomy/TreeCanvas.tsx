// The taxonomy drawn as an SVG tree that is also a WAI-ARIA tree: each visible node is a treeitem
// with level, position and expanded state; one roving tab stop; arrows, Home/End, Enter, * and
// type-ahead (treeKeys.ts decides, this component applies). Pan/zoom via ZoomController. Only nodes
// near the viewport are drawn, so a tree of 20,000 nodes stays interactive.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Root } from '../../content/vocab';
import { rootColor } from '../../ui/paradigm';
import type { LaidNode, TreeLayout } from './layout';
import { labelWidth, truncate } from './labels';
import { treeKey, typeAhead, type KeyItem } from './treeKeys';
import { ZoomController, type View } from './zoomController';

export interface CanvasNode {
  name: string;
  count: number;
  root: Root;
}

export interface TreeCanvasHandle {
  zoomBy(f: number): void;
  fit(): void;
}

interface Props {
  layout: TreeLayout;
  info: (id: string) => CanvasNode;
  activeId: string | null;
  label: string;
  radial: boolean;
  /** Move the focus (arrows, type-ahead, click). */
  onMove(id: string): void;
  /** Enter or double-click: open the node. */
  onActivate(id: string): void;
  onToggle(id: string, open: boolean): void;
  onExpandMany(ids: string[]): void;
  controllerRef?: (h: TreeCanvasHandle | null) => void;
}

export function TreeCanvas({ layout, info, activeId, label, radial, onMove, onActivate, onToggle, onExpandMany, controllerRef }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const items = useRef(new Map<string, SVGGElement>());
  const controller = useRef<ZoomController | null>(null);
  const [view, setView] = useState<View>({ x: 40, y: 300, k: 1 });
  const [size, setSize] = useState({ width: 900, height: 600 });
  const typed = useRef({ text: '', at: 0 });
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);
  const layoutRef = useRef(layout);
  const radialRef = useRef(radial);
  useLayoutEffect(() => {
    layoutRef.current = layout;
    radialRef.current = radial;
  });

  useEffect(() => {
    const svg = svgRef.current!;
    const c = new ZoomController(svg, setView);
    controller.current = c;
    controllerRef?.({ zoomBy: (f) => c.zoomBy(f), fit: () => c.fit(layoutRef.current.bounds, { radial: radialRef.current }) });
    const ro = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }));
    ro.observe(svg);
    return () => {
      ro.disconnect();
      c.destroy();
      controller.current = null;
      controllerRef?.(null);
    };
    // The controller lives as long as the canvas; callbacks read refs, so no dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Bring the active node into view whenever it changes (first time: centre it, no animation).
  const firstReveal = useRef(true);
  useLayoutEffect(() => {
    const c = controller.current;
    const n = activeId ? byId.get(activeId) : undefined;
    if (!c) return;
    // First view: the whole tree when nothing is focused or the layout is radial (its centre is the
    // natural anchor); otherwise the focused node, a little left of centre so its label fits.
    if (firstReveal.current) {
      if (!n || radial) c.fit(layout.bounds, { radial, animate: false });
      else c.centerOn(n.x + 100, n.y, false);
    } else if (n) c.reveal(n.x, n.y);
    firstReveal.current = false;
  }, [activeId, byId, layout.bounds, radial]);

  // Keyboard focus follows the active node while the tree has focus. "Has focus" is tracked rather
  // than read from document.activeElement: the item that had focus may just have been culled.
  const treeFocused = useRef(false);
  useEffect(() => {
    const svg = svgRef.current;
    if (!activeId || !svg || !treeFocused.current) return;
    const el = items.current.get(activeId);
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }, [activeId, layout]);

  const keyItems: KeyItem[] = useMemo(
    () => layout.nodes.map((n) => ({ id: n.id, level: n.level, parent: n.parent, hasChildren: n.hasChildren, expanded: n.expanded, label: info(n.id).name })),
    [layout, info],
  );
  const active = activeId && byId.has(activeId) ? activeId : (layout.nodes[0]?.id ?? null);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!active || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') return controller.current?.zoomBy(1.25);
    if (e.key === '-') return controller.current?.zoomBy(0.8);
    const action = treeKey(keyItems, active, e.key);
    if (action.type === 'none') {
      if (e.key.length === 1 && /\S/.test(e.key)) {
        const now = performance.now();
        const t = typed.current;
        t.text = now - t.at < 700 ? t.text + e.key : e.key;
        t.at = now;
        const hit = typeAhead(keyItems, active, t.text);
        if (hit) {
          e.preventDefault();
          onMove(hit);
        }
      }
      return;
    }
    e.preventDefault();
    if (action.type === 'move') onMove(action.id);
    else if (action.type === 'expand') onToggle(action.id, true);
    else if (action.type === 'collapse') onToggle(action.id, false);
    else if (action.type === 'expandSiblings') onExpandMany(action.ids);
    else if (action.type === 'activate') onActivate(action.id);
  };

  // Cull to the viewport (plus a margin) in layout coordinates; the active node is always drawn.
  const margin = 260 / view.k;
  const vx0 = -view.x / view.k - margin;
  const vy0 = -view.y / view.k - margin;
  const vx1 = (size.width - view.x) / view.k + margin;
  const vy1 = (size.height - view.y) / view.k + margin;
  const inView = (n: LaidNode) => n.x >= vx0 && n.x <= vx1 && n.y >= vy0 && n.y <= vy1;
  const shown = layout.nodes.filter((n) => inView(n) || n.id === active);
  const shownLinks = layout.links.filter((l) => {
    const s = byId.get(l.source)!;
    const t = byId.get(l.target)!;
    return inView(s) || inView(t);
  });

  return (
    <svg
      ref={svgRef}
      className={`tree-canvas${radial ? ' radial' : ''}`}
      role="tree"
      // The items hold the tab stop (roving tabindex); -1 lets the tree itself take focus from code.
      tabIndex={-1}
      aria-label={label}
      aria-orientation="vertical"
      onKeyDown={onKeyDown}
      onFocus={() => (treeFocused.current = true)}
      onBlur={(e) => {
        // Focus moving to another control leaves the tree; focus dropping to <body> (a removed item,
        // a window switch) does not.
        const next = e.relatedTarget as Node | null;
        if (next && !svgRef.current?.contains(next)) treeFocused.current = false;
      }}
    >
      <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
        <g className="tree-links" aria-hidden="true">
          {shownLinks.map((l) => (
            <path key={l.target} d={l.path} style={{ stroke: rootColor(info(l.target).root) }} />
          ))}
        </g>
        {shown.map((n) => {
          const { name, count, root } = info(n.id);
          const text = truncate(name);
          const flip = radial && Math.cos(n.angle) < 0;
          const rotate = radial ? (n.angle * 180) / Math.PI + (flip ? 180 : 0) : 0;
          const w = labelWidth(text) + 40;
          return (
            <g
              key={n.id}
              ref={(el) => {
                if (el) items.current.set(n.id, el);
                else items.current.delete(n.id);
              }}
              role="treeitem"
              aria-label={name}
              aria-level={n.level}
              aria-posinset={n.posinset}
              aria-setsize={n.setsize}
              aria-expanded={n.hasChildren ? n.expanded : undefined}
              aria-selected={n.id === activeId}
              tabIndex={n.id === active ? 0 : -1}
              className={`tree-node${n.id === activeId ? ' selected' : ''}${n.level === 1 ? ' root' : ''}`}
              transform={`translate(${n.x},${n.y})`}
              onClick={() => onMove(n.id)}
              onDoubleClick={() => onActivate(n.id)}
            >
              <title>{`${name} (${count})`}</title>
              <g transform={`rotate(${rotate})`}>
                <rect className="tree-node-bg" x={flip ? -w + 4 : -10} y={-13} width={w + 6} height={26} rx={6} />
                <circle
                  r={n.level === 1 ? 8 : 6}
                  className={n.hasChildren ? (n.expanded ? 'open' : 'closed') : 'leaf'}
                  style={{ stroke: rootColor(root), fill: n.hasChildren && !n.expanded ? rootColor(root) : undefined }}
                  onClick={(e) => {
                    if (!n.hasChildren) return;
                    e.stopPropagation();
                    onMove(n.id);
                    onToggle(n.id, !n.expanded);
                  }}
                />
                <text x={flip ? -14 : 14} dy="0.34em" textAnchor={flip ? 'end' : 'start'} aria-hidden="true">
                  {text}
                  <tspan className="tree-count" dx="0.45em">
                    {count}
                  </tspan>
                </text>
              </g>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
