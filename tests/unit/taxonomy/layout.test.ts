import { describe, expect, it } from 'vitest';
import { allIds, ancestorsOf, layoutTree, type TreeSource } from '../../../src/views/taxonomy/layout.ts';

// a ─┬─ a1 ─── a11
//    └─ a2
// b
const CHILDREN: Record<string, string[]> = { a: ['a1', 'a2'], a1: ['a11'], a2: [], a11: [], b: [] };
const SOURCE: TreeSource = { roots: ['a', 'b'], childrenOf: (id) => CHILDREN[id] ?? [] };
const PARENT: Record<string, string> = { a1: 'a', a2: 'a', a11: 'a1' };

describe('layoutTree (tidy)', () => {
  it('shows only expanded branches, in preorder, with ARIA positions', () => {
    const l = layoutTree(SOURCE, new Set(['a']), { mode: 'tidy', rowHeight: 10, columnWidth: 100 });
    expect(l.nodes.map((n) => n.id)).toEqual(['a', 'a1', 'a2', 'b']);
    expect(l.nodes.map((n) => [n.level, n.posinset, n.setsize])).toEqual([
      [1, 1, 2],
      [2, 1, 2],
      [2, 2, 2],
      [1, 2, 2],
    ]);
    expect(l.nodes.find((n) => n.id === 'a1')).toMatchObject({ parent: 'a', hasChildren: true, expanded: false });
    expect(l.links.map((k) => `${k.source}>${k.target}`)).toEqual(['a>a1', 'a>a2']);
  });

  it('puts depth on x (one column per level) and keeps nodes of a column a row apart', () => {
    const l = layoutTree(SOURCE, new Set(['a', 'a1']), { mode: 'tidy', rowHeight: 10, columnWidth: 100 });
    const at = Object.fromEntries(l.nodes.map((n) => [n.id, n]));
    expect([at.a.x, at.a1.x, at.a11.x, at.b.x]).toEqual([0, 100, 200, 0]);
    // Labels sit to the right of their mark, so only nodes in the same column can collide.
    for (const level of [1, 2, 3]) {
      const ys = l.nodes.filter((n) => n.level === level).map((n) => n.y).sort((p, q) => p - q);
      for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(10);
    }
    // a parent is centred on its children
    expect(at.a.y).toBeCloseTo((at.a1.y + at.a2.y) / 2);
    expect(l.bounds).toEqual({ x0: 0, y0: Math.min(...l.nodes.map((n) => n.y)), x1: 200, y1: Math.max(...l.nodes.map((n) => n.y)) });
    expect(l.links[0].path).toMatch(/^M0,/);
  });

  it('starts links past the parent label when told its width', () => {
    const l = layoutTree(SOURCE, new Set(['a']), { mode: 'tidy', rowHeight: 10, columnWidth: 100, linkStart: (id) => (id === 'a' ? 42 : 0) });
    expect(l.links.map((k) => k.path.slice(0, 4))).toEqual(['M42,', 'M42,']);
  });
});

describe('layoutTree (radial)', () => {
  it('places levels on concentric rings', () => {
    const l = layoutTree(SOURCE, new Set(['a', 'a1']), { mode: 'radial', rowHeight: 10, columnWidth: 100 });
    const r = (id: string) => {
      const n = l.nodes.find((x) => x.id === id)!;
      return Math.hypot(n.x, n.y);
    };
    expect(r('a')).toBeCloseTo(r('b'));
    expect(r('a1')).toBeCloseTo(r('a2'));
    expect(r('a1')).toBeGreaterThan(r('a'));
    expect(r('a11')).toBeGreaterThan(r('a1'));
  });
});

describe('helpers', () => {
  it('allIds lists every node in preorder', () => {
    expect(allIds(SOURCE)).toEqual(['a', 'a1', 'a11', 'a2', 'b']);
  });
  it('ancestorsOf walks up and survives loops', () => {
    expect(ancestorsOf((id) => PARENT[id], 'a11')).toEqual(['a1', 'a']);
    expect(ancestorsOf((id) => ({ x: 'y', y: 'x' })[id], 'x')).toEqual(['y', 'x']);
  });
  it('a cyclic source cannot hang the layout', () => {
    const loop: TreeSource = { roots: ['x'], childrenOf: (id) => (id === 'x' ? ['y'] : ['x']) };
    expect(layoutTree(loop, new Set(['x', 'y']), { mode: 'tidy' }).nodes.map((n) => n.id)).toEqual(['x', 'y', 'x']);
  });
});
