// The privacy advice is true: a backup or moving file left in email or a cloud drive is
// said to stay there (and to delete it after a move); calendar reminders are neutral by
// default, and the screen says so; "Delete everything" says what it can't reach (files
// already saved or sent, the home-screen icon).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const fileText = async (download) => (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));

test('the safety page says what stays behind: copies in email or a drive, calendars, exported files, the icon', async () => {
  const { page, finish } = await app.open('/safety', { clock: CLOCK, storage: onboarded() });
  const privacy = await page.locator('section[aria-labelledby="privacy"]').textContent();
  assert.doesNotMatch(privacy, /nobody can see your entries from another device/, 'no promise a copy in email breaks');
  assert.match(privacy, /email to yourself or save to a cloud drive stays there/);
  assert.match(privacy, /delete it there too/);
  assert.match(privacy, /doesn't remove Closer's icon from your home screen/);
  assert.match(privacy, /simply called “A short pause”/);
  await finish();
});

test('calendar reminders name nothing of Closer or feelings unless asked, and the screen says so', async () => {
  const { page, finish } = await app.open('/reminders', { acceptDownloads: true, clock: new Date('2026-11-29T08:00:00'), storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Check-in reminders' }).waitFor();
  assert.match(await page.textContent('main'), /simply called “A short pause”: they don't mention Closer, check-ins or feelings/);
  const get = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click()]);
    return { name: download.suggestedFilename(), text: await fileText(download) };
  };
  const neutral = await get();
  assert.equal(neutral.name, 'reminders.ics');
  assert.doesNotMatch(neutral.text, /closer|check|feel/i, 'nothing in the file names Closer or feelings');
  assert.equal(neutral.text.match(/SUMMARY:A short pause\r\n/g).length, 3);
  await checkA11y(page, 'reminders');

  await page.getByLabel(/Say what the events are for/).check();
  const named = await get();
  assert.equal(named.name, 'closer-check-ins.ics');
  assert.match(named.text, /SUMMARY:Closer: morning check-in/);
  await finish();
});

test('"Delete everything" and moving say what they can\'t reach', async () => {
  const { page, finish } = await app.open('/settings/data', { clock: CLOCK, storage: seeded() });
  const erase = page.locator('section[aria-labelledby="erase-heading"]');
  await erase.getByRole('heading', { name: 'Delete everything' }).waitFor();
  assert.match(await erase.textContent(), /can't reach files you've already saved or sent.*home screen/s);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
  assert.match(await erase.textContent(), /doesn't remove Closer's icon from your home screen/);
  await page.getByRole('button', { name: 'Keep my data' }).click();

  await page.goto('/move');
  await page.getByRole('heading', { level: 1, name: 'Moving to a new phone' }).waitFor();
  assert.match(await page.locator('section.how').textContent(), /Once a move is done, delete it there too/);
  await finish();
});
