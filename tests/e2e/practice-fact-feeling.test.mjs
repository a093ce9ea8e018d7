// Fact + feeling: compose today's statement from a fact and a word of the feelings list,
// and keep it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';
import { at } from './lib/daily.mjs';

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

test('deleting a kept statement asks first; "Keep it" changes nothing', async () => {
  const kept = [
    { id: 'a', t: at('2026-11-27', 20), f: 'Dinner ran late', e: 'tired' },
    { id: 'b', t: at('2026-11-28', 20), f: 'A friend called', e: 'glad' },
  ];
  const { page, finish } = await app.open('/practice/fact-feeling', {
    clock: new Date('2026-11-29T09:00:00'),
    storage: onboarded('2026-11-02', { 'closer:e:factfeel:2026-11': JSON.stringify(kept) }),
  });
  await page.getByRole('heading', { level: 1, name: 'Fact + feeling' }).waitFor();
  const before = await storageDump(page);
  const del = page.getByRole('button', { name: 'Delete the statement of 28 Nov 2026' });
  await del.click();
  const question = page.getByRole('group', { name: "Delete this statement for good? This can't be undone." });
  await checkA11y(page, 'fact + feeling, confirming a delete');
  await question.getByRole('button', { name: 'Keep it' }).click();
  await question.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Delete the statement of 28 Nov 2026', 'focus is back on the button');
  assert.deepEqual(await storageDump(page), before, 'nothing was deleted');

  await del.click();
  await question.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByRole('listitem').filter({ hasText: 'A friend called' }).waitFor({ state: 'detached' });
  await page.getByRole('listitem').filter({ hasText: 'Dinner ran late' }).waitFor();
  const left = JSON.parse((await storageDump(page))['closer:e:factfeel:2026-11']).map((s) => s.id);
  assert.deepEqual(left, ['a']);
  await finish();
});
