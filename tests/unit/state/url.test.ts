// Route parsing is total: every string gives a route, unknown ones `notFound`, and known routes
// round-trip through hashOf.
import { describe, expect, it } from 'vitest';
import { hashOf, parseHash, type Route } from '../../../src/state/url.ts';

describe('parseHash', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/taxonomy', { name: 'taxonomy' }],
    ['#/taxonomy/rlhf', { name: 'taxonomy', nodeId: 'rlhf' }],
    ['#/method/dpo', { name: 'method', id: 'dpo' }],
    ['#/formulas/dpo-loss', { name: 'formulas', id: 'dpo-loss' }],
    ['#/demos/grpo', { name: 'demos', demo: 'grpo' }],
    ['#/datasets/alpaca', { name: 'datasets', id: 'alpaca' }],
    ['#/tables/table-2', { name: 'tables', id: 'table-2' }],
    ['#/present/alignment/3', { name: 'present', deckId: 'alignment', slide: 3 }],
    ['#/present/alignment', { name: 'present', deckId: 'alignment', slide: 1 }],
    ['#/present/alignment/0', { name: 'present', deckId: 'alignment', slide: 1 }],
    ['#/present/alignment/NaN', { name: 'present', deckId: 'alignment', slide: 1 }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash).route).toEqual(route);
  });

  it.each(['#/nope', '#/method', '#/method/DPO', '#/method/a/b', '#/demos/sft', '#/taxonomy/<script>', '#/method/%E0%A4%A', '#/%', '#//x'])(
    'unknown: %s',
    (hash) => {
      expect(parseHash(hash).route.name).toBe('notFound');
    },
  );

  it('reads query parameters and the language, ignoring bad languages', () => {
    const loc = parseHash('#/timeline?from=2020&to=2023&lang=zh');
    expect(loc.params.get('from')).toBe('2020');
    expect(loc.lang).toBe('zh');
    expect(parseHash('#/?lang=fr').lang).toBeNull();
  });

  it('never throws on hostile input', () => {
    const hostile = ['#/method/javascript:alert(1)', '#/' + 'a/'.repeat(5000), '#/search?q=%', '#?&&&==', '#/\u0000\uffff', '#/method/%F0%9F%98%80'];
    for (const h of hostile) expect(() => parseHash(h)).not.toThrow();
  });
});

describe('hashOf', () => {
  it('round-trips routes and drops empty parameters', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'method', id: 'dpo' },
      { name: 'present', deckId: 'x', slide: 4 },
      { name: 'demos', demo: 'ppo' },
    ];
    for (const r of routes) expect(parseHash(hashOf(r)).route).toEqual(r);
    expect(hashOf({ name: 'search' }, { q: 'dpo year:2024', lang: null, empty: '' })).toBe('#/search?q=dpo+year%3A2024');
  });
});
