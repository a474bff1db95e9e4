// Stored preferences are validated on load: anything corrupt or foreign becomes the default.
import { describe, expect, it } from 'vitest';
import { sanitizePrefs } from '../../../src/state/store.ts';

describe('sanitizePrefs', () => {
  it('keeps valid values', () => {
    expect(sanitizePrefs({ lang: 'zh', theme: 'dark' })).toEqual({ lang: 'zh', theme: 'dark' });
  });
  it.each([null, undefined, 42, 'x', [], { lang: 'fr', theme: 'neon' }, { lang: 1, theme: {} }])('resets %j', (junk) => {
    const p = sanitizePrefs(junk);
    expect(['en', 'zh']).toContain(p.lang);
    expect(p.theme).toBe('system');
  });
});
