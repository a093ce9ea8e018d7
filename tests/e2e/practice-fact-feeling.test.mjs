// Fact + feeling: compose today's statement from a fact and a word of the feelings list,
// and keep it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a fact + feeling statement is composed, kept and shown as today\'s', async () => {
  const { page, finish } = await app.open('/practice/fact-feeling', { clock: new Date('2026-11-29T09:00:00'), storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Fact + feeling' }).waitFor();
  await checkA11y(page, 'fact + feeling');
  await page.getByLabel('What happened').fill('work was busy.');
  await page.getByRole('button', { name: 'Keep this statement' }).click();
  await page.getByText('Pick a feeling.').waitFor();
  await page.getByText('All words as a list').click();
  await page.getByRole('button', { name: 'overwhelmed', exact: true }).click();
  await page.getByText('Chosen: overwhelmed').waitFor();
  assert.match(await page.textContent('.preview'), /Work was busy, and I feel overwhelmed\./);
  await page.getByRole('button', { name: 'Keep this statement' }).click();
  await page.getByRole('status').filter({ hasText: 'Kept.' }).waitFor();
  assert.equal(await page.getByLabel('What happened').inputValue(), '', 'the form is ready for another');

  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.statement').textContent(), 'Work was busy, and I feel overwhelmed.');
  await page.getByRole('listitem').filter({ hasText: 'Work was busy, and I feel overwhelmed.' }).waitFor();
  await checkA11y(page, 'fact + feeling with a statement');
  await finish();
});
