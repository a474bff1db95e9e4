// @vitest-environment jsdom
// Parameter changes (a slider, a filter) show at once and reach the address bar a moment later, once
// per burst; a page change first writes what is pending, so Back returns to the state last shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentHash, currentLocation, navigate, updateParams } from '../../../src/state/location.ts';

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '#/demos/ppo');
});
afterEach(() => vi.useRealTimers());

describe('updateParams', () => {
  it('is seen by the app at once and written to the address bar after a burst', () => {
    const replace = vi.spyOn(history, 'replaceState');
    updateParams({ eps: 0.25 });
    updateParams({ eps: 0.3 });
    updateParams({ eps: 0.35 });
    expect(currentHash()).toBe('#/demos/ppo?eps=0.35');
    expect(currentLocation().params.get('eps')).toBe('0.35');
    expect(window.location.hash).toBe('#/demos/ppo');
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(window.location.hash).toBe('#/demos/ppo?eps=0.35');
    expect(replace).toHaveBeenCalledTimes(1);
    replace.mockRestore();
  });

  it('keeps the route object while only the query changes', () => {
    const before = currentLocation().route;
    updateParams({ beta: 0.5 });
    expect(currentLocation().route).toBe(before);
    navigate('#/demos/dpo');
    expect(currentLocation().route).not.toBe(before);
  });

  it('writes a pending change before a page change, so history holds the state last shown', () => {
    const replace = vi.spyOn(history, 'replaceState');
    updateParams({ eps: 0.4 });
    navigate('#/formulas');
    // The entry Back returns to was rewritten to the shown state before the new entry was pushed.
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace.mock.calls[0][2]).toBe('#/demos/ppo?eps=0.4');
    expect(window.location.hash).toBe('#/formulas');
    replace.mockRestore();
  });

  it('drops a pending change when the reader navigates elsewhere (Back, a typed URL)', () => {
    updateParams({ eps: 0.5 });
    window.location.hash = '#/taxonomy';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(currentHash()).toBe('#/taxonomy');
    vi.advanceTimersByTime(200);
    expect(window.location.hash).toBe('#/taxonomy');
  });
});
