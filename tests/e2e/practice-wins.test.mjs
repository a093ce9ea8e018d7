// The wins journal: a practice that went well becomes a win in one tap; wins are
// searchable, editable and deletable; every wins screen passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const NOW = new Date('2026-11-29T09:00:00');
const at = (iso, minute = 600) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000) * 86400 + minute * 60;

test('a practice that went well turns into a win, which can be edited, found and deleted', async () => {
  const logs = [{ id: 'p1', t: at('2026-11-28'), p: 'ah', d: 'Asked Ana to carry the box', w: 'Ana', b: 7, a: 2, o: 'c' }];
  const { page, finish } = await app.open('/practice/ask-for-help', {
    clock: NOW,
    storage: onboarded('2026-11-02', { 'closer:e:practice:2026-11': JSON.stringify(logs) }),
  });
  await page.getByRole('button', { name: 'Save as a win: Asked Ana to carry the box' }).click();
  await page.waitForURL(/\/wins\/[0-9a-z-]+$/);
  await page.getByRole('heading', { level: 1, name: 'Your win' }).waitFor();
  assert.equal(await page.getByLabel('What I risked').inputValue(), 'Asked Ana to carry the box (with Ana)');
  assert.equal(await page.getByLabel('How they responded').inputValue(), 'They met it with care.');
  assert.equal(await page.getByLabel('Date').inputValue(), '2026-11-28');
  await checkA11y(page, 'a win');
  await page.getByLabel('What it showed me').fill('People like being asked.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  // Back in the program, the practice now links to its win instead of offering it again.
  await page.goto('/practice/ask-for-help');
  await ready(page);
  await page.getByRole('link', { name: 'Saved as a win: open it' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /Save as a win/ }).count(), 0);

  // Back to Practice, add one by hand, then search.
  await page.getByRole('link', { name: 'Back to Practice' }).click();
  await page.getByRole('link', { name: 'Add a win' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a win' }).waitFor();
  await checkA11y(page, 'add a win');
  await page.getByLabel('Date').fill('2026-11-15');
  await page.getByLabel('What I risked').fill('Told Jo I missed her');
  await page.getByLabel('How they responded').fill('She said she missed me too');
  await page.getByRole('button', { name: 'Keep this win' }).click();
  await page.waitForURL('**/wins');
  await page.getByRole('status').filter({ hasText: '2 wins kept.' }).waitFor();
  await checkA11y(page, 'wins list');

  await page.getByLabel('Search your wins').fill('asked');
  await page.getByRole('status').filter({ hasText: '1 win matches.' }).waitFor();
  await page.getByRole('link', { name: 'Asked Ana to carry the box (with Ana)' }).waitFor();
  await page.getByLabel('Search your wins').fill('missed november');
  await page.getByRole('link', { name: 'Told Jo I missed her' }).waitFor();
  await page.getByLabel('Search your wins').fill('nothing like this');
  await page.getByRole('status').filter({ hasText: 'No wins match' }).waitFor();

  // Delete the hand-written one.
  await page.getByLabel('Search your wins').fill('');
  await page.getByRole('link', { name: 'Told Jo I missed her' }).click();
  await page.getByRole('button', { name: 'Delete this win' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.waitForURL('**/wins');
  await page.getByRole('status').filter({ hasText: '1 win kept.' }).waitFor();
  await page.reload();
  await ready(page);
  await page.getByRole('status').filter({ hasText: '1 win kept.' }).waitFor();
  const wins = JSON.parse((await storageDump(page))['closer:e:win:2026-11']);
  assert.equal(wins.length, 1);
  assert.deepEqual(wins[0], { id: wins[0].id, t: at('2026-11-28'), r: 'Asked Ana to carry the box (with Ana)', h: 'They met it with care.', s: 'People like being asked.', p: 'p1' });
  await finish();
});
