// Storage that loses nothing: an unreadable value is kept aside and reported; a failed
// write keeps the person's words on screen; two tabs see each other's writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, storageDump, checkA11y, ready } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a corrupt stored value: the app starts, says so, and keeps the raw value', async () => {
  const raw = '{"start": 20400, "intention": "half-writ';
  const { page, finish } = await app.open('/', { storage: { 'closer:meta': '{"schema":1}', 'closer:d:profile': raw } });
  await page.getByText("Some saved data couldn't be read").waitFor();
  const dump = await storageDump(page);
  assert.equal(dump['closer:q:closer:d:profile'], raw, 'kept untouched under the quarantine key');
  await checkA11y(page, 'quarantine notice');
  // Downloading it offers the raw text as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download it' }).click()]);
  assert.equal(download.suggestedFilename(), 'closer-unreadable-data.txt');
  // Removing it asks first; only "yes" removes it.
  await page.getByRole('button', { name: "I've kept a copy, remove it" }).click();
  const question = page.getByRole('group', { name: 'Remove it from this browser? Only the copy you downloaded will be left.' });
  await checkA11y(page, 'quarantine notice, confirming the removal');
  await question.getByRole('button', { name: 'Keep it' }).click();
  assert.equal((await storageDump(page))['closer:q:closer:d:profile'], raw, 'still kept');
  await page.getByRole('button', { name: "I've kept a copy, remove it" }).click();
  await question.getByRole('button', { name: 'Yes, remove it' }).click();
  await page.getByText("Some saved data couldn't be read").waitFor({ state: 'detached' });
  assert.equal((await storageDump(page))['closer:q:closer:d:profile'], undefined, 'removed');
  await finish();
});

test('a full storage: the message appears and the words stay on screen', async () => {
  const { ctx, page, finish } = await app.open('/settings', { storage: onboarded() });
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const words = 'Something I really do not want to lose.';
  await page.getByLabel('Your intention, in your own words').fill(words);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert').filter({ hasText: 'storage for this app is full' }).waitFor();
  assert.equal(await page.getByLabel('Your intention, in your own words').inputValue(), words);
  assert.equal(JSON.parse((await storageDump(page))['closer:d:profile']).intention, undefined, 'nothing stored was changed');
  void ctx;
  await finish();
});

test('blocked storage: the intention form keeps its text and says why', async () => {
  const { page, finish } = await app.open('/welcome/intention');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('blocked', 'SecurityError'); };
  });
  await page.getByLabel('In your own words (optional)').fill('Keep me');
  await page.getByRole('button', { name: 'Keep this' }).click();
  await page.getByRole('alert').filter({ hasText: 'not letting this app store anything' }).waitFor();
  assert.equal(await page.getByLabel('In your own words (optional)').inputValue(), 'Keep me');
  await finish();
});

test('two tabs: a write in one shows up in the other', async () => {
  const { ctx, page, finish } = await app.open('/', { storage: onboarded() });
  await page.getByText('More for today').click();
  const other = await ctx.newPage();
  await other.goto('/settings');
  await ready(other);
  await other.getByLabel('Your intention, in your own words').fill('Written in the second tab.');
  await other.getByRole('button', { name: 'Save' }).click();
  await other.getByText('Saved.').waitFor();
  await page.getByText('Written in the second tab.').waitFor();
  await finish();
});
