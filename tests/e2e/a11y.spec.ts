// axe-core (WCAG 2.1 A and AA) on every route in the light, dark and projector themes, and lecture
// mode in the theme it imposes.
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

export const A11Y_ROUTES = [
  '#/',
  '#/taxonomy',
  '#/taxonomy/alignment',
  '#/taxonomy/rlhf?open=all&layout=radial',
  '#/method/dpo',
  '#/search?q=policy',
  '#/timeline',
  '#/timeline?view=list&from=2020&to=2023',
  '#/formulas',
  '#/formulas?chapter=7',
  '#/formulas/ppo-clipped-objective',
  '#/demos',
  '#/demos/ppo',
  '#/demos/dpo?variant=cdpo&ls=0.1',
  '#/demos/grpo?r=1,1,1,1',
  '#/demos/ifd',
  '#/datasets',
  '#/datasets/hh-rlhf',
  '#/datasets?sort=size&dir=desc',
  '#/tables/table-3?compare=0',
  '#/tables',
  '#/applications',
  '#/open-problems',
  '#/present',
  '#/no/such/page',
];

async function expectNoViolations(page: import('@playwright/test').Page) {
  expect(await axeViolations(page)).toEqual([]);
}

// Lecture mode sets its own theme whatever the OS says: projector on screen, light for the handout.
const LECTURE_ROUTES: [string, string][] = [
  ['#/present/overview-lecture/1', 'projector'],
  ['#/present/overview-lecture/2', 'projector'],
  ['#/present/overview-lecture/1?speaker', 'projector'],
  ['#/present/overview-lecture/1?print', 'light'],
];
test.describe('lecture mode', () => {
  for (const [hash, theme] of LECTURE_ROUTES) {
    test(`axe: ${hash}`, async ({ page }) => {
      await page.goto('/' + hash);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoViolations(page);
    });
  }
});

// Every route in each theme, chosen the way a reader does (the theme menu in the banner), on one page
// load; all three are checked even when one fails, so a report lists every broken theme. Themes differ
// only in colour (custom properties), so the structural rules run once, in the light theme, and the
// rules that read colours run in every theme: the whole WCAG AA set per theme at a third of the cost.
const THEMES = ['light', 'dark', 'projector'] as const;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
for (const hash of A11Y_ROUTES) {
  test(`axe: ${hash} (light, dark, projector)`, async ({ page }) => {
    await page.goto('/' + hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0); // formulas rendered
    await expect(page.locator('.loading')).toHaveCount(0);
    const failures: string[] = [];
    for (const theme of THEMES) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const found = await axeViolations(page, theme === 'light' ? undefined : { rules: COLOUR_RULES });
      failures.push(...found.map((v) => `${theme}: ${v}`));
    }
    expect(failures).toEqual([]);
  });
}

// The checker can fail: a low-contrast paragraph and an unlabelled field put into a page are reported.
test('axe reports a planted contrast and label violation', async ({ page }) => {
  await page.goto('/#/demos');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'hard to read';
    p.style.cssText = 'color:#777;background:#888';
    const input = document.createElement('input');
    document.querySelector('main')!.append(p, input);
  });
  const found = await axeViolations(page);
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
  expect(found.some((v) => v.startsWith('label'))).toBe(true);
});
