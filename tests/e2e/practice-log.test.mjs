// Practice programs: log a practice at level 1 in seconds and find it in the program view
// after a reload; the programs list, a program view and the log form pass axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a practice logged at level 1 is in the program view after reload', async () => {
  const { page, finish } = await app.open('/practice', { clock: new Date('2026-11-29T09:00:00'), storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
  assert.match(await page.textContent('main'), /Now: Level 1, everyday feelings/);
  await checkA11y(page, 'practice list');

  await page.getByRole('link', { name: 'Sharing feelings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sharing feelings' }).waitFor();
  await page.getByRole('heading', { name: 'Where you are: Level 1, everyday feelings' }).waitFor();
  await checkA11y(page, 'program view (empty)');

  await page.getByRole('link', { name: 'Log a practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log a practice' }).waitFor();
  await checkA11y(page, 'log form');
  // Nothing typed yet: the form says what's missing and keeps the person on it.
  await page.getByRole('button', { name: 'Save practice' }).click();
  await page.getByText('Write a few words about what you did.').waitFor();

  await page.getByLabel('What I did').fill('Told Sam I was looking forward to Friday');
  await page.getByLabel('With whom').fill('Sam');
  await page.getByLabel('Discomfort before').fill('6');
  await page.getByLabel('Discomfort after').fill('3');
  await page.getByRole('button', { name: 'Save practice' }).click();
  await page.getByText('Choose how it went.').waitFor();
  await page.getByLabel('Met with care').check();
  await page.getByLabel('Note').fill('Easier than I thought.');
  await page.getByRole('button', { name: 'Save practice' }).click();

  await page.waitForURL('**/practice/expression');
  await page.reload();
  await ready(page);
  const main = page.locator('main');
  await main.getByText('Told Sam I was looking forward to Friday').waitFor();
  const text = await main.textContent();
  assert.match(text, /29 Nov 2026 · Level 1 · with Sam/);
  assert.match(text, /Discomfort 6 before, 3 after · Met with care/);
  assert.match(text, /Practices logged\s*1/);
  assert.match(text, /One practice so far, on 29 Nov 2026: discomfort 6 before and 3 after\./);
  // One practice is a sentence; the chart comes from two periods on.
  assert.equal(await page.getByRole('img', { name: 'Discomfort over time' }).count(), 0, 'no chart of a single practice');
  await checkA11y(page, 'program view with a practice');

  const stored = Object.entries(await storageDump(page)).find(([k]) => k === 'closer:e:practice:2026-11');
  assert.ok(stored, 'kept in this month\'s bucket');
  const [entry] = JSON.parse(stored[1]);
  assert.deepEqual(Object.keys(entry).sort(), ['a', 'b', 'd', 'id', 'n', 'o', 'p', 't', 'w']);
  assert.equal(entry.p, 'ex');

  await page.goto('/practice');
  await ready(page);
  assert.match(await page.textContent('main'), /done today/);
  await finish();
});

test('a practice logged by mistake can be deleted, after a confirmation', async () => {
  const t = (iso) => Math.floor(Date.parse(`${iso}Z`) / 1000);
  const storage = onboarded('2026-11-02', {
    'closer:e:practice:2026-11': JSON.stringify([
      { id: 'p1', t: t('2026-11-27T18:00:00'), p: 'ex', d: 'Said I felt left out', b: 7, a: 4, o: 'c' },
      { id: 'p2', t: t('2026-11-28T18:00:00'), p: 'ex', d: 'Logged twice by mistake', b: 5, a: 5, o: 'n' },
    ]),
  });
  const { page, finish } = await app.open('/practice/expression', { clock: new Date('2026-11-29T09:00:00'), storage });
  await page.getByText('Logged twice by mistake').waitFor();
  await page.getByRole('button', { name: 'Delete: Logged twice by mistake' }).click();
  const confirm = page.getByRole('group', { name: 'Delete this practice?' });
  await confirm.getByText('A win you saved from it stays.').waitFor();
  await checkA11y(page, 'deleting a practice');
  // Keeping it changes nothing.
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('button', { name: 'Delete: Logged twice by mistake' }).click();
  await page.getByRole('group', { name: 'Delete this practice?' }).getByRole('button', { name: 'Delete it' }).click();
  await page.getByText('Logged twice by mistake').waitFor({ state: 'detached' });
  assert.match(await page.textContent('main'), /Practices logged\s*1/);

  await page.reload();
  await ready(page);
  await page.getByText('Said I felt left out').waitFor();
  assert.equal(await page.getByText('Logged twice by mistake').count(), 0);
  const bucket = JSON.parse((await storageDump(page))['closer:e:practice:2026-11']);
  assert.deepEqual(bucket.map((e) => e.id), ['p1']);
  await finish();
});
