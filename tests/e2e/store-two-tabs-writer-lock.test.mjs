// One writer at a time across tabs: every save waits for the origin's writer lock (the Web
// Lock "closer:writer", see store/mod.rs). While another tab holds it, a win saved here shows
// at once with its words and is written the moment the lock is free; two tabs saving into
// the same month at the same moment both keep their win. A browser without Web Locks
// writes at once, as one tab always has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, ready, storageDump } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const LOCK = 'closer:writer';

async function storedWins(page) {
  return Object.entries(await storageDump(page, { afterWrites: false }))
    .filter(([k]) => k.startsWith('closer:e:win:'))
    .flatMap(([, v]) => JSON.parse(v))
    .map((w) => JSON.stringify(w));
}

/** Another tab (any page of the origin) takes the writer lock and keeps it until `release`. */
async function holdTheLock(page) {
  await page.evaluate((name) => new Promise((held) => {
    navigator.locks.request(name, () => new Promise((release) => { window.__release = release; held(); }));
  }), LOCK);
  return () => page.evaluate(() => window.__release());
}

async function keepWin(page, words) {
  await page.getByLabel('What I risked', { exact: true }).fill(words);
  await page.getByRole('button', { name: 'Keep this win' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wins journal' }).waitFor();
}

async function until(what, check, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) assert.fail(`${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('while another tab writes, a saved win waits with its words on screen, then is written', async () => {
  const { ctx, page, finish } = await app.open('/wins/new', { storage: onboarded() });
  const other = await ctx.newPage();
  await other.goto('/about');
  await ready(other);
  const release = await holdTheLock(other);
  const words = 'Asked Sam to stay for dinner';
  await keepWin(page, words);
  // Shown where the person looks, while it waits.
  await page.getByRole('link', { name: words }).waitFor();
  await page.waitForTimeout(400);
  assert.deepEqual(await storedWins(page), [], 'nothing written while the other tab holds the lock');
  await release();
  await until('the win is written once the lock is free', async () => (await storedWins(page)).some((w) => w.includes(words)));
  // After a reload it is there, once.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByRole('link', { name: words }).count(), 1);
  await finish();
});

test('two tabs saving into the same month at the same moment: both wins are written, in turn', async () => {
  const { ctx, page: first, finish } = await app.open('/wins/new', { storage: onboarded() });
  const second = await ctx.newPage();
  await second.goto('/wins/new');
  await ready(second);
  const third = await ctx.newPage();
  await third.goto('/about');
  await ready(third);
  // Both saves are made while a third tab writes, so both wait and then go one at a time.
  const release = await holdTheLock(third);
  await Promise.all([keepWin(first, 'Said how I felt, first tab'), keepWin(second, 'Stayed in the room, second tab')]);
  assert.deepEqual(await storedWins(first), [], 'both wait for their turn');
  await release();
  // Written in turn from what each found stored: both there at once, nothing to put back.
  await until('both wins are stored', async () => {
    const wins = await storedWins(first);
    return wins.some((w) => w.includes('first tab')) && wins.some((w) => w.includes('second tab'));
  }, 1500);
  for (const p of [first, second]) {
    await p.getByRole('link', { name: 'Said how I felt, first tab' }).waitFor();
    await p.getByRole('link', { name: 'Stayed in the room, second tab' }).waitFor();
  }
  await finish();
});

test('a browser without Web Locks saves at once, as one tab always has', async () => {
  const { ctx, finish } = await app.context();
  const page = await ctx.newPage();
  await page.addInitScript((s) => {
    Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });
    for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
  }, onboarded());
  await page.goto('/wins/new');
  await ready(page);
  assert.equal(await page.evaluate(() => navigator.locks), undefined);
  const words = 'Let Ana help me move';
  await keepWin(page, words);
  assert.ok((await storedWins(page)).some((w) => w.includes(words)), 'written by the time the list shows');
  await finish();
});
