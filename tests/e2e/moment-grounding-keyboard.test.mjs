// 5-4-3-2-1 grounding can be done start to finish with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('grounding: Help now is one tap away, and 5-4-3-2-1 completes by keyboard', async () => {
  const { page, finish } = await app.open('/', { storage: onboarded() });
  await page.getByRole('navigation', { name: 'Always here' }).getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
  await checkA11y(page, '/moment');

  await page.getByRole('link', { name: /Ground me/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Grounding: 5-4-3-2-1' }).waitFor();
  await checkA11y(page, '/moment/grounding');

  // Reach the word box by keyboard from the heading.
  const box = page.getByLabel(/Something you can see/);
  await page.getByRole('heading', { level: 1 }).focus();
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'the word box is reachable by Tab');

  await page.keyboard.type('lamp');
  await page.keyboard.press('Enter');
  await page.getByText('1 of 5').waitFor();
  await page.getByText('lamp', { exact: true }).waitFor();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Four things you can touch' }).waitFor();
  assert.ok(await page.getByLabel(/Something you can touch/).evaluate((el) => el === document.activeElement), 'focus stays in the box');
  for (let i = 0; i < 4 + 3 + 2; i++) await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'One thing you can taste' }).waitFor();
  await page.keyboard.type('tea');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: "You're here" }).waitFor();
  await checkA11y(page, '/moment/grounding (done)');
  await finish();
});
