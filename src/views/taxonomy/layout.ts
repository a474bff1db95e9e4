// Tree layout for the taxonomy view: which nodes are visible given the expanded set, where each one
// sits (d3-hierarchy's tidy tree, horizontal or radial), and the link paths between them. Pure: no
// DOM, no React; the view draws what this returns.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { linkHorizontal, linkRadial } from 'd3-shape';

export type LayoutMode = 'tidy' | 'radial';

export interface TreeSource {
  /** Top-level ids, in order (the five paradigms). */
  roots: readonly string[];
  childrenOf(id: string): readonly string[];
}

export interface LaidNode {
  id: string;
  /** 1 for a root, as aria-level counts. */
  level: number;
  parent: string | null;
  /** Position among its siblings (1-based) and the sibling count, for aria-posinset/setsize. */
  posinset: number;
  setsize: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Centre of the node mark in layout coordinates. */
  x: number;
  y: number;
  /** Radial layout: the label's angle in radians (0 = right), so labels can be turned outwards. */
  angle: number;
}

export interface LaidLink {
  source: string;
  target: string;
  path: string;
}

export interface TreeLayout {
  /** Visible nodes in preorder (the order arrow keys walk). */
  nodes: LaidNode[];
  links: LaidLink[];
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

export interface LayoutOptions {
  mode: LayoutMode;
  /** Vertical distance between neighbouring rows (tidy) or along the rim (radial). */
  rowHeight?: number;
  /** Horizontal distance between depths (tidy) or rings (radial). */
  columnWidth?: number;
  /** Tidy only: how far right of a parent's mark its links start (past its label). */
  linkStart?: (id: string) => number;
}

interface Datum {
  id: string;
  children?: Datum[];
}

const VIRTUAL_ROOT = '\u0000root';

/** The visible forest: a node's children are shown only when it is expanded. */
export function visibleForest(source: TreeSource, expanded: ReadonlySet<string>): Datum {
  const build = (id: string, seen: Set<string>): Datum => {
    // Content is validated to be acyclic; the guard keeps a malformed input from looping for ever.
    if (seen.has(id)) return { id };
    seen.add(id);
    const kids = expanded.has(id) ? source.childrenOf(id) : [];
    return kids.length ? { id, children: kids.map((c) => build(c, seen)) } : { id };
  };
  const seen = new Set<string>();
  return { id: VIRTUAL_ROOT, children: source.roots.map((r) => build(r, seen)) };
}

export function layoutTree(source: TreeSource, expanded: ReadonlySet<string>, options: LayoutOptions): TreeLayout {
  const rowHeight = options.rowHeight ?? 30;
  const columnWidth = options.columnWidth ?? 230;
  const root = hierarchy(visibleForest(source, expanded));
  const leaves = root.leaves().length;

  let laid: HierarchyPointNode<Datum>;
  let place: (n: HierarchyPointNode<Datum>) => { x: number; y: number; angle: number };
  let linkPath: (s: HierarchyPointNode<Datum>, t: HierarchyPointNode<Datum>) => string;

  if (options.mode === 'tidy') {
    laid = tree<Datum>().nodeSize([rowHeight, columnWidth])(root);
    // d3 lays trees out top-down; we read them left to right, so swap the axes. Depth 1 (the
    // paradigms) sits at x = 0: the virtual root is never drawn.
    place = (n) => ({ x: (n.depth - 1) * columnWidth, y: n.x, angle: 0 });
    const link = linkHorizontal<unknown, [number, number]>();
    const start = options.linkStart ?? (() => 0);
    linkPath = (s, t) => link({ source: [place(s).x + start(s.data.id), place(s).y], target: [place(t).x, place(t).y] }) ?? '';
  } else {
    // The rim must hold every leaf a row apart.
    const radius = Math.max(columnWidth * (root.height || 1), (leaves * rowHeight) / (2 * Math.PI));
    laid = tree<Datum>()
      .size([2 * Math.PI, radius])
      .separation((a, b) => (a.parent === b.parent ? 1 : 2) / Math.max(1, a.depth))(root);
    // With size([2π, radius]), d3 already puts depth d on the ring of radius d/height·radius.
    const ringOf = (n: HierarchyPointNode<Datum>) => n.y;
    place = (n) => {
      const r = ringOf(n);
      const a = n.x - Math.PI / 2;
      return { x: r * Math.cos(a), y: r * Math.sin(a), angle: a };
    };
    const link = linkRadial<unknown, [number, number]>();
    linkPath = (s, t) => link({ source: [s.x, ringOf(s)], target: [t.x, ringOf(t)] }) ?? '';
  }

  const nodes: LaidNode[] = [];
  const links: LaidLink[] = [];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  laid.eachBefore((n) => {
    if (n.depth === 0) return;
    const { x, y, angle } = place(n);
    const siblings = n.parent!.children!;
    const id = n.data.id;
    nodes.push({
      id,
      level: n.depth,
      parent: n.depth > 1 ? n.parent!.data.id : null,
      posinset: siblings.indexOf(n) + 1,
      setsize: siblings.length,
      hasChildren: source.childrenOf(id).length > 0,
      expanded: expanded.has(id) && source.childrenOf(id).length > 0,
      x,
      y,
      angle,
    });
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
    if (n.depth > 1) links.push({ source: n.parent!.data.id, target: id, path: linkPath(n.parent!, n) });
  });
  if (nodes.length === 0) x0 = y0 = x1 = y1 = 0;
  return { nodes, links, bounds: { x0, y0, x1, y1 } };
}

/** Every node id of the forest in preorder, expanded or not (what "expand all" opens). */
export function allIds(source: TreeSource): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push(id);
    for (const c of source.childrenOf(id)) walk(c);
  };
  source.roots.forEach(walk);
  return out;
}

/** Ids whose children should be shown for `focus` to be visible: its ancestors. */
export function ancestorsOf(parentOf: (id: string) => string | undefined, focus: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let p = parentOf(focus); p !== undefined && !seen.has(p); p = parentOf(p)) {
    seen.add(p);
    out.push(p);
  }
  return out;
}
