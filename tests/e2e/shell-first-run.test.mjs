// First run: the welcome, the intention, the commitment kept across reloads; every
// shell screen has its own URL, works as a deep link, and passes axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a first visit leads through the welcome to a commitment that survives reload', async () => {
  const { page, finish } = await app.open('/', { clock: new Date('2026-11-29T09:00:00') });
  await page.waitForURL('**/welcome');
  await page.getByRole('heading', { level: 1, name: 'Welcome to Closer' }).waitFor();
  assert.match(await page.textContent('main'), /not therapy/);
  assert.match(await page.textContent('main'), /never sent anywhere/);
  await checkA11y(page, 'welcome');

  await page.getByRole('link', { name: 'Continue' }).click();
  await page.waitForURL('**/welcome/intention');
  await checkA11y(page, 'intention');
  await page.getByLabel('In your own words (optional)').fill('I will let one person a little closer.');
  await page.getByRole('button', { name: 'I commit to this' }).click();

  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  const profile = JSON.parse((await storageDump(page))['closer:d:profile']);
  assert.equal(profile.start, Math.floor(Date.UTC(2026, 10, 29) / 86400000), 'the start day is stored');

  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.match(await page.textContent('main'), /Week 1 of your program/);
  assert.match(await page.textContent('main'), /I will let one person a little closer\./);
  await checkA11y(page, 'today');
  await finish();
});

test('deep links, back button and the unknown-address screen', async () => {
  const { page, finish } = await app.open('/about');
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  assert.match(await page.textContent('main'), /emergency number/);
  assert.match(await page.textContent('main'), /not therapy/);
  await checkA11y(page, 'about');

  await page.getByRole('link', { name: 'More' }).click();
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
