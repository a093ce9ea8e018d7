// The first screen comes first: one stylesheet, the service worker registered only once the
// first screen is up and the page is idle, and its precache fetched a few files at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST, launch, onboarded, ready } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('the first screen asks for one stylesheet', async () => {
  const { ctx, finish } = await app.context();
  const page = await ctx.newPage();
  const sheets = [];
  page.on('request', (r) => { if (r.resourceType() === 'stylesheet') sheets.push(new URL(r.url()).pathname); });
  await page.goto('/');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Welcome to Closer' }).waitFor();
  assert.equal(sheets.length, 1, `stylesheets: ${sheets.join(', ')}`);
  // Every feature's rules are in it: a feature's screen needs no other stylesheet.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  assert.equal(sheets.length, 1, `stylesheets: ${sheets.join(', ')}`);
  await finish();
});

test('the worker registers once the first screen is up', async () => {
  const { ctx, finish } = await app.context({ serviceWorkers: 'allow' });
  // When the page asks for the worker, note whether the app had mounted.
  await ctx.addInitScript(() => {
    if (!navigator.serviceWorker) return;
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      window.__registeredAfterMount = window.__closerMounted === true && !!document.querySelector('main h1');
      return register(...args);
    };
  });
  const page = await ctx.newPage();
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded('2026-11-02'));
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.equal(await page.evaluate(() => window.__registeredAfterMount), true, 'registered before the first screen was up');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await finish();
});

test('the worker precaches the build a few files at a time, every file once', async () => {
  // The built worker, run against a stand-in cache that notes each batch it is given.
  const batches = [];
  let open = 0;
  const listeners = {};
  const cache = {
    async addAll(urls) {
      open += 1;
      assert.equal(open, 1, 'one batch at a time');
      batches.push(urls);
      await new Promise((r) => setTimeout(r, 1));
      open -= 1;
    },
  };
  const self = { addEventListener: (type, f) => { listeners[type] = f; }, location: { origin: 'http://x' } };
  vm.runInNewContext(readFileSync(join(DIST, 'sw.js'), 'utf8'), { self, caches: { open: async () => cache }, URL });
  let installed;
  listeners.install({ waitUntil: (p) => { installed = p; } });
  await installed;
  const files = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/)[1]);
  assert.deepEqual(batches.flat().sort(), ['/', ...files].sort());
  assert.ok(batches.every((b) => b.length <= 6), `batches of ${batches.map((b) => b.length).join(', ')}`);
});
