// Prints the benchmark figures (run through `bash .ci/bench`).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer } from './lib/serve.mjs';
import { CHROMIUM_ARGS, onboarded } from './lib/harness.mjs';

const DIST = process.env.CLOSER_DIST || resolve(import.meta.dirname, '../../dist');
const RUNS = Number(process.env.BENCH_RUNS || 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';

// 1. What the first load fetches: every file the browser asks for to show Today, taken
//    from the network log (the screens split out of the main wasm are not among them).
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const appServer = await startServer(DIST, 0);
const appBase = `http://127.0.0.1:${appServer.address().port}`;
const seed = onboarded('2026-11-02');

const first = await (async () => {
  const ctx = await browser.newContext({ baseURL: appBase, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const paths = [];
  page.on('request', (r) => { const u = new URL(r.url()); if (u.origin === appBase) paths.push(u.pathname); });
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, seed);
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForLoadState('networkidle');
  await ctx.close();
  return [...new Set(paths)].map((p) => (p === '/' ? 'index.html' : p.slice(1)))
    .filter((f) => !f.startsWith('icons/') && !f.endsWith('.webmanifest'));
})();
let total = { raw: 0, gz: 0, br: 0 };
console.log('\nFirst load (files fetched to show the first screen)');
console.log('file'.padEnd(44), '     raw', '    gzip', '  brotli');
for (const f of first) {
  const data = readFileSync(join(DIST, f));
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.raw += data.length; total.gz += gz; total.br += br;
  console.log(f.padEnd(44), kb(data.length), kb(gz), kb(br));
}
console.log('total'.padEnd(44), kb(total.raw), kb(total.gz), kb(total.br), ' (target: <= 150 KB brotli)');

// What the rest of the app weighs: fetched a feature at a time, when first opened.
const splitDir = join(DIST, 'split');
let rest = { files: 0, br: 0 };
try {
  // One folder per build version (split/<version>/).
  for (const v of readdirSync(splitDir)) {
    for (const f of readdirSync(join(splitDir, v))) {
      if (first.includes(`split/${v}/${f}`)) continue;
      rest.files += 1;
      rest.br += brotliCompressSync(readFileSync(join(splitDir, v, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  }
} catch { /* an unsplit build */ }
console.log(`later, on demand: ${rest.files} files in split/, ${kb(rest.br).trim()} brotli in all`);

// 2. Cold start to an interactive first screen, 4x CPU throttling, vs a static copy.
async function coldStart(base, path, seedStorage) {
  const ctx = await browser.newContext({ baseURL: base, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  if (seedStorage) await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, seedStorage);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path, { waitUntil: 'commit' });
  // Interactive: the screen's heading is there and a tab link answers a click handler.
  await page.waitForFunction(() => {
    const h = document.querySelector('main h1');
    return h && !document.body.textContent.includes('Opening Closer…') && document.querySelector('nav a');
  });
  const t = await page.evaluate(() => performance.now());
  const content = await page.content();
  await ctx.close();
  return { t, content };
}

const appTimes = [];
let rendered = '';
for (let i = 0; i < RUNS; i++) { const r = await coldStart(appBase, '/', seed); appTimes.push(r.t); rendered = r.content; }

// The floor: the same screen as plain HTML + CSS, no script, served the same way.
const staticDir = mkdtempSync(join(tmpdir(), 'closer-static-'));
for (const f of readdirSync(DIST)) if (f.endsWith('.css')) copyFileSync(join(DIST, f), join(staticDir, f));
writeFileSync(join(staticDir, 'index.html'), rendered.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]+rel="(modulepreload|preload)"[^>]*>/g, ''));
const staticServer = await startServer(staticDir, 0);
const staticBase = `http://127.0.0.1:${staticServer.address().port}`;
const staticTimes = [];
for (let i = 0; i < RUNS; i++) staticTimes.push((await coldStart(staticBase, '/')).t);
const a = median(appTimes), s = median(staticTimes);
console.log(`\nCold start to an interactive Today screen (4x CPU throttling, median of ${RUNS})`);
console.log(`  app          ${a.toFixed(0)} ms`);
console.log(`  static copy  ${s.toFixed(0)} ms`);
console.log(`  ratio        ${(a / s).toFixed(2)}  (target: <= 1.5)`);

// 3. The storage layer at ten years of heavy use.
if (process.env.TEN_YEARS) {
  const store = JSON.parse(readFileSync(process.env.TEN_YEARS, 'utf8'));
  const units = Object.entries(store).reduce((n, [k, v]) => n + k.length + v.length, 0);
  const ctx = await browser.newContext({ baseURL: appBase, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto('/about');
  await page.evaluate((s) => { localStorage.clear(); for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, store);
  const reads = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(process.env.BENCH_READ_PATH || '/');
    await page.waitForFunction(() => document.querySelector('main h1'));
    reads.push(await page.evaluate(() => performance.getEntriesByType('measure')
      .filter((m) => m.name === 'closer:store-open' || m.name.startsWith('closer:load:'))
      .reduce((n, m) => n + m.duration, 0)));
  }
  // One save = one check-in saved through the app (three taps), timed inside the app
  // around the store write (the `closer:save` measure), with ten years already stored.
  const saves = [];
  const today = Math.floor((Date.now() - new Date().getTimezoneOffset() * 60000) / 86400000);
  await page.evaluate((d) => localStorage.setItem('closer:d:profile', JSON.stringify({ start: d })), today);
  for (let i = 0; i < 15; i++) {
    await page.goto('/checkin');
    await page.getByRole('button', { name: 'pleasant', exact: true }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
    saves.push(...await page.evaluate(() => performance.getEntriesByName('closer:save').map((m) => m.duration)));
  }
  console.log(`\nStorage at ten years of heavy use (${Object.keys(store).length} keys)`);
  console.log(`  stored size         ${units.toLocaleString('en')} UTF-16 units (target: <= 2,500,000)`);
  console.log(`  start-up read       ${median(reads).toFixed(1)} ms median (target: <= 50 ms)`);
  if (saves.length) console.log(`  one save            ${median(saves).toFixed(3)} ms median of ${saves.length} (target: <= 1 ms)`);
  await ctx.close();
}
await browser.close();
appServer.close();
staticServer.close();
