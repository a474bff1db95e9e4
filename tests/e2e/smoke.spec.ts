// Every top-level route renders its heading, with no console or page errors and no request leaving
// 127.0.0.1 (checked by the fixture).
import { expect, test } from './fixtures';

const ROUTES: [string, RegExp][] = [
  ['#/', /Post-training of large language models/],
  ['#/taxonomy', /^Taxonomy$/],
  ['#/timeline', /Timeline 2018–2025/],
  ['#/formulas', /^Formulas$/],
  ['#/demos', /^Demos$/],
  ['#/datasets', /^Datasets$/],
  ['#/tables', /The survey’s tables/],
  ['#/present', /^Present$/],
  ['#/applications', /^Applications$/],
  ['#/open-problems', /^Open problems$/],
  ['#/search?q=dpo', /^Search$/],
  ['#/method/dpo', /^DPO$/],
];

for (const [hash, heading] of ROUTES) {
  test(`route ${hash} renders its heading`, async ({ page }) => {
    await page.goto('/' + hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page).toHaveTitle(/PoLM Explorer/);
  });
}

test('every navigation item leads to a real view', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const names = ['Overview', 'Taxonomy', 'Timeline', 'Formulas', 'Demos', 'Datasets', 'Present'];
  for (const name of names) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('an unknown route shows a not-found view that offers search', async ({ page }) => {
  await page.goto('/#/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const search = page.getByRole('main').getByRole('searchbox', { name: 'Search' });
  await expect(search).toHaveValue('page');
  await search.fill('dpo');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=dpo/);
});

test('an unknown method id is explained, not blank', async ({ page }) => {
  await page.goto('/#/method/no-such-method');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('There is no method with the id “no-such-method”.')).toBeVisible();
});

test('search is reachable with / and Ctrl+K', async ({ page }) => {
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const search = page.getByRole('banner').getByRole('combobox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await search.fill('PPO');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=PPO/);
  await expect(page.getByRole('link', { name: 'PPO', exact: true })).toBeVisible();
});

test('language switch, ?lang= and the remembered choice', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('大语言模型的后训练');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('大语言模型的后训练');
  await page.goto('/#/taxonomy?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taxonomy');
  // Links keep the URL's language.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', /lang=en/);
});

test('theme follows the OS until chosen, and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('corrupt stored preferences reset to defaults', async ({ page }) => {
  await page.goto('/');
  for (const junk of ['{not json', '{"state":{"lang":"klingon","theme":42},"version":1}', '"a string"', '{"state":null,"version":999}']) {
    await page.evaluate((v) => localStorage.setItem('polm-explorer:prefs', v), junk);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post-training of large language models');
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
  }
});

test('the build publishes the survey data and its schema', async ({ request }) => {
  const doc = await (await request.get('/data/survey.json')).json();
  expect(doc.schemaVersion).toBe(1);
  expect(doc.survey.arxiv).toBe('2503.06072');
  expect(doc.methods.length).toBeGreaterThan(0);
  const schema = await (await request.get('/data/survey.schema.json')).json();
  expect(schema.properties.schemaVersion).toBeTruthy();
});
