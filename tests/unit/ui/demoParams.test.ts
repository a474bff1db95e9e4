import { describe, expect, it } from 'vitest';
import { choice, fmt, num, numList } from '../../../src/views/demos/params.ts';

const p = (s: string) => new URLSearchParams(s);

describe('demo parameters', () => {
  it('clamps numbers and falls back on junk', () => {
    const spec = { min: 0, max: 1, def: 0.2 };
    expect(num(p('eps=0.3'), 'eps', spec)).toBe(0.3);
    expect(num(p('eps=7'), 'eps', spec)).toBe(1);
    expect(num(p('eps=-1'), 'eps', spec)).toBe(0);
    for (const junk of ['NaN', 'Infinity', '-Infinity', '1e999', 'abc', '', '%20']) expect(num(p(`eps=${junk}`), 'eps', spec)).toBe(0.2);
    expect(num(p(''), 'eps', spec)).toBe(0.2);
  });

  it('reads lists of numbers', () => {
    const spec = { min: -5, max: 5, def: 0, maxLen: 4, fallback: [1, 0] };
    expect(numList(p('r=1,0,1'), 'r', spec)).toEqual([1, 0, 1]);
    expect(numList(p('r=1,x,,99,NaN,-99,2,3'), 'r', spec)).toEqual([1, 5, -5, 2]);
    expect(numList(p('r=x'), 'r', spec)).toEqual([1, 0]);
    expect(numList(p(''), 'r', spec)).toEqual([1, 0]);
  });

  it('accepts only listed choices', () => {
    expect(choice(p('v=ipo'), 'v', ['sigmoid', 'ipo'] as const, 'sigmoid')).toBe('ipo');
    expect(choice(p('v=<script>'), 'v', ['sigmoid', 'ipo'] as const, 'sigmoid')).toBe('sigmoid');
  });

  it('never prints NaN or Infinity', () => {
    expect(fmt(NaN)).toBe('–');
    expect(fmt(Infinity)).toBe('–');
    expect(fmt(0.123456)).toBe('0.123');
    expect(fmt(123456)).toBe('1.23e+5');
    expect(fmt(0)).toBe('0');
  });
});
