// A locked Closer may be picked up by someone the person fears. Nothing seen while it is
// locked (the locked screen, About, the screen "Leave this page" lands on) names the page
// for when a relationship isn't safe or talks about abuse: the way to that page reads only
// "Help", and the page still opens from it without the passphrase. "Leave this page" lands
// on a screen that names nothing of it, locked or not, and back doesn't bring it up again
// (unlocked, that is safety-unsafe-relationship's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, checkA11y, ready } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { turnLockOn } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const PASS = 'seven blue kites';
const TITLE = "When a relationship isn't safe";
// Words about abuse or an unsafe relationship (the emergency line's "in danger" is the
// crisis pointer every screen keeps, and is not among them).
const TELLING = [/relationship isn.t safe/i, /abus/i, /unsafe/i, /frighten/i, /afraid/i, /controls/i, /hurts you/i, /domestic/i];

/** Every word in the app's frame and screen, folded parts included. */
async function shown(page) {
  return page.evaluate(() => ['header', 'main', 'nav.tabs', '.notices'].map((s) => [...document.querySelectorAll(s)].map((e) => e.textContent).join(' ')).join(' ') + ' ' + document.title);
}

async function saysNothing(page, where) {
  const text = await shown(page);
  for (const w of TELLING) assert.doesNotMatch(text, w, `${where} says nothing about it (${w})`);
}

test('locked: the locked screen and About name nothing of the page; "Help" opens it; leaving it lands on a neutral screen', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await page.getByRole('heading', { level: 1, name: 'App lock' }).waitFor();
  await turnLockOn(page, PASS);
  await page.goto('/');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  // Urgent help stays on the locked screen.
  assert.match(await page.textContent('main'), /call your local emergency number now/);
  await page.getByRole('link', { name: 'findahelpline.com' }).waitFor();
  await saysNothing(page, 'the locked screen');

  // About, reached while locked, keeps to what Closer is and where urgent help is.
  await page.getByRole('main').getByRole('link', { name: 'About', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'If you need help now' }).waitFor();
  await saysNothing(page, 'About while locked');

  // "Help" on the locked screen opens the page itself, still without the passphrase.
  await page.goto('/');
  await ready(page);
  await page.getByRole('main').getByRole('link', { name: 'Help', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  // (Opened from the locked screen, the address bar keeps showing "/": a known quirk of the
  // lock gate's switch, noted in issue 24's notes.)
  assert.equal(await page.getByLabel('Passphrase').count(), 0);

  // Leaving it lands on the locked screen, which names nothing of it, and back doesn't
  // bring the page up again.
  await page.getByRole('link', { name: 'Leave this page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  await saysNothing(page, 'the screen "Leave this page" lands on, locked');
  await checkA11y(page, 'locked screen');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  assert.notEqual(new URL(page.url()).pathname, '/safety', 'back skips the page that was left');
  await finish();
});

test('unlocked: "Leave this page" lands on Today, which names nothing of the page; the page says what stays open', async () => {
  const { page, finish } = await app.open('/safety', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const leaving = await page.locator('section[aria-labelledby="leaving"]').textContent();
  assert.match(leaving, /locked screen/, 'says where it goes when the lock is on');
  assert.match(leaving, /new tab, like the helpline directory, stays open/, 'says a link opened in a new tab stays open');
  await page.getByRole('link', { name: 'Leave this page' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await saysNothing(page, 'Today, after leaving');
  await finish();
});
