// A returning person records a check-in in three taps (the tab, a word, save); it is
// still there after a reload, and can be edited and deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const clock = new Date('2026-11-29T10:15:00');

test('three taps: Check in, a word, Save — and it survives a reload', async () => {
  // Started six days ago: week 1, so the first depth (pleasant / neutral / unpleasant).
  const { page, finish } = await app.open('/', { clock, storage: onboarded('2026-11-23') });
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click(); // 1
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  await checkA11y(page, 'check-in, week 1');
  await page.getByRole('button', { name: 'pleasant', exact: true }).click();                        // 2
  await page.getByRole('button', { name: 'Save check-in' }).click();                                 // 3
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();

  const bucket = JSON.parse((await storageDump(page))['closer:e:ci:2026-11']);
  assert.equal(bucket.length, 1);
  assert.deepEqual(bucket[0].w, ['pleasant']);
  assert.ok(bucket[0].id && typeof bucket[0].t === 'number', 'id and t are stored');

  await page.reload();
  await ready(page);
  const today = page.getByRole('region', { name: 'Today so far' });
  await today.getByRole('link', { name: /10:15 · pleasant/ }).waitFor();
  await finish();
});

test('a check-in can be edited (with a note and intensity) and deleted', async () => {
  const seeded = onboarded('2026-11-23', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'abc-0001', t: Math.floor(Date.UTC(2026, 10, 29, 9, 5) / 1000), w: ['neutral'] }]),
  });
  const { page, finish } = await app.open('/checkin', { clock, storage: seeded });
  await page.getByRole('link', { name: /09:05 · neutral/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Your check-in' }).waitFor();
  assert.match(page.url(), /\/checkin\/abc-0001$/);
  await checkA11y(page, 'edit check-in');

  await page.getByRole('button', { name: 'unpleasant', exact: true }).click();
  await page.getByText('How strong, a note, the time').click();
  await page.getByLabel('Note (optional)').fill('Long meeting.');
  await page.getByLabel(/How strong/).fill('6');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  let bucket = JSON.parse((await storageDump(page))['closer:e:ci:2026-11']);
  assert.deepEqual(bucket[0], { id: 'abc-0001', t: bucket[0].t, w: ['neutral', 'unpleasant'], i: 6, n: 'Long meeting.' });

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.equal((await storageDump(page))['closer:e:ci:2026-11'], undefined, 'the empty month is removed');
  assert.match(await page.textContent('main'), /No check-ins yet today/);
  await finish();
});
