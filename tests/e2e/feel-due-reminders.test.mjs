// Reminders: due check-ins appear at the set times (controlled clock), a check-in clears
// them, a notification shows while the app is open, and the calendar file is offered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, onboarded, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a check-in is due at its time, and doing it clears it', async () => {
  const { page, finish } = await app.open('/reminders', { clock: new Date('2026-11-29T08:50:00'), storage: onboarded('2026-11-02') });
  const card = page.getByRole('region', { name: 'Check-ins' });
  await card.getByText('Nothing waiting. The next check-in is at 09:00.').waitFor();
  await checkA11y(page, 'reminders');

  await page.clock.runFor(11 * 60_000);
  await card.getByText('Your morning check-in (09:00) is waiting.').waitFor();
  await checkA11y(page, 'reminders with a due check-in');

  await card.getByRole('link', { name: 'Check in now' }).click();
  // Week 4: specific words on the wheel, one core feeling opened at a time.
  const wheel = page.getByRole('listbox', { name: 'Feelings wheel' });
  await wheel.getByRole('option', { name: 'peaceful', exact: true }).click();
  await wheel.getByRole('option', { name: 'calm', exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  await page.goto('/reminders');
  await card.getByText('Nothing waiting. The next check-in is at 14:00.').waitFor();

  // Moving a time takes effect at once.
  await page.getByLabel('Midday check-in').fill('12:30');
  await page.getByRole('button', { name: 'Save times' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved: 09:00, 12:30 and 20:00.' }).waitFor();
  assert.equal(JSON.parse((await storageDump(page))['closer:d:rem']).m[1], 750);
  await page.clock.runFor(3.5 * 3600_000);
  await card.getByText('Your afternoon check-in (12:30) is waiting.').waitFor();
  await finish();
});

test('a notification at the time while the app is open, if allowed', async () => {
  const c = await app.context();
  await c.ctx.addInitScript(() => {
    window.__notes = [];
    window.Notification = class {
      static permission = 'default';
      static requestPermission() { window.Notification.permission = 'granted'; return Promise.resolve('granted'); }
      constructor(title, opts) { window.__notes.push([title, opts && opts.body]); }
    };
  });
  const page = await c.ctx.newPage();
  await page.clock.install({ time: new Date('2026-11-29T13:58:00') });
  // The morning check-in is already done.
  const seed = onboarded('2026-11-02', {
    'closer:e:ci:2026-11': JSON.stringify([{ id: 'm-0001', t: Math.floor(Date.UTC(2026, 10, 29, 9, 10) / 1000), w: ['calm'] }]),
  });
  await page.addInitScript((seed) => {
    if (!localStorage.getItem('closer:meta')) for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  }, seed);
  await page.goto('/reminders');
  await page.getByRole('heading', { level: 1, name: 'Check-in reminders' }).waitFor();
  await page.getByLabel('Show a notification at these times').check();
  await page.getByText('Notifications are allowed.').waitFor();
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('closer:d:rem'))).n, true);
  assert.deepEqual(await page.evaluate(() => window.__notes), []);
  await page.clock.runFor(3 * 60_000);
  await page.waitForFunction(() => window.__notes.length === 1);
  assert.equal((await page.evaluate(() => window.__notes))[0][0], 'Time to check in');
  await c.finish();
});

test('the calendar file holds three daily events with alarms', async () => {
  const { page, finish } = await app.open('/reminders', { acceptDownloads: true, clock: new Date('2026-11-29T08:00:00'), storage: onboarded('2026-11-02') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'reminders.ics');
  const text = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
  assert.match(text, /^BEGIN:VCALENDAR\r\n/);
  assert.equal(text.match(/RRULE:FREQ=DAILY\r\n/g).length, 3);
  assert.equal(text.match(/BEGIN:VALARM\r\n/g).length, 3);
  assert.match(text, /DTSTART:20261130T090000\r\n/);
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  await finish();
});
