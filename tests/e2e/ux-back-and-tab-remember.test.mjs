// Back and the highlighted tab remember where the person came from: Help now opened from
// Today goes back to Today, under Today; a win added from Practice ends under Practice,
// with Back to Practice; opened directly, a screen goes one level up as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const NOW = new Date('2026-11-29T09:00:00');
const backLink = (page) => page.locator('.back-link a');
const currentTab = (page) => page.locator('nav.tabs a[aria-current]').textContent();

test('Help now from Today: Back to Today, Today highlighted', async () => {
  const { page, finish } = await app.open('/', { clock: NOW, storage: onboarded() });
  await page.locator('header').getByRole('link', { name: 'Help now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
  assert.match(await backLink(page).textContent(), /Back to\s*Today$/);
  assert.equal(await currentTab(page), 'Today');
  await backLink(page).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await finish();
});

test('a win added from Practice: under Practice, and Back to Practice', async () => {
  const { page, finish } = await app.open('/practice', { clock: NOW, storage: onboarded() });
  await page.getByRole('link', { name: 'Add a win' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a win' }).waitFor();
  assert.equal(await currentTab(page), 'Practice');
  await page.getByLabel('What I risked').fill('Told Jo I missed her');
  await page.getByLabel('How they responded').fill('She said she missed me too');
  await page.getByRole('button', { name: 'Keep this win' }).click();
  await page.waitForURL('**/wins');
  await page.getByRole('link', { name: 'Told Jo I missed her' }).waitFor();
  assert.equal(await currentTab(page), 'Practice');
  assert.match(await backLink(page).textContent(), /Back to\s*Practice/);
  await finish();
});

test('opened directly, Help now goes back one level up, under More', async () => {
  const { page, finish } = await app.open('/moment', { clock: NOW, storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
  assert.match(await backLink(page).textContent(), /Back to\s*More/);
  assert.equal(await currentTab(page), 'More');
  await finish();
});
