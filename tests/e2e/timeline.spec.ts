// The timeline: range and lane filters in the URL, keyboard walk of the chart, the list alternative,
// "show on timeline" from a method page, and a standalone SVG export.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('range and lanes live in the URL and survive reload', async ({ page }) => {
  await page.goto('/#/timeline');
  await page.getByRole('combobox', { name: /^From/ }).selectOption('2020');
  await page.getByRole('combobox', { name: /^To/ }).selectOption('2023');
  await expect(page).toHaveURL(/from=2020/);
  await expect(page).toHaveURL(/to=2023/);
  await page.getByRole('group', { name: 'Figure 3 tracks' }).getByRole('checkbox', { name: 'SFT' }).uncheck();
  await expect(page).toHaveURL(/tracks=/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: /^From/ })).toHaveValue('2020');
  await expect(page.getByRole('combobox', { name: /^To/ })).toHaveValue('2023');
  await expect(page.getByRole('group', { name: 'Figure 3 tracks' }).getByRole('checkbox', { name: 'SFT' })).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'method records' })).toContainText('from 2020 to 2023');
  // the year axis shows exactly the range
  await expect(page.locator('.tl-year')).toHaveText(['2020', '2021', '2022', '2023']);
});

test('the chart is walked by keyboard; Enter selects and opens a card', async ({ page }) => {
  await page.goto('/#/timeline');
  const chart = page.getByRole('group', { name: /Timeline chart/ });
  const first = chart.locator('[role=button][tabindex="0"]');
  await expect(first).toHaveCount(1);
  await first.focus();
  const firstLabel = await first.getAttribute('aria-label');
  await page.keyboard.press('ArrowDown');
  const focused = chart.locator('[role=button]:focus');
  await expect(focused).not.toHaveAttribute('aria-label', firstLabel!);
  // Walk right along the lane past any "+N more" aggregate (Enter on one zooms instead of selecting).
  for (let i = 0; i < 20 && (await focused.getAttribute('class'))?.includes('tl-aggregate'); i++) await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveClass(/tl-item/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/focus=/);
  await expect(page.getByRole('heading', { level: 2, name: /./ }).last()).toBeVisible();
  await expect(page.locator('.timeline-card')).toBeVisible();
  await expect(focused).toHaveAttribute('aria-pressed', 'true');
});

test('"show on timeline" from a method page focuses it; the list view shows the same records', async ({ page }) => {
  await page.goto('/#/method/dpo');
  await page.getByRole('link', { name: 'Show on timeline' }).click();
  await expect(page).toHaveURL(/#\/timeline\?focus=dpo/);
  await expect(page.locator('.timeline-card h2')).toHaveText('DPO');
  await expect(page.getByRole('group', { name: /Timeline chart/ }).getByRole('button', { name: /^DPO, 2024/ }).first()).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  const dpo = page.locator('.timeline-list').getByRole('button', { name: 'DPO', exact: true }).first();
  await expect(dpo).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.timeline-list h2').first()).toHaveText(/^20\d\d$/);
});

test('exports a standalone SVG with legend and source line', async ({ page }) => {
  await page.goto('/#/timeline?from=2022&to=2025');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(download.suggestedFilename()).toBe('polm-timeline-2022-2025.svg');
  const svg = await readFile((await download.path())!, 'utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('Legend');
  expect(svg).toContain('Figure 3');
  expect(svg).not.toContain('var(--'); // colours resolved, not theme variables
  await page.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
  await expect(page.locator('svg text').filter({ hasText: '2024' }).first()).toBeVisible();
});
