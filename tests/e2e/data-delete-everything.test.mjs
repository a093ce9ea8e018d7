// Delete everything: the confirmation says what will be lost; afterwards storage is empty.
// Storage health: space used, and asking the browser to keep the data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, storageDump, ready } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('delete everything says what will be lost, and leaves nothing behind', async () => {
  const { page, finish } = await app.open('/settings/data', { storage: seeded(), clock: CLOCK });
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByText('3 wins, your start date, intention and settings').waitFor();
  await checkA11y(page, 'delete everything, confirm');
  await page.getByRole('button', { name: 'Keep my data' }).click();
  assert.ok((await storageDump(page))['closer:e:win:2026-11'], 'cancel keeps everything');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.waitForURL('**/welcome');
  await ready(page);
  const keys = Object.keys(await storageDump(page));
  assert.deepEqual(keys.filter((k) => k !== 'closer:meta'), [], 'only the fresh start marker, no data');
  assert.equal(await page.evaluate(() => localStorage.getItem('e2e-seeded')), '1', 'other keys are not ours to delete');
  await finish();
});

test('storage health shows space used and asks the browser to keep the data', async () => {
  const { page, finish } = await app.open('/settings/storage', { storage: seeded(), clock: CLOCK });
  await page.getByRole('heading', { level: 1, name: 'Storage' }).waitFor();
  await page.getByText(/Closer uses about 1 KB of the 5\.0 MB it plans for \(1%\)\./).waitFor();
  await page.getByText('keeps its own data, separate from Closer opened in Safari', { exact: false }).waitFor();
  await checkA11y(page, 'storage');
  const ask = page.getByRole('button', { name: "Ask the browser to keep Closer's data" });
  if (await ask.isVisible()) {
    await ask.click();
    await page.getByText('You asked just now').waitFor();
  }
  await page.getByRole('status').filter({ hasText: /Your browser (has agreed|hasn't promised)|can't say/ }).waitFor();
  await finish();
});

test('the backup reminder appears after a month of writing and "Not now" quiets it', async () => {
  const { page, finish } = await app.open('/', { storage: seeded(), clock: CLOCK });
  const reminder = page.getByText('Time for a backup?');
  await reminder.waitFor();
  await checkA11y(page, 'backup reminder');
  await page.getByRole('button', { name: 'Not now' }).click();
  await reminder.waitFor({ state: 'detached' });
  const log = JSON.parse((await storageDump(page))['closer:d:backup']);
  assert.ok(log.z > 0, 'the snooze is remembered');
  await finish();
});
