import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery } from '../../../src/search/query.ts';

describe('parseQuery', () => {
  it('separates text from filters', () => {
    expect(parseQuery('dpo year:2024 in:alignment')).toEqual({ text: 'dpo', years: { from: 2024, to: 2024 }, within: ['alignment'], kinds: [], types: [], notes: [] });
    expect(parseQuery('kind:model,method type:formula  lora ')).toMatchObject({ text: 'lora', kinds: ['model', 'method'], types: ['formula'] });
    expect(parseQuery('IN:Alignment').within).toEqual(['alignment']);
  });

  it('reads year ranges, open ranges and comparisons', () => {
    expect(parseQuery('year:2022-2024').years).toEqual({ from: 2022, to: 2024 });
    expect(parseQuery('year:2024-2022').years).toEqual({ from: 2022, to: 2024 });
    expect(parseQuery('year:2023..').years).toEqual({ from: 2023, to: null });
    expect(parseQuery('year:-2020').years).toEqual({ from: null, to: 2020 });
    expect(parseQuery('year:>=2023').years).toEqual({ from: 2023, to: null });
    expect(parseQuery('year:>2023').years).toEqual({ from: 2024, to: null });
    expect(parseQuery('year:<2020').years).toEqual({ from: null, to: 2019 });
    expect(parseQuery('year:1800').years).toEqual({ from: 1950, to: 1950 });
  });

  it('never throws: malformed filters become notes', () => {
    expect(parseQuery('year:soon dpo')).toMatchObject({ text: 'dpo', years: null, notes: ['year:soon'] });
    expect(parseQuery('in: dpo')).toMatchObject({ text: 'dpo', within: [], notes: ['in:'] });
    expect(parseQuery('').text).toBe('');
    expect(parseQuery('mailto:x').text).toBe('mailto:x'); // not a filter keyword
  });

  it('round-trips through formatQuery', () => {
    for (const s of ['dpo year:2024 in:alignment', 'year:2022-2024 kind:model', 'type:formula,dataset lora']) {
      const q = parseQuery(s);
      expect(parseQuery(formatQuery(q))).toEqual(q);
    }
  });
});
