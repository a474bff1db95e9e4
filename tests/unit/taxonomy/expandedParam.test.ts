import { describe, expect, it } from 'vitest';
import { decodeExpanded, encodeExpanded } from '../../../src/views/taxonomy/expandedParam.ts';

const ORDER = Array.from({ length: 20 }, (_, i) => `n${i}`);

describe('expanded-set URL parameter', () => {
  it('round-trips any subset', () => {
    for (const pick of [[], [0], [5, 6], [19], [0, 1, 2, 3, 4, 5, 6, 13]]) {
      const set = new Set(pick.map((i) => ORDER[i]));
      expect(decodeExpanded(ORDER, encodeExpanded(ORDER, set))).toEqual(set);
    }
  });
  it('is compact and says "all" for everything', () => {
    expect(encodeExpanded(ORDER, new Set(ORDER))).toBe('all');
    expect(encodeExpanded(ORDER, new Set(['n0']))).toBe('B');
    expect(encodeExpanded(ORDER, new Set())).toBe('');
    expect(decodeExpanded(ORDER, 'all').size).toBe(20);
  });
  it('decodes junk without throwing', () => {
    expect(decodeExpanded(ORDER, '<script>').size).toBeLessThanOrEqual(20);
    expect(decodeExpanded(ORDER, '%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%').size).toBe(0);
  });
});
