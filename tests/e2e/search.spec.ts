// A researcher's lookup: find a method by name from anywhere, open it, copy its citation; and the
// shareable, faceted results page.
import { expect, test } from './fixtures';

test.describe('search', () => {
  test('type a name, pick the suggestion by keyboard, land on its page and copy the citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#/timeline');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('/');
    const box = page.getByRole('banner').getByRole('combobox', { name: 'Search' });
    await expect(box).toBeFocused();
    await page.keyboard.type('dpo');
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('option').first()).toContainText('DPO');
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /opt-0$/);
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/method\/dpo$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DPO');
    // the survey's year and the place in the taxonomy
    await expect(page.getByText('Year cited in the survey')).toBeVisible();
    await expect(page.getByRole('main').getByText('2024', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Alignment' }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^@\w+\{[^,]+,/);
    expect(clip).toMatch(/title\s*=\s*\{[^}]*Direct Preference Optimization/i);
  });

  test('a one-letter typo still finds the method, Ctrl+K opens the field', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const box = page.getByRole('banner').getByRole('combobox', { name: 'Search' });
    await expect(box).toBeFocused();
    await box.fill('GRPQ');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await expect(options.first()).toContainText('GRPO');
    // Escape closes the list, a second Escape clears the field
    await box.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await box.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('Enter without a chosen suggestion opens the shareable results page; facets live in the URL', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('banner').getByRole('combobox', { name: 'Search' });
    await box.fill('policy');
    await box.press('Enter');
    await expect(page).toHaveURL(/#\/search\?q=policy$/);
    await expect(page.getByRole('status').filter({ hasText: 'results for' })).toContainText('results for “policy”');
    const results = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link') });
    const before = await results.count();
    expect(before).toBeGreaterThan(1);
    // Narrow to methods only: the URL records it, Back undoes it.
    const typeFacet = page.getByRole('group', { name: 'Type' });
    await typeFacet.getByRole('checkbox', { name: /taxonomy/ }).check();
    await expect(page).toHaveURL(/type=node/);
    await expect(page.getByRole('main').locator('.results > li')).not.toHaveCount(before);
    await page.goBack();
    await expect(page).toHaveURL(/#\/search\?q=policy$/);
    await expect(typeFacet.getByRole('checkbox', { name: /taxonomy/ })).not.toBeChecked();
  });

  test('query syntax filters by year and part of the survey, and reloads the same', async ({ page }) => {
    await page.goto('/#/search?q=' + encodeURIComponent('year:2024 in:alignment'));
    const links = page.getByRole('main').locator('.results .result-head a');
    await expect(links.first()).toBeVisible();
    const names = await links.allTextContents();
    expect(names).toContain('DPO');
    expect(names).not.toContain('PPO'); // 2017
    await page.reload();
    await expect(links).toHaveText(names);
    await expect(page.getByRole('banner').getByRole('combobox', { name: 'Search' })).toHaveValue('year:2024 in:alignment');
  });
});
