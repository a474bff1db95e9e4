// Lecture mode: a deck presented start to end by keyboard alone, the speaker view kept in sync, a
// personal deck built with "Present this", and the printed handout one slide per page.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('a deck is presented by keyboard alone, in the projector theme, and reload keeps the slide', async ({ page }) => {
  await page.goto('/#/present');
  const deck = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Post-training at a glance' }) });
  await deck.getByRole('link', { name: 'Start presenting' }).click();
  await expect(page).toHaveURL(/#\/present\/overview-lecture\/1$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const count = page.getByRole('status').filter({ hasText: /^Slide \d+ of \d+/ });
  await expect(count).toHaveText(/^Slide 1 of (\d+)/);
  const total = Number((await count.textContent())!.match(/of (\d+)/)![1]);

  // → walks every build step, then the next slide: the whole deck by keyboard alone.
  let presses = 0;
  for (let n = 2; n <= total; n++) {
    do {
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.url()).not.toBe(before);
      presses++;
    } while (!new RegExp(`/present/overview-lecture/${n}$`).test(page.url()) && presses < 100);
    await expect(page).toHaveURL(new RegExp(`/present/overview-lecture/${n}$`));
  }
  expect(presses).toBeGreaterThan(total - 1); // the deck has build steps, and they were walked
  await page.keyboard.press('ArrowRight'); // the end stays at the end
  await expect(count).toHaveText(new RegExp(`^Slide ${total} of ${total}`));
  await page.keyboard.press('Home');
  await expect(count).toHaveText(/^Slide 1 of/);
  await page.keyboard.press('End');
  await expect(count).toHaveText(new RegExp(`^Slide ${total} of`));
  await page.keyboard.press('ArrowLeft');
  await expect(count).toHaveText(new RegExp(`^Slide ${total - 1} of`));

  // O: overview of all slides; Esc closes
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // G: go to slide 1
  await page.keyboard.press('g');
  const gotoBox = page.getByRole('dialog', { name: 'Go to slide' }).getByRole('spinbutton');
  await gotoBox.fill('1');
  await gotoBox.press('Enter');
  await expect(count).toHaveText(/^Slide 1 of/);
  // ?: help; B: blank, any key returns
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(page.locator('.present-blank')).toBeVisible();
  await page.keyboard.press('x');
  await expect(page.locator('.present-blank')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await page.reload();
  await expect(count).toHaveText(/^Slide 2 of/);
});

// The other two shipped decks, start to end by → alone (the first test walks the overview deck).
for (const deckId of ['alignment-rlhf-to-dpo', 'reasoning-grpo-r1']) {
  test(`the ${deckId} deck runs start to end by keyboard`, async ({ page }) => {
    await page.goto(`/#/present/${deckId}/1`);
    const count = page.getByRole('status').filter({ hasText: /^Slide \d+ of \d+/ });
    await expect(count).toHaveText(/^Slide 1 of (\d+)/);
    const total = Number((await count.textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(10);
    for (let presses = 0; presses < 120 && !new RegExp(`/present/${deckId}/${total}$`).test(page.url()); presses++) {
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.url()).not.toBe(before);
      await expect(page.locator('.error-panel')).toHaveCount(0);
    }
    await expect(count).toHaveText(new RegExp(`^Slide ${total} of ${total}`));
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  });
}

test('the speaker view shows notes and drives the projector window', async ({ page, context }) => {
  await page.goto('/#/present/overview-lecture/1');
  await expect(page.getByRole('status').filter({ hasText: /^Slide 1 of/ })).toBeVisible();
  const speaker = await context.newPage();
  await speaker.goto('/#/present/overview-lecture/1?speaker');
  await expect(speaker.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
  await expect(speaker.locator('.speaker-notes')).not.toBeEmpty();
  await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  await speaker.keyboard.press('ArrowRight');
  await expect(speaker).toHaveURL(/overview-lecture\/2\?speaker/);
  await expect(page).toHaveURL(/overview-lecture\/2$/);
  // and back the other way
  await page.keyboard.press('ArrowLeft');
  await expect(speaker).toHaveURL(/overview-lecture\/1\?speaker/);
});

test('"Present this" builds a personal deck that can be reordered and exported', async ({ page }) => {
  await page.goto('/#/timeline?from=2020&to=2023');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Present this' }).click();
  await page.goto('/#/formulas/ppo-clipped-objective');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Present this' }).click();
  await page.goto('/#/present');
  const mine = page.getByRole('region', { name: 'Your deck' });
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  await mine.getByRole('button', { name: /^Move down: Timeline/ }).click();
  await expect(mine.getByRole('listitem').first()).toContainText('PPO clipped surrogate objective');
  const [download] = await Promise.all([page.waitForEvent('download'), mine.getByRole('button', { name: 'Export as YAML' }).click()]);
  const yaml = await readFile((await download.path())!, 'utf8');
  expect(yaml).toContain('view: "#/formulas/ppo-clipped-objective"');
  expect(yaml).toContain('view: "#/timeline?from=2020&to=2023"');
  await mine.getByRole('link', { name: 'Start presenting' }).click();
  await expect(page).toHaveURL(/#\/present\/my-deck\/1/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PPO clipped surrogate objective');
});

test('printing a deck gives one page per slide', async ({ page }) => {
  await page.goto('/#/present/overview-lecture/1?print');
  const slides = page.locator('.print-slide');
  await expect(slides.first()).toBeVisible();
  const n = await slides.count();
  await page.waitForTimeout(500); // let lazy views settle
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(n);
});
