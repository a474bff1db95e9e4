// Hostile and random URLs: a few hundred hashes and query strings must each give a helpful view,
// never a page error or a blank page. The generator is seeded, so a failure is reproducible.
import { expect, test } from './fixtures';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PATHS = ['', 'taxonomy', 'taxonomy/alignment', 'method', 'method/dpo', 'search', 'timeline', 'formulas', 'formulas/dpo-loss', 'demos', 'demos/ppo', 'demos/dpo', 'demos/grpo', 'demos/ifd', 'datasets', 'datasets/hh-rlhf', 'tables', 'tables/table-3', 'present', 'present/overview-lecture', 'present/overview-lecture/2', 'applications', 'open-problems', 'nope'];
const KEYS = ['q', 'lang', 'from', 'to', 'tracks', 'focus', 'node', 'open', 'layout', 'sort', 'dir', 'category', 'step', 'beta', 'eps', 'compare', 'print', 'speaker', 'view', 'kind', 'type', 'root', 'rate'];
const VALUES = ['', 'NaN', '-1', '1e309', '99999999999999999999', '-Infinity', '0', '2.5', '<script>alert(1)</script>', 'javascript:alert(1)', '%', '%E0%A4%A', '\u202e\u0000', '💥', '中文', 'a'.repeat(3000), "'\"><img src=x onerror=alert(1)>", '../../etc/passwd', 'all', 'radial', 'desc', '__proto__', 'constructor', 'year:2024 in:alignment', 'year:abc'];
const PATH_JUNK = ['%', '..', '<b>x</b>', 'javascript:alert(1)', '中文', '💥', 'a'.repeat(500), '%2F%2F', ' ', 'method/<script>', 'present/x/-5', 'present/overview-lecture/99999'];

function randomHash(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  let path = pick(PATHS);
  if (r() < 0.3) path += '/' + pick(PATH_JUNK);
  const n = Math.floor(r() * 4);
  const query = Array.from({ length: n }, () => `${pick(KEYS)}=${encodeURIComponent(pick(VALUES))}`).join('&');
  const raw = r() < 0.1 ? `&${pick(VALUES)}` : ''; // sometimes unencoded junk
  return `#/${path}${query || raw ? '?' : ''}${query}${raw}`;
}

test('a few hundred random and hostile URLs each give a helpful view', async ({ page, guard }) => {
  test.setTimeout(240_000);
  const r = rng(20251125);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (let i = 0; i < 300; i++) {
    const hash = randomHash(r);
    // Same document, new hash: exactly what a pasted link or Back does, and fast enough for 300.
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expect(page.getByRole('heading', { level: 1 }).first(), hash).toBeVisible();
    // One round trip for the rest: no error panel, a real view, and nothing the URL says is ever run
    // (no injected element, no alert).
    const seen = await page.evaluate(() => ({
      errorPanels: document.querySelectorAll('.error-panel').length,
      views: document.querySelectorAll('main, .present-frame, .print-deck').length,
      injected: document.querySelectorAll('img[src="x"], main script').length,
    }));
    expect([seen.errorPanels, seen.injected], hash).toEqual([0, 0]);
    expect(seen.views, hash).toBeGreaterThan(0);
    expect(guard.problems, hash).toEqual([]);
  }
});
