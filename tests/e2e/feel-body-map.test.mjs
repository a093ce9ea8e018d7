// A body-map sensation is stored with the check-in; the guide's hint offers words as a
// "maybe"; insights pair the sensation with the feeling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('tight chest + a hinted word, stored together and shown in insights', async () => {
  const { page, finish } = await app.open('/body', { clock: new Date('2026-11-29T12:00:00'), storage: onboarded('2026-11-09') });
  await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
  await checkA11y(page, 'body map');

  await page.getByRole('button', { name: 'Chest' }).click();
  const sensations = page.getByRole('group', { name: 'Chest: what do you notice?' });
  await sensations.getByRole('button', { name: 'tight' }).click();
  await page.getByRole('button', { name: 'Chest, 1 noted' }).waitFor();
  await page.getByText('A tight chest or shallow breathing sometimes comes with worry or fear.').waitFor();
  await checkA11y(page, 'body map with a hint');
  await page.locator('.body-hints').getByRole('button', { name: 'anxious' }).click();
  await page.getByText('I feel: anxious').waitFor();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();

  const bucket = JSON.parse((await storageDump(page))['closer:e:ci:2026-11']);
  assert.deepEqual(bucket[0].w, ['anxious']);
  assert.deepEqual(bucket[0].b, [['chest', 'tight']]);

  await page.goto('/insights');
  await page.getByRole('heading', { level: 1, name: 'What your check-ins show' }).waitFor();
  const row = page.getByRole('row', { name: /tight chest/ });
  assert.match(await row.textContent(), /anxious \(1\)/);
  await checkA11y(page, 'insights');
  await finish();
});

test('the guided body scan steps through and ends with a way to note what was found', async () => {
  const { page, finish } = await app.open('/body/scan', { clock: new Date('2026-11-29T12:00:00'), storage: onboarded('2026-11-09') });
  await checkA11y(page, 'body scan intro');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByText('Step 1 of 8').waitFor();
  await checkA11y(page, 'body scan step');
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Step 8 of 8').waitFor();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('link', { name: 'Note what you found on the body map' }).waitFor();
  await finish();
});
