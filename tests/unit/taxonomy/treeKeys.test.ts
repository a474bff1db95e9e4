import { describe, expect, it } from 'vitest';
import { treeKey, typeAhead, type KeyItem } from '../../../src/views/taxonomy/treeKeys.ts';

// Alignment (open) > RLHF (closed, has children), DPO (leaf); Reasoning (closed)
const ITEMS: KeyItem[] = [
  { id: 'alignment', level: 1, parent: null, hasChildren: true, expanded: true, label: 'Alignment' },
  { id: 'rlhf', level: 2, parent: 'alignment', hasChildren: true, expanded: false, label: 'RLHF' },
  { id: 'dpo', level: 2, parent: 'alignment', hasChildren: false, expanded: false, label: 'DPO' },
  { id: 'reasoning', level: 1, parent: null, hasChildren: true, expanded: false, label: 'Reasoning' },
];

describe('WAI-ARIA tree keys', () => {
  it('arrows walk the visible items', () => {
    expect(treeKey(ITEMS, 'alignment', 'ArrowDown')).toEqual({ type: 'move', id: 'rlhf' });
    expect(treeKey(ITEMS, 'rlhf', 'ArrowUp')).toEqual({ type: 'move', id: 'alignment' });
    expect(treeKey(ITEMS, 'reasoning', 'ArrowDown')).toEqual({ type: 'none' });
    expect(treeKey(ITEMS, 'alignment', 'ArrowUp')).toEqual({ type: 'none' });
  });
  it('Right expands a closed node, then enters it; does nothing on a leaf', () => {
    expect(treeKey(ITEMS, 'rlhf', 'ArrowRight')).toEqual({ type: 'expand', id: 'rlhf' });
    expect(treeKey(ITEMS, 'alignment', 'ArrowRight')).toEqual({ type: 'move', id: 'rlhf' });
    expect(treeKey(ITEMS, 'dpo', 'ArrowRight')).toEqual({ type: 'none' });
  });
  it('Left collapses an open node, else goes to the parent', () => {
    expect(treeKey(ITEMS, 'alignment', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'alignment' });
    expect(treeKey(ITEMS, 'dpo', 'ArrowLeft')).toEqual({ type: 'move', id: 'alignment' });
    expect(treeKey(ITEMS, 'reasoning', 'ArrowLeft')).toEqual({ type: 'none' });
  });
  it('Home, End, Enter and *', () => {
    expect(treeKey(ITEMS, 'dpo', 'Home')).toEqual({ type: 'move', id: 'alignment' });
    expect(treeKey(ITEMS, 'dpo', 'End')).toEqual({ type: 'move', id: 'reasoning' });
    expect(treeKey(ITEMS, 'dpo', 'Enter')).toEqual({ type: 'activate', id: 'dpo' });
    expect(treeKey(ITEMS, 'alignment', '*')).toEqual({ type: 'expandSiblings', ids: ['reasoning'] });
  });
  it('type-ahead finds the next match and cycles on a repeated letter', () => {
    expect(typeAhead(ITEMS, 'alignment', 'r')).toBe('rlhf');
    expect(typeAhead(ITEMS, 'rlhf', 'r')).toBe('reasoning');
    expect(typeAhead(ITEMS, 'reasoning', 'r')).toBe('rlhf');
    expect(typeAhead(ITEMS, 'alignment', 'dp')).toBe('dpo');
    expect(typeAhead(ITEMS, 'alignment', 'zz')).toBeNull();
  });
});
