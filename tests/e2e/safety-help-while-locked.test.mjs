// Help never waits behind a passphrase: with the app lock on, the locked screen says where
// to get urgent help, and About & safety and the page for when a relationship isn't safe
// open without unlocking (they read no personal data). Every other screen stays locked.
// The loading and no-script text carry the same pointer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, ready } from './lib/harness.mjs';
import { seeded, CLOCK, WORDS } from './lib/data.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const PASS = 'seven blue kites';
const TITLE = "When a relationship isn't safe";

async function lockAndReload(page) {
  await page.getByLabel('New passphrase').fill(PASS);
  await page.getByLabel('The same passphrase again').fill(PASS);
  await page.getByLabel('I understand that if I forget this passphrase, my data is gone.').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('heading', { name: 'The lock is on' }).waitFor();
  await page.goto('/');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
}

test('locked: urgent help on the locked screen; About and the safety page open without the passphrase', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await page.getByRole('heading', { level: 1, name: 'App lock' }).waitFor();
  await lockAndReload(page);

  // The locked screen itself says where urgent help is.
  await page.getByRole('heading', { level: 2, name: 'If you need help now' }).waitFor();
  assert.match(await page.textContent('main'), /call your local emergency number now/);
  assert.equal(await page.getByRole('link', { name: 'findahelpline.com' }).getAttribute('href'), 'https://findahelpline.com');
  await checkA11y(page, 'locked screen with help');

  // About & safety opens, locked, and shows nothing personal.
  await page.getByRole('main').getByRole('link', { name: 'About', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'If you need help now' }).waitFor();
  assert.equal(await page.getByLabel('Passphrase').count(), 0, 'no unlock form on About');
  const about = await page.textContent('body');
  for (const w of WORDS) assert.ok(!about.includes(w), `"${w}" is not shown while locked`);
  await checkA11y(page, 'About while locked');

  // So does the page for when a relationship isn't safe, from the locked screen's "Help".
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Help', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  assert.equal(await page.getByLabel('Passphrase').count(), 0);
  await checkA11y(page, 'safety page while locked');

  // Leaving it goes to the locked screen, and a direct address to it works after a reload.
  await page.getByRole('link', { name: 'Leave this page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  await page.goto('/about');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();

  // Everything else still asks for the passphrase, Help now included (it shows a running break).
  for (const path of ['/moment', '/checkin', '/settings/data']) {
    await page.goto(path);
    await ready(page);
    await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  }
  // From the header, About opens; the unlock form works as before afterwards.
  await page.getByRole('banner').getByRole('link', { name: 'About', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  await page.goto('/settings/lock');
  await ready(page);
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'The lock is on' }).waitFor();
  await finish();
});

test('the loading text and the no-script text point to urgent help', async () => {
  const res = await fetch(`${app.base}/`);
  const html = await res.text();
  // The app's own mount point while it loads (the painted welcome sits in a <template>
  // before it, and paints only for a new person).
  const mount = html.slice(html.indexOf('<div id="app">'));
  const loading = mount.slice(mount.indexOf('<main'), mount.indexOf('</main>'));
  assert.match(loading, /local emergency number/);
  assert.match(loading, /href="https:\/\/findahelpline\.com"/);
  const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
  assert.match(noscript, /local emergency number/);
  assert.match(noscript, /findahelpline\.com/);

  // (Chromium keeps parsing <noscript> as text when a test turns scripts off, so its words
  // are checked in the file as served.)
  assert.match(noscript, /<a href="https:\/\/findahelpline\.com"[^>]*>findahelpline\.com<\/a>/);
});
