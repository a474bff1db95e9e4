// Keyboard behaviour of the WAI-ARIA tree pattern, as a pure function from (visible items, active
// item, key) to what should happen. The view applies the result; tests check the pattern directly.

export interface KeyItem {
  id: string;
  level: number;
  parent: string | null;
  hasChildren: boolean;
  expanded: boolean;
  /** The accessible name, for type-ahead. */
  label: string;
}

export type TreeAction =
  | { type: 'move'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'expandSiblings'; ids: string[] }
  | { type: 'activate'; id: string }
  | { type: 'none' };

/** Type-ahead: the next item (after the active one, wrapping) whose label starts with `prefix`. */
export function typeAhead(items: readonly KeyItem[], activeId: string, prefix: string): string | null {
  const p = prefix.toLocaleLowerCase();
  if (!p) return null;
  const start = Math.max(0, items.findIndex((i) => i.id === activeId));
  // A repeated single letter cycles; a longer prefix may match the active item itself.
  const offset = p.length === 1 ? 1 : 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[(start + offset + k) % items.length];
    if (item.label.toLocaleLowerCase().startsWith(p)) return item.id;
  }
  return null;
}

export function treeKey(items: readonly KeyItem[], activeId: string, key: string): TreeAction {
  const i = items.findIndex((x) => x.id === activeId);
  if (i === -1) return items.length ? { type: 'move', id: items[0].id } : { type: 'none' };
  const cur = items[i];
  switch (key) {
    case 'ArrowDown':
      return i + 1 < items.length ? { type: 'move', id: items[i + 1].id } : { type: 'none' };
    case 'ArrowUp':
      return i > 0 ? { type: 'move', id: items[i - 1].id } : { type: 'none' };
    case 'ArrowRight':
      if (!cur.hasChildren) return { type: 'none' };
      if (!cur.expanded) return { type: 'expand', id: cur.id };
      return i + 1 < items.length && items[i + 1].parent === cur.id ? { type: 'move', id: items[i + 1].id } : { type: 'none' };
    case 'ArrowLeft':
      if (cur.hasChildren && cur.expanded) return { type: 'collapse', id: cur.id };
      return cur.parent ? { type: 'move', id: cur.parent } : { type: 'none' };
    case 'Home':
      return { type: 'move', id: items[0].id };
    case 'End':
      return { type: 'move', id: items[items.length - 1].id };
    case 'Enter':
    case ' ':
      return { type: 'activate', id: cur.id };
    case '*':
      return {
        type: 'expandSiblings',
        ids: items.filter((x) => x.parent === cur.parent && x.hasChildren && !x.expanded).map((x) => x.id),
      };
    default:
      return { type: 'none' };
  }
}
