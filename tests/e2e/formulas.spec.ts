// Formula panels: KaTeX with MathML, glossary ↔ symbol highlighting by mouse and keyboard, copy TeX.
import { expect, test } from './fixtures';

test('a formula renders as KaTeX with MathML, and its glossary lights up its symbols', async ({ page }) => {
  await page.goto('/#/formulas/ppo-clipped-objective');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PPO clipped surrogate objective');
  const formula = page.locator('.formula-main');
  await expect(formula.locator('.katex-html')).toBeVisible();
  await expect(formula.locator('math')).toHaveCount(1); // MathML for screen readers
  await expect(formula.locator('.sym-active')).toHaveCount(0);

  // Keyboard: focusing a glossary symbol highlights every occurrence in the formula.
  const ratio = page.getByRole('button', { name: /Highlight Probability ratio/ });
  await ratio.focus();
  expect(await formula.locator('.sym-active').count()).toBeGreaterThanOrEqual(2);
  // Pinning keeps it after focus leaves.
  await ratio.press('Enter');
  await expect(ratio).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Copy TeX' }).focus();
  expect(await formula.locator('.sym-active').count()).toBeGreaterThanOrEqual(2);

  // Mouse: hovering a symbol in the formula highlights its glossary row.
  await ratio.press('Enter'); // unpin
  await formula.locator('.sym-eps').first().hover();
  await expect(page.locator('.glossary-active')).toHaveCount(1);
  await expect(page.locator('.glossary-active dd')).toContainText('Clipping range');
});

test('Copy TeX puts the formula source on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/formulas/ppo-clipped-objective');
  await page.getByRole('button', { name: 'Copy TeX' }).click();
  await expect(page.getByRole('button', { name: /Copy TeX/ })).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('\\operatorname{clip}');
});
