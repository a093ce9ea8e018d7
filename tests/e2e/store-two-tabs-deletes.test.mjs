// Two open tabs: what one tab deletes stays deleted, even while the other tab is still
// looking after that entry, which it saved a moment ago (state/collection.rs `look_after`, for ten
// seconds). Checked after more than twelve seconds, in storage and after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, ready, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const WORDS = 'Told Jo I missed her';

/** Tab `page` keeps a win from the wins form and stays on the list (it looks after it). */
async function keepWin(page) {
  await page.getByLabel('What I risked', { exact: true }).fill(WORDS);
  await page.getByRole('button', { name: 'Keep this win' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wins journal' }).waitFor();
  await page.getByRole('link', { name: WORDS }).waitFor();
}

async function storedWins(page) {
  return Object.entries(await storageDump(page))
    .filter(([k]) => k.startsWith('closer:e:win:'))
    .flatMap(([, v]) => JSON.parse(v));
}

test('a win deleted in one tab stays deleted while the tab that saved it is still open', async () => {
  const { ctx, page: saver, finish } = await app.open('/wins/new', { storage: onboarded() });
  const deleter = await ctx.newPage();
  await deleter.goto('/wins');
  await ready(deleter);
  await keepWin(saver);
  // The other tab hears of the win, opens it and deletes it, a moment after it was saved.
  await deleter.getByRole('link', { name: WORDS }).click();
  await deleter.getByRole('button', { name: 'Delete this win' }).click();
  await deleter.getByRole('button', { name: 'Yes, delete it' }).click();
  await deleter.getByRole('heading', { level: 1, name: 'Wins journal' }).waitFor();
  assert.equal((await storedWins(deleter)).length, 0, 'deleted');
  // Longer than the saving tab looks after its save (10 s) and its last look (5 s).
  await saver.waitForTimeout(12_500);
  assert.deepEqual(await storedWins(saver), [], 'the win did not come back into storage');
  await saver.getByRole('link', { name: WORDS }).waitFor({ state: 'detached' });
  await deleter.reload();
  await ready(deleter);
  assert.equal(await deleter.getByRole('link', { name: WORDS }).count(), 0, 'not listed after a reload');
  await finish();
});

test('"Delete everything" in one tab stays done while another tab looks after a save, and takes the shared file too', async () => {
  const { ctx, page: saver, finish } = await app.open('/wins/new', { storage: onboarded() });
  const eraser = await ctx.newPage();
  await eraser.goto('/settings/data');
  await ready(eraser);
  await keepWin(saver);
  // A moving file shared to the installed app waits in Cache Storage (public/sw.js).
  await eraser.evaluate(async () => {
    const inbox = await caches.open('inbox-v1');
    await inbox.put('/move/inbox', new Response('{"closer":"a plain backup"}'));
  });
  await eraser.getByRole('button', { name: 'Delete everything…' }).click();
  await eraser.getByRole('button', { name: 'Yes, delete everything' }).click();
  await eraser.waitForURL('**/welcome');
  await ready(eraser);
  await saver.waitForTimeout(12_500);
  const left = Object.keys(await storageDump(saver)).filter((k) => k !== 'closer:meta');
  assert.deepEqual(left, [], 'nothing came back into storage, the win least of all');
  assert.equal(await eraser.evaluate(() => caches.has('inbox-v1')), false, 'the shared moving file went too');
  await eraser.reload();
  await ready(eraser);
  await eraser.waitForURL('**/welcome');
  await finish();
});
