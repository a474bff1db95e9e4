// A student's browse of the taxonomy: the tree by keyboard alone (WAI-ARIA tree pattern), the panel
// that follows the focus, the URL that records it all, and a deep link that reloads to the same view.
import { expect, test } from './fixtures';

test.describe('taxonomy tree', () => {
  test('is a WAI-ARIA tree with the five paradigms on top', async ({ page }) => {
    await page.goto('/#/taxonomy');
    const tree = page.getByRole('tree', { name: 'Taxonomy tree' });
    await expect(tree).toBeVisible();
    const top = tree.locator('[role=treeitem][aria-level="1"]');
    await expect(top).toHaveCount(5);
    await expect(top.first()).toHaveAttribute('aria-posinset', '1');
    await expect(top.first()).toHaveAttribute('aria-setsize', '5');
    // One tab stop: the first item when nothing is focused.
    await expect(tree.locator('[role=treeitem][tabindex="0"]')).toHaveCount(1);
  });

  test('can be explored with the keyboard alone; the URL and panel follow the focus', async ({ page }) => {
    await page.goto('/#/taxonomy');
    const tree = page.getByRole('tree', { name: 'Taxonomy tree' });
    const first = tree.locator('[role=treeitem][aria-level="1"]').first();
    await first.focus();
    const firstName = await first.getAttribute('aria-label');

    // Down: the first sub-category of the first paradigm (paradigms start expanded).
    await page.keyboard.press('ArrowDown');
    const focused = tree.locator('[role=treeitem]:focus');
    await expect(focused).toHaveAttribute('aria-level', '2');
    await expect(page).toHaveURL(/#\/taxonomy\/[a-z0-9-]+/);
    const childName = await focused.getAttribute('aria-label');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(childName!);

    // Left goes back up to the parent; Left again collapses it.
    await page.keyboard.press('ArrowLeft');
    await expect(focused).toHaveAttribute('aria-label', firstName!);
    await expect(focused).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(focused).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(/open=/);
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('aria-expanded', 'true');

    // End / Home jump; type-ahead finds a paradigm by its first letters.
    await page.keyboard.press('End');
    await expect(focused).not.toHaveAttribute('aria-label', firstName!);
    await page.keyboard.press('Home');
    await expect(focused).toHaveAttribute('aria-label', firstName!);
    await page.keyboard.type('ali');
    await expect(focused).toHaveAttribute('aria-label', 'Alignment');
    await expect(page).toHaveURL(/#\/taxonomy\/alignment/);
    await expect(focused).toHaveAttribute('aria-selected', 'true');
  });

  test('expand all, collapse all, and a deep link that reloads to the same view', async ({ page }) => {
    await page.goto('/#/taxonomy');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(page).toHaveURL(/open=all/);
    const items = page.locator('[role=treeitem][aria-expanded]');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('[role=treeitem][aria-expanded="false"]').count()).toBe(0);

    await page.getByRole('treeitem', { name: 'Alignment', exact: true }).click();
    await expect(page).toHaveURL(/#\/taxonomy\/alignment\?open=all/);
    await page.getByRole('button', { name: 'Radial' }).click();
    await expect(page).toHaveURL(/layout=radial/);
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByRole('treeitem', { name: 'Alignment', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: 'Radial' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Alignment');

    // Back undoes the layout switch (a push), not the focus moves (replacements).
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Tree' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(page.locator('[role=treeitem]')).toHaveCount(5);
  });

  test('a deep link to a nested node opens its branch and the panel links onward', async ({ page }) => {
    await page.goto('/#/taxonomy/rlhf');
    const item = page.getByRole('treeitem', { name: /RLHF/ }).first();
    await expect(item).toHaveAttribute('aria-selected', 'true');
    await expect(item).toHaveAttribute('aria-level', '2');
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('navigation')).toContainText('Alignment');
    // the list of methods (the summary may mention PPO too, as a link)
    await panel.getByRole('listitem').getByRole('link', { name: 'PPO', exact: true }).click();
    await expect(page).toHaveURL(/#\/method\/ppo/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PPO');
  });
});
