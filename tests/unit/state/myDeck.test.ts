import { describe, expect, it } from 'vitest';
import { cleanView, sanitizeSlides } from '../../../src/state/myDeck.ts';

describe('personal deck sanitising', () => {
  it('keeps app routes, drops the language and everything hostile', () => {
    expect(cleanView('#/demos/dpo?beta=0.5&lang=zh')).toBe('#/demos/dpo?beta=0.5');
    expect(cleanView('#/taxonomy/alignment')).toBe('#/taxonomy/alignment');
    expect(cleanView('javascript:alert(1)')).toBeNull();
    expect(cleanView('#/no/such/page')).toBeNull();
    expect(cleanView('#/present/x/1')).toBeNull();
    expect(cleanView(42)).toBeNull();
  });

  it('sanitises a stored list', () => {
    expect(sanitizeSlides('nope')).toEqual([]);
    expect(sanitizeSlides([{ view: '#/', title: 'Home' }, null, { view: 'http://evil' }, { view: '#/timeline', title: 7 }])).toEqual([
      { view: '#/', title: 'Home' },
      { view: '#/timeline', title: '' },
    ]);
    expect(sanitizeSlides(Array.from({ length: 500 }, () => ({ view: '#/', title: '' })))).toHaveLength(200);
  });
});
