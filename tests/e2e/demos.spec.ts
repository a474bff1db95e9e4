// The four demos: keyboard-operable sliders whose values live in the URL, state restored from a
// link, and no NaN or Infinity on screen anywhere in the parameter ranges (checked on a grid).
import { expect, test } from './fixtures';

const noBadNumbers = async (page: import('@playwright/test').Page, where: string) => {
  const text = await page.getByRole('main').innerText();
  expect(text, where).not.toMatch(/NaN|Infinity/);
};

test('PPO: arrow keys on a slider move ε and the URL; the batch table follows', async ({ page }) => {
  await page.goto('/#/demos/ppo');
  const eps = page.getByRole('slider', { name: 'Clip range ε (low side)' });
  await eps.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/eps=0\.22/);
  await expect(eps).toHaveAttribute('aria-valuetext', '0.22');
  // sample 3 (r = 1.4, A = 1) is clipped at 1 + ε = 1.22
  await expect(page.getByRole('row', { name: /^3 / })).toContainText('1.22');
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Clip range ε (low side)' })).toHaveValue('0.22');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).toHaveURL(/#\/demos\/ppo$/);
});

test('DPO: a link restores every parameter and the numbers it implies', async ({ page }) => {
  await page.goto('/#/demos/dpo?pc=-10&pr=-11&rc=-12&rr=-10&beta=0.5&variant=ipo');
  await expect(page.getByRole('slider', { name: /β/ })).toHaveValue('0.5');
  await expect(page.getByRole('radio', { name: 'IPO' })).toBeChecked();
  const readouts = page.locator('dl.readouts').first();
  // h = (−10 + 12) − (−11 + 10) = 3; IPO loss (3 − 1)² = 4; margin β·h = 1.5
  await expect(readouts).toContainText('3');
  await expect(readouts).toContainText('1.5');
  await expect(readouts.locator('dd').nth(4)).toHaveText('4');
});

test('GRPO: equal rewards give zero signal; toggling an answer changes the advantages', async ({ page }) => {
  await page.goto('/#/demos/grpo?r=1,1,1,1');
  await expect(page.getByRole('note')).toContainText('every advantage is 0');
  await page.getByRole('button', { name: 'Toggle answer 2' }).click();
  await expect(page).toHaveURL(/r=1%2C0%2C1%2C1|r=1,0,1,1/);
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('radio', { name: 'nothing (Dr. GRPO)' }).check();
  // mean 0.75: advantages 0.25, −0.75, 0.25, 0.25
  await expect(page.getByRole('row', { name: /Answer 2/ })).toContainText('-0.75');
});

test('IFD: pasted log-probs are scored; bad input is explained', async ({ page }) => {
  await page.goto('/#/demos/ifd');
  await page.getByLabel('Log-probs of the answer given the instruction').fill('-1 -3');
  await page.getByLabel('Log-probs of the answer alone').fill('[-2, -6]');
  await expect(page.locator('dl.readouts').first()).toContainText('0.5');
  await page.getByLabel('Log-probs of the answer alone').fill('-2 0.5');
  await expect(page.getByText('a log-probability is never above 0')).toBeVisible();
  await noBadNumbers(page, 'ifd with bad input');
});

test('no NaN or Infinity anywhere on a grid of every demo parameter, extremes included', async ({ page }) => {
  test.setTimeout(180_000);
  const grids: string[] = [];
  for (const eps of [0, 0.2, 0.9]) for (const epsHigh of [0, 0.9]) grids.push(`#/demos/ppo?eps=${eps}&epsHigh=${epsHigh}&batch=0:0,5:10,0:-10,1:0`);
  for (const lp of [-60, 0]) for (const beta of [0.01, 2]) for (const variant of ['sigmoid', 'ipo', 'cdpo']) grids.push(`#/demos/dpo?pc=${lp}&pr=${-60 - lp}&rc=0&rr=-60&beta=${beta}&variant=${variant}&ls=0.49&steps=200&lr=5`);
  for (const r of ['1,1,1,1', '100,-100', '5', '0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1']) for (const scale of ['group', 'batch', 'none']) grids.push(`#/demos/grpo?r=${r}&scale=${scale}&std=population&g=1&drift=1&beta=1&eps=0`);
  for (const lambda of [0, 0.9]) for (const rate of [0, 1]) grids.push(`#/demos/ifd?lambda=${lambda}&rate=${rate}&c=&a=0`);
  await page.goto('/#/demos');
  for (const hash of grids) {
    await page.evaluate((h) => (window.location.hash = h), hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    await noBadNumbers(page, hash);
  }
});
