// First run: one screen, one action, a first check-in in three taps, the intention
// optional and kept across reloads; every shell screen has its own URL, works as a deep
// link, and passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, storageDump, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a first visit: one screen and one action, three taps to a first check-in, then an optional intention', async () => {
  const { page, finish } = await app.open('/', { clock: new Date('2026-11-29T09:00:00') });
  await page.waitForURL('**/welcome');
  await page.getByRole('heading', { level: 1, name: 'Welcome to Closer' }).waitFor();
  assert.match(await page.textContent('main'), /not therapy/);
  assert.match(await page.textContent('main'), /never sent anywhere/);
  // One thing to do: no tab bar, no header actions but About & safety, one button.
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0, 'no tab bar yet');
  const header = page.getByRole('navigation', { name: 'Always here' });
  assert.deepEqual(await header.getByRole('link').allInnerTexts(), ['About & safety']);
  assert.equal(await page.locator('main').getByRole('button').count(), 1, 'one action');
  await checkA11y(page, 'welcome');

  let taps = 0;
  await page.getByRole('button', { name: 'Begin with a check-in' }).click(); taps++;
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  await page.getByRole('button', { name: 'pleasant', exact: true }).click(); taps++;
  await page.getByRole('button', { name: 'Save check-in' }).click(); taps++;
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  assert.equal(taps, 3, 'three taps from the first open to a saved check-in');
  // A word for the first one, and one optional next step; now the whole frame is there.
  await page.getByText('That was your first check-in.').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await header.getByRole('link', { name: 'Help now' }).waitFor();
  const profile = JSON.parse((await storageDump(page))['closer:d:profile']);
  assert.equal(profile.start, Math.floor(Date.UTC(2026, 10, 29) / 86400000), 'the start day is stored');
  assert.equal(profile.intention, undefined, 'no commitment was asked for');
  await checkA11y(page, 'first check-in saved');

  await page.getByRole('link', { name: "say in a sentence why you're here" }).click();
  await page.getByRole('heading', { level: 1, name: "Why you're here" }).waitFor();
  await checkA11y(page, 'intention');
  await page.getByLabel('In your own words (optional)').fill('I will let one person a little closer.');
  await page.getByRole('button', { name: 'Keep this' }).click();

  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.match(await page.textContent('main'), /Week 1 of your program/);
  // Day 1: nothing is waiting, ever.
  await page.clock.setSystemTime(new Date('2026-11-29T21:00:00'));
  await page.reload();
  await ready(page);
  assert.doesNotMatch(await page.textContent('main'), /good moment for your/);
  await page.getByText('More for today').click();
  await page.getByText('I will let one person a little closer.').waitFor();
  await checkA11y(page, 'today');
  await finish();
});

test('the intention can be skipped, and the welcome never moves the start date', async () => {
  const { page, finish } = await app.open('/welcome/intention', { storage: onboarded('2026-11-02') });
  await page.getByRole('link', { name: 'Not now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal((await storageDump(page))['closer:d:profile'], JSON.stringify({ start: Math.floor(Date.UTC(2026, 10, 2) / 86400000) }));
  await page.goto('/welcome');
  await page.getByRole('button', { name: 'Begin with a check-in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.equal(JSON.parse((await storageDump(page))['closer:d:profile']).start, Math.floor(Date.UTC(2026, 10, 2) / 86400000));
  await finish();
});

test('deep links, back button and the unknown-address screen', async () => {
  const { page, finish } = await app.open('/about', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  assert.match(await page.textContent('main'), /emergency number/);
  assert.match(await page.textContent('main'), /not therapy/);
  await checkA11y(page, 'about');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
  await page.getByRole('heading', { level: 1, name: 'Everything in Closer' }).waitFor();
  await checkA11y(page, 'more');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();

  await page.goto('/no/such/screen');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Nothing here' }).waitFor();
  await checkA11y(page, 'not found');
  await finish();
});

test('About and safety is one tap away from every screen', async () => {
  const { page, finish } = await app.open('/settings');
  await page.getByRole('link', { name: 'About & safety' }).click();
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  await finish();
});

test('settings change the start date and the intention', async () => {
  const { page, finish } = await app.open('/settings', { clock: new Date('2026-11-29T09:00:00') });
  await checkA11y(page, 'settings');
  await page.getByLabel('The day you started').fill('2026-11-01');
  await page.getByLabel('Your intention, in your own words').fill('Staying a bit longer.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await page.goto('/');
  await ready(page);
  assert.match(await page.textContent('main'), /Week 5 of your program/);
  await finish();
});
