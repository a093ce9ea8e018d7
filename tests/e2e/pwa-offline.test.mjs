// The PWA: a manifest with icons, a worker that precaches exactly this build, offline
// reloads and deep links after the first visit, and no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launch, onboarded, ready } from './lib/harness.mjs';

const DIST = process.env.CLOSER_DIST || resolve(import.meta.dirname, '../../dist');
let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('the worker precaches exactly the files of this build', () => {
  const files = [];
  (function walk(d) {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p); else files.push('/' + relative(DIST, p));
    }
  })(DIST);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
  // The .br and .gz copies are the same files, compressed for the host to send.
  const own = files.filter((f) => !/\.(br|gz)$/.test(f));
  assert.deepEqual(listed, own.filter((f) => f !== '/sw.js' && f !== '/index.html' && !f.startsWith('/screenshots/')).sort());
  for (const f of own.filter((f) => /\.(wasm|js|css|html)$/.test(f))) {
    assert.ok(files.includes(f + '.br') && files.includes(f + '.gz'), `${f} has its compressed copies`);
  }
  assert.doesNotMatch(sw, /VERSION = 'dev'/);
  assert.ok(listed.some((f) => f.endsWith('_bg.wasm')), 'the wasm is precached');
});

test('the manifest names the app and its icons exist', async () => {
  const { page, finish } = await app.open('/');
  const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
  assert.equal(manifest.short_name, 'Closer');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => `${i.sizes}/${i.purpose}`);
  for (const want of ['192x192/any', '512x512/any', '512x512/maskable']) assert.ok(sizes.includes(want), want);
  for (const icon of manifest.icons) {
    const status = await page.evaluate((src) => fetch(src).then((r) => r.status), icon.src);
    assert.equal(status, 200, icon.src);
  }
  await finish();
});

test('after the first visit the app opens offline, at any address', async () => {
  const { ctx, page, finish } = await app.open('/', { serviceWorkers: 'allow', storage: onboarded() });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true), null, { timeout: 15000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await ctx.setOffline(true);
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.goto('/about');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  // A feature whose code was never opened online comes from the worker's cache too.
  await page.goto('/checkin');
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  await ctx.setOffline(false);
  await finish();
});

test('the server sends the CSP and the page carries it too', async () => {
  const { page, finish } = await app.open('/');
  const res = await page.request.get('/');
  const csp = res.headers()['content-security-policy'];
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  const html = await res.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>\s*\S/, 'no inline script');
  await finish();
});
