// Logging a withdrawal urge takes a few taps, and it is counted after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('urge log: log an urge and see it counted after reload', async () => {
  const { page, finish } = await app.open('/moment/urge', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Log an urge' }).waitFor();
  await page.getByText('No urges logged today.').waitFor();
  await checkA11y(page, '/moment/urge');

  // Saving without "where" asks for it, and keeps what was chosen.
  await page.getByRole('radio', { name: 'I stayed' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'Pick where it happened' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'I stayed' }).isChecked());

  await page.getByRole('radio', { name: 'Closeness' }).check();
  await page.getByRole('radio', { name: '4' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
  await page.getByText('1 urge logged today.').waitFor();

  const stored = Object.entries(await storageDump(page)).filter(([k]) => k.startsWith('closer:e:urge:'));
  assert.equal(stored.length, 1);
  const [entry] = JSON.parse(stored[0][1]);
  assert.deepEqual({ s: entry.s, i: entry.i, a: entry.a }, { s: 'c', i: 4, a: 's' });

  await page.reload();
  await page.getByText('1 urge logged today.').waitFor();

  await page.getByRole('link', { name: 'See the weeks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your urges over the weeks' }).waitFor();
  await page.getByText('In the last 8 weeks you noticed 1 urge to pull away and stayed or came back once.').waitFor();
  await checkA11y(page, '/urges');
  await finish();
});

test('an urge noticed last night can be logged for yesterday', async () => {
  const { page, finish } = await app.open('/moment/urge', { clock: new Date('2026-11-29T08:15:00'), storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Log an urge' }).waitFor();
  await page.getByRole('radio', { name: 'Conflict' }).check();
  await page.getByText('Time and a note').click();
  await page.getByLabel('Which day').selectOption({ label: 'Yesterday' });
  await page.getByLabel('What time').fill('22:40');
  await checkA11y(page, 'urge log with the day and time open');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
  // Yesterday's urge isn't one of today's.
  await page.getByText('No urges logged today.').waitFor();
  assert.equal(await page.getByLabel('Which day').inputValue(), '0', 'the form is back to today');

  const [entry] = JSON.parse((await storageDump(page))['closer:e:urge:2026-11']);
  const at = new Date(entry.t * 1000);
  assert.deepEqual([at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()], [28, 22, 40]);
  await finish();
});

test('deleting an urge asks first; Escape and "Keep it" change nothing', async () => {
  const { page, finish } = await app.open('/moment/urge', { clock: new Date('2026-11-29T09:00:00'), storage: onboarded() });
  for (const [where, strength] of [['Closeness', '4'], ['Conflict', '2']]) {
    await page.getByRole('radio', { name: where }).check();
    await page.getByRole('radio', { name: strength }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
  }
  await page.getByRole('link', { name: 'See the weeks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your urges over the weeks' }).waitFor();
  const before = await storageDump(page);
  const del = page.getByRole('button', { name: /^Delete: 29 Nov 2026 .*Closeness, strength 4$/ });

  // One tap only asks; the question has focus, so a screen reader reads it out.
  await del.click();
  const question = page.getByRole('group', { name: "Delete this urge from your log? This can't be undone." });
  await question.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Delete this urge from your log? This can't be undone.");
  await checkA11y(page, 'urge stats, confirming a delete');
  // Escape closes the question and puts focus back where it was.
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), await del.getAttribute('aria-label'));
  await del.click();
  await question.getByRole('button', { name: 'Keep it' }).click();
  assert.deepEqual(await storageDump(page), before, 'nothing was deleted');

  await del.click();
  await question.getByRole('button', { name: 'Yes, delete it' }).click();
  await del.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /^Delete: 29 Nov 2026 .*Conflict, strength 2$/ }).waitFor();
  const [left] = JSON.parse((await storageDump(page))['closer:e:urge:2026-11']).map((u) => u.i);
  assert.equal(left, 2, 'only the chosen urge went');
  await finish();
});
