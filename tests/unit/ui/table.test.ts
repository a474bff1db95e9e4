import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/ui/table/csv.ts';
import { compareCells, parseSort, sortRows } from '../../../src/ui/table/sortRows.ts';

describe('sortRows', () => {
  const rows = [{ n: 'Table 10', v: 3 }, { n: 'Table 9', v: null }, { n: 'table 2', v: 10 }, { n: 'Table 1', v: 3 }];
  it('sorts numbers numerically and text naturally, missing values last in both directions', () => {
    expect(sortRows(rows, (r) => r.v, 'asc').map((r) => r.n)).toEqual(['Table 10', 'Table 1', 'table 2', 'Table 9']);
    expect(sortRows(rows, (r) => r.v, 'desc').map((r) => r.n)).toEqual(['table 2', 'Table 10', 'Table 1', 'Table 9']);
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.n)).toEqual(['Table 1', 'table 2', 'Table 9', 'Table 10']);
  });
  it('is stable and compares booleans true-first', () => {
    expect(sortRows([{ k: 1, b: 1 }, { k: 1, b: 2 }], (r) => r.k, 'desc').map((r) => r.b)).toEqual([1, 2]);
    expect(compareCells(true, false)).toBeLessThan(0);
  });
  it('reads the sort from the URL, with defaults', () => {
    expect(parseSort(new URLSearchParams('sort=size&dir=desc'), ['name', 'size'], 'name')).toEqual({ key: 'size', dir: 'desc' });
    expect(parseSort(new URLSearchParams('sort=evil&dir=sideways'), ['name'], 'name')).toEqual({ key: 'name', dir: 'asc' });
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(['en', 'zh'])).toBe('en; zh');
    expect(csvField(-3.5)).toBe('-3.5');
  });
  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).toBe("'@cmd");
  });
  it('writes CRLF-separated records with a header', () => {
    expect(toCsv(['name', 'size'], [['Alpaca', 52000], ['HH-RLHF', 284000]])).toBe('name,size\r\nAlpaca,52000\r\nHH-RLHF,284000\r\n');
  });
});
