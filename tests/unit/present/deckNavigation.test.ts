import { describe, expect, it } from 'vitest';
import { clampPosition, next, presentKey, previous, viewAt } from '../../../src/views/present/deckNavigation.ts';

const slides = [
  { view: '#/', steps: [] },
  { view: '#/demos/ppo', steps: [{ caption: 'a' }, { view: '#/demos/ppo?eps=0.3' }, { caption: 'c' }] },
  { view: '#/timeline', steps: [] },
];

describe('deck navigation', () => {
  it('walks build steps before moving to the next slide', () => {
    const path = [{ slide: 1, step: 0 }];
    for (let i = 0; i < 6; i++) path.push(next(slides, path[path.length - 1]));
    expect(path.map((p) => `${p.slide}.${p.step}`)).toEqual(['1.0', '2.0', '2.1', '2.2', '2.3', '3.0', '3.0']);
  });

  it('goes back a step, or to the previous slide fully built', () => {
    expect(previous(slides, { slide: 2, step: 2 })).toEqual({ slide: 2, step: 1 });
    expect(previous(slides, { slide: 3, step: 0 })).toEqual({ slide: 2, step: 3 });
    expect(previous(slides, { slide: 1, step: 0 })).toEqual({ slide: 1, step: 0 });
  });

  it('shows the latest view a step set', () => {
    expect(viewAt(slides[1], 0)).toBe('#/demos/ppo');
    expect(viewAt(slides[1], 1)).toBe('#/demos/ppo');
    expect(viewAt(slides[1], 2)).toBe('#/demos/ppo?eps=0.3');
    expect(viewAt(slides[1], 3)).toBe('#/demos/ppo?eps=0.3');
    expect(viewAt(slides[1], 99)).toBe('#/demos/ppo?eps=0.3');
  });

  it('clamps positions from the URL', () => {
    expect(clampPosition(slides, { slide: 99, step: 5 })).toEqual({ slide: 3, step: 0 });
    expect(clampPosition(slides, { slide: 2, step: 99 })).toEqual({ slide: 2, step: 3 });
    expect(clampPosition(slides, { slide: NaN, step: -1 })).toEqual({ slide: 1, step: 0 });
  });

  it('maps the reveal.js keys', () => {
    const at = { slide: 2, step: 1 };
    expect(presentKey('ArrowRight', slides, at)).toEqual({ type: 'go', to: { slide: 2, step: 2 } });
    expect(presentKey(' ', slides, at)).toEqual({ type: 'go', to: { slide: 2, step: 2 } });
    expect(presentKey(' ', slides, at, true)).toEqual({ type: 'go', to: { slide: 2, step: 0 } });
    expect(presentKey('PageUp', slides, at)).toEqual({ type: 'go', to: { slide: 2, step: 0 } });
    expect(presentKey('End', slides, at)).toEqual({ type: 'go', to: { slide: 3, step: 0 } });
    expect(['f', 'o', 'Escape', 's', 'b', 'g', '?', 'x'].map((k) => presentKey(k, slides, at).type)).toEqual(['fullscreen', 'overview', 'overview', 'speaker', 'blank', 'gotoPrompt', 'help', 'none']);
  });
});
