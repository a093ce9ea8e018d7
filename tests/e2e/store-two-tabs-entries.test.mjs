// Two open tabs adding entries: neither drops the other's, and each sees both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, ready, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

async function logUrge(page, where, intensity) {
  await page.getByRole('radio', { name: where }).check();
  await page.getByRole('radio', { name: String(intensity) }).check();
  await page.getByRole('radio', { name: 'I stayed' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
}

test('entries written in two tabs are all kept and shown in both', async () => {
  const { ctx, page: first, finish } = await app.open('/moment/urge', { storage: onboarded() });
  const second = await ctx.newPage();
  await second.goto('/moment/urge');
  await ready(second);
  // Both tabs loaded the same (empty) list before either wrote.
  await first.getByText('No urges logged today.').waitFor();
  await second.getByText('No urges logged today.').waitFor();

  await logUrge(first, 'Closeness', 3);
  await logUrge(second, 'Conflict', 5);

  // Each tab sees both (a browser may pass one tab's write to the other a moment later).
  await first.getByText('2 urges logged today.').waitFor();
  await second.getByText('2 urges logged today.').waitFor();
  const buckets = Object.entries(await storageDump(first)).filter(([k]) => k.startsWith('closer:e:urge:'));
  const stored = buckets.flatMap(([, v]) => JSON.parse(v));
  assert.equal(stored.length, 2, 'the second tab kept the first tab\'s entry');
  await first.reload();
  await ready(first);
  await first.getByText('2 urges logged today.').waitFor();
  await finish();
});
