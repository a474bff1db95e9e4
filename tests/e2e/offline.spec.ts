// Offline after one visit (service worker precache), and the Content-Security-Policy in force.
import { expect, test } from './fixtures';

const ROUTES = [
  '#/', '#/taxonomy/alignment', '#/method/dpo', '#/search?q=policy', '#/timeline', '#/formulas', '#/formulas/ppo-clipped-objective',
  '#/demos', '#/demos/ppo', '#/demos/dpo', '#/demos/grpo', '#/demos/ifd', '#/datasets', '#/datasets/hh-rlhf', '#/tables', '#/tables/table-5',
  '#/present/overview-lecture/1', '#/applications', '#/open-problems',
];

test('after one visit, every route works with the network off', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker installs (and precaches everything) in the background; wait until it is active.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  await context.setOffline(true);
  // A cold start with the network off: the document itself comes from the cache.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  for (const hash of ROUTES) {
    await page.goto('/' + hash);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.locator('.error-panel')).toHaveCount(0);
  }
  // Search works offline too: its worker script and the data parts came from the cache.
  await page.goto('/#/search?q=lora');
  await expect(page.getByRole('status').filter({ hasText: 'results for' })).toContainText('results for “lora”');
  // KaTeX's fonts came from the cache too.
  await page.goto('/#/formulas/ppo-clipped-objective');
  await expect(page.locator('.katex-html').first()).toBeVisible();
  expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('16px KaTeX_Main')))).toBe(true);
  await context.setOffline(false);
});

test('the Content-Security-Policy blocks inline script', async ({ page, guard }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.documentElement.dataset.injected = "yes"';
    document.body.append(s);
    return document.documentElement.dataset.injected === 'yes';
  });
  expect(ran).toBe(false);
  // The refusal is logged as a console error: expected here, so take it off the guard's list.
  await expect.poll(() => guard.problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !/Content Security Policy/.test(p)));
});
