// Each feature's screens are split out of the main wasm (in a few groups, src/screens.rs) and
// fetched the first time one of them opens: Today needs none of them, a feature is fetched
// once and is a few files, and a split-out screen
// opens from a deep link (pwa-offline covers opening them offline).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const splitFiles = (urls) => urls.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/split/'));

test('Today loads no feature code; Check in fetches its own, once', async () => {
  const { ctx, finish } = await app.context();
  const page = await ctx.newPage();
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded('2026-11-02'));
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForLoadState('networkidle');
  // The loader script comes with the main module; no feature's wasm does.
  assert.deepEqual(splitFiles(urls).filter((p) => p.endsWith('.wasm')), [], 'Today fetched feature code');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  const fetched = splitFiles(urls).filter((p) => p.endsWith('.wasm'));
  // Check in comes in the file of most features; Help now's and the unlock screen's stay.
  assert.ok(fetched.some((p) => /^\/split\/[0-9a-f]{16}\/split_closer_features\.wasm$/.test(p)), `the check-in feature was fetched: ${fetched.join(', ')}`);
  assert.ok(!fetched.some((p) => /split_closer_(help|locked)\.wasm$/.test(p)), 'only what Check in needs');
  // Its group's file and the pieces it shares with the other two groups (help, locked):
  // at most one for each of the three combinations and one shared by all.
  assert.ok(fetched.length <= 5, `a feature is a few files, not dozens: ${fetched.join(', ')}`);

  // Back to Today and into Check in again: nothing new is fetched.
  const before = urls.length;
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.deepEqual(splitFiles(urls.slice(before)), [], 'a feature is fetched once');
  await finish();
});

test('a deep link to a split-out screen opens it directly', async () => {
  const { page, finish } = await app.open('/beliefs', { storage: onboarded('2026-11-02') });
  await page.getByRole('heading', { level: 1, name: 'Beliefs' }).waitFor();
  await finish();
});

test('a screen whose code cannot be fetched says so plainly, and saved words are safe', async () => {
  const { ctx } = await app.context();
  const page = await ctx.newPage();
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded('2026-11-02'));
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  // As if the connection dropped before the worker had kept the check-in's code.
  await ctx.route((url) => url.pathname.startsWith('/split/') && url.pathname.endsWith('.wasm'), (route) => route.abort());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('alert').getByRole('heading', { name: "This part of Closer didn't download" }).waitFor();
  await page.getByText('What you had already saved is safe.').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Start Closer again' }).getAttribute('href'), '/');
  // Not through finish(): the failed fetch is the point of this test, not a fault.
  await ctx.close();
});
