// The first screen is painted before the app is ready (public/paint.js), and never shows
// anything stale or private: a new person sees the welcome (static HTML in index.html, the
// app's own welcome); a returning person sees Today as it was left, only the same day,
// only until the clock alone would change it, only while the lock is off, and only until
// anything is written. The painted copy is replaced by the live app, and a tap on it waits
// for the app and then lands on the same thing.
//
// Each test holds the main wasm back (the page can't start) to look at what is painted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, onboarded, seedStorage } from './lib/harness.mjs';
import { turnLockOn } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const DAY = '2026-11-20';
const at = (hhmm, day = DAY) => new Date(`${day}T${hhmm}:00`);

/** A page whose main wasm waits until `release()`. */
async function held(ctx, clock) {
  const page = await ctx.newPage();
  if (clock) await page.clock.install({ time: clock });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return { page, release };
}

/** What shows before the app: 'welcome', 'today' or null (the plain "Opening Closer…"). */
async function paintedBeforeTheApp(page, path = '/') {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  return page.evaluate(() => {
    const p = document.querySelector('#app > [data-paint]');
    if (window.__closerMounted) return 'the app had started';
    if (!p) return document.body.textContent.includes('Opening Closer…') ? null : 'something else';
    return p.getAttribute('data-paint');
  });
}

const normalized = (html) => html.replace(/<!---->/g, '').replace(/>\s+</g, '><').trim();
const liveApp = (page) => page.evaluate(() => document.getElementById('app').innerHTML);
const kept = (page) => page.evaluate(() => localStorage.getItem('closer:paint'));

/** Opens Today (the app running), then leaves the page as a person leaving the app does. */
async function leaveToday(ctx, clock, start = '2026-11-02') {
  const page = await ctx.newPage();
  if (clock) await page.clock.install({ time: clock });
  await seedStorage(page, onboarded(start));
  await page.goto('/');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.goto('/about'); // Today's page is hidden, then gone
  await ready(page);
  await page.close();
}

test('a new person sees the welcome before the app is ready; the app replaces it with its own, the same', async () => {
  const { ctx, finish } = await app.context();
  const { page, release } = await held(ctx);
  assert.equal(await paintedBeforeTheApp(page), 'welcome');
  const painted = page.locator('#app > [data-paint="welcome"]');
  assert.equal(await painted.getAttribute('aria-hidden'), 'true', 'hidden from assistive technology until it is live');
  assert.equal(await painted.locator('main h1').textContent(), 'Welcome to Closer');
  assert.equal(await page.getByRole('heading', { name: 'Welcome to Closer' }).count(), 0);
  const copy = normalized(await painted.innerHTML());

  release();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Welcome to Closer' }).waitFor();
  assert.equal(await page.locator('[data-paint]').count(), 0, 'the painted copy is gone');
  assert.equal(new URL(page.url()).pathname, '/welcome');
  assert.equal(copy, normalized(await liveApp(page)),
    'the welcome in index.html is the one the app draws (copy the app\'s #app markup at /welcome into <template id="paint-welcome">)');
  await finish();
});

test('a tap on the painted welcome waits for the app, then does what it says', async () => {
  const { ctx, finish } = await app.context();
  const { page, release } = await held(ctx, at('10:00'));
  assert.equal(await paintedBeforeTheApp(page), 'welcome');
  await page.locator('[data-paint] button.primary').click();
  assert.equal(await page.evaluate(() => localStorage.getItem('closer:d:profile')), null, 'nothing happened yet');
  assert.equal(new URL(page.url()).pathname, '/');
  release();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('closer:d:profile'))).start,
    Math.floor(Date.UTC(2026, 10, 20) / 86400000), 'the program began');
  await finish();
});

test('a returning person sees Today as they left it; a tap on it waits for the app', async () => {
  const { ctx, finish } = await app.context();
  await leaveToday(ctx, at('10:00'));

  const { page, release } = await held(ctx, at('10:20'));
  assert.equal(await paintedBeforeTheApp(page), 'today');
  const stored = JSON.parse(await kept(page));
  assert.ok(stored.html.length < 8000, `kept small (${stored.html.length} characters)`);
  assert.doesNotMatch(stored.html, /<details[^>]*\sopen/, 'folded parts kept folded');
  assert.equal(await page.locator('#app > [data-paint="today"]').getAttribute('aria-hidden'), 'true');
  const painted = await page.locator('#app > [data-paint] main').textContent();
  assert.match(painted, /Today.*Friday 20 November/);

  await page.locator('[data-paint] main a.button.primary').click(); // "Check in now"
  assert.equal(new URL(page.url()).pathname, '/', 'nothing happened yet');
  release();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.equal(await page.locator('[data-paint]').count(), 0);
  await page.goBack();
  await ready(page);
  assert.equal(await page.locator('main').textContent(), painted, 'the live Today reads the same');
  await finish();
});

test('Today is painted only the same day, and only until the clock alone would change it', async () => {
  const { ctx, finish } = await app.context();
  await leaveToday(ctx, at('10:00'));

  // Kept at 10:00, with the reminders at 09:00, 14:00 and 20:00: true until 14:00.
  for (const [when, want] of [
    [at('13:59'), 'today'],
    [at('14:00'), null],
    [at('10:00', '2026-11-21'), null],
    [at('09:59'), null], // drawn "later" than now: a clock put back
  ]) {
    const { page } = await held(ctx, when);
    assert.equal(await paintedBeforeTheApp(page), want, `at ${when.toString().slice(0, 21)}`);
    await page.close();
  }
  await finish();
});

test('with the lock on nothing is kept, turning it on removes what was, and an old one is never painted', async () => {
  const { ctx, finish } = await app.context();
  await leaveToday(ctx, at('10:00'));

  const page = await ctx.newPage();
  await page.clock.install({ time: at('10:05') });
  await page.goto('/settings/lock');
  await ready(page);
  const before = await kept(page);
  assert.ok(before, 'kept while the lock was off');
  await turnLockOn(page, 'seven blue kites');
  assert.equal(await kept(page), null, 'turning the lock on removed it');
  // Unlocked, on Today, then leaving: nothing kept.
  await page.getByRole('link', { name: 'Closer', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.goto('/about');
  await ready(page);
  assert.equal(await kept(page), null, 'nothing kept under the lock');

  // One left behind from before the lock (an older version, another tab): never painted.
  await page.evaluate((v) => localStorage.setItem('closer:paint', v), before);
  await page.close();
  const locked = await held(ctx, at('10:10'));
  assert.equal(await paintedBeforeTheApp(locked.page), null);
  locked.release();
  await ready(locked.page);
  await locked.page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  await finish();
});

test('anything written removes it: a check-in saved in another tab', async () => {
  const { ctx, finish } = await app.context();
  await leaveToday(ctx, at('10:00'), '2026-11-15'); // week 1: three words to choose from

  const other = await ctx.newPage();
  await other.clock.install({ time: at('10:05') });
  await other.goto('/checkin');
  await ready(other);
  assert.ok(await kept(other), 'opening a screen writes nothing');
  await other.getByRole('button', { name: 'pleasant', exact: true }).click();
  await other.getByRole('button', { name: 'Save check-in' }).click();
  await other.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  assert.equal(await kept(other), null, 'the check-in made it out of date');

  const { page } = await held(ctx, at('10:06'));
  assert.equal(await paintedBeforeTheApp(page), null);
  await finish();
});
