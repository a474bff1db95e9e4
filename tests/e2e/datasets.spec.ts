// Datasets and tables: sort and filter live in the URL and survive reload; exports download real
// files; table rows link to methods and can be compared side by side.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('datasets: sort by size as a number, filter by facet, reload keeps both', async ({ page }) => {
  await page.goto('/#/datasets');
  const table = page.getByRole('table', { name: 'Datasets' });
  await expect(table).toBeVisible();
  const size = table.getByRole('columnheader', { name: /Size/ });
  await size.getByRole('button').click();
  await expect(size).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=size/);
  const values = async () =>
    (await table.locator('tbody td.num').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')))).filter(Boolean).map(Number);
  const asc = await values();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await size.getByRole('button').click();
  await expect(size).toHaveAttribute('aria-sort', 'descending');
  const desc = await values();
  expect(desc).toEqual([...asc].sort((a, b) => b - a));

  const category = page.getByRole('group', { name: 'Category' });
  const firstFacet = category.getByRole('checkbox').first();
  await firstFacet.check();
  await expect(page).toHaveURL(/category=/);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Category' }).getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('table', { name: 'Datasets' }).getByRole('columnheader', { name: /Size/ })).toHaveAttribute('aria-sort', 'descending');
});

test('datasets: CSV export downloads what is shown', async ({ page }) => {
  await page.goto('/#/datasets');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('name,category,construction,size,size_unit,languages,task,stages,origin,release,year');
  const rows = await page.getByRole('table', { name: 'Datasets' }).locator('tbody tr').count();
  expect(lines.length - 1).toBe(rows);
});

test('a survey table: sort, compare side by side, reload keeps it', async ({ page }) => {
  await page.goto('/#/tables');
  await page.getByRole('link', { name: /^Table 3:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Table 3:/);
  const table = page.locator('table.data-table').first();
  await expect(table.locator('tbody tr')).not.toHaveCount(0);
  // nth(1) is the first data column, already the default sort key; take the next one.
  const header = table.getByRole('columnheader').nth(2);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await table.locator('tbody tr').first().getByRole('checkbox').check();
  await expect(page).toHaveURL(/compare=/);
  await expect(page.getByRole('heading', { name: 'Side by side' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Side by side' })).toBeVisible();
});

// Every survey table shows all its rows, and each row's header links to the record it describes.
const TABLE_ROWS: [number, number][] = [[1, 34], [2, 22], [3, 11], [4, 30], [5, 30], [6, 31], [7, 38], [8, 17], [9, 37]];
test('every survey table renders all its rows, each linked to its method or dataset', async ({ page }) => {
  for (const [n, count] of TABLE_ROWS) {
    await page.goto(`/#/tables/table-${n}`);
    const body = page.locator('table.data-table').first().locator('tbody');
    await expect(body.locator('tr'), `table ${n}`).toHaveCount(count);
    await expect(body.locator('th[scope=row] a[href*="#/method/"], th[scope=row] a[href*="#/datasets/"]'), `table ${n}`).toHaveCount(count);
  }
});
