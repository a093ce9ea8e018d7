// Prints the benchmark figures (run through `bash .ci/bench`).
//
// What a person gets, on a phone (390x844, touch) with the CPU slowed 4x, against a floor:
// the same first screen saved as ONE static HTML file with its CSS inlined (no script, no
// other request), served by the same server, measured in the same run, interleaved.
//   - first load (brotli) for a new person (the welcome) and a returning one (Today);
//   - a cold first visit of a new person with the service worker allowed, as a real one is;
//   - a repeat visit of a returning person, the service worker in control;
//   - each lazily loaded feature's first screen opened from Today on a repeat visit: tapped
//     as soon as Today is idle, and tapped after a person's moment of reading (the app has
//     loaded the features before the tap by then, src/app.rs); the second is timed from
//     the finger's touch (pointerdown), the first from the click.
// "Shown": the first frame after the screen's heading (main h1) is in the page.
// "Interactive": the screen's main button was tapped as soon as it was shown; the time the
// tap was handled: it reached the running app (its router took the link, or the button's
// handler ran), or the floor's browser started following the link (it needs no script).
// A tap on what public/paint.js painted waits for the app: it counts when the app takes it.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir, loadavg } from 'node:os';
import { startServer } from './lib/serve.mjs';
import { CHROMIUM_ARGS, onboarded } from './lib/harness.mjs';

const DIST = process.env.CLOSER_DIST || resolve(import.meta.dirname, '../../dist');
const RUNS = Number(process.env.BENCH_RUNS || 11);
const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS || 5);
// How long a person looks at Today before tapping, in the second kind of feature open.
const READING_PAUSE = Number(process.env.BENCH_READING_PAUSE || 3000);
const THROTTLE = 4;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// The screen's main button: its primary action, else its first link.
const MAIN_BUTTON = ['main .primary', 'main a.button', 'main a[href]'];
// One screen per lazily loaded feature (src/screens.rs), opened from Today.
const FEATURES = [
  ['more', '/more'], ['moment', '/moment'], ['partner', '/partner'], ['therapy', '/therapy'],
  ['quiz', '/quiz'], ['understand', '/understand'], ['beliefs', '/beliefs'], ['feel', '/checkin'],
  ['routine', '/morning'], ['progress', '/progress'], ['practice', '/practice'], ['wins', '/wins'],
  ['data', '/settings/data'], ['safety', '/about'], ['summary', '/summary'], ['move', '/move'],
];

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const median = (xs) => quantile(xs, 0.5);
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loads = [load()];
const seed = onboarded('2026-11-02');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const appServer = await startServer(DIST, 0);
const appBase = `http://127.0.0.1:${appServer.address().port}`;
const swFiles = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/)[1]);

/** Measuring hooks, in every page before its own scripts: when the heading is first shown,
 *  when a tap reached the page and when it was handled. The app handles a tap once it is
 *  running (`__closerMounted`, src/main.rs): its router takes a link's click by cancelling
 *  the browser's own navigation, a button's handler runs in the same dispatch (the next
 *  screen then loads: not counted here, the lazily loaded screens are timed below); the
 *  floor's browser follows the link itself, so its tap is handled when dispatched (not
 *  followed here: leaving would lose the figures). A tap kept for later (`closerWaiting`:
 *  the app isn't up yet, public/paint.js) is handled only when the app takes it. */
function instrument(floor) {
  const t = (window.__bench = { shown: null, heading: null, tap: null, handled: null });
  const look = () => {
    if (t.shown !== null) return;
    const h = document.querySelector('main h1');
    if (!h || !h.textContent.trim()) return;
    t.shown = -1;
    requestAnimationFrame(() => { t.shown = performance.now(); t.heading = h.textContent.trim(); });
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  addEventListener('click', (e) => {
    const at = performance.now();
    if (t.tap === null) t.tap = at;
    if (floor) {
      e.preventDefault();
      if (t.handled === null) t.handled = at;
      return;
    }
    setTimeout(() => {
      if (t.handled === null && window.__closerMounted && !e.closerWaiting) t.handled = at;
    }, 0);
  }, true);
}

async function newContext(serviceWorkers, storage) {
  const ctx = await browser.newContext({ ...PHONE, serviceWorkers });
  if (storage) {
    await ctx.addInitScript((s) => {
      if (Object.keys(s).some((k) => localStorage.getItem(k) !== null)) return;
      for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v);
    }, storage);
  }
  return ctx;
}

async function throttled(ctx, floor) {
  const page = await ctx.newPage();
  await page.addInitScript(instrument, floor);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}

/** One measured visit: shown, then a tap on the main button as soon as it is shown. */
async function measure(page, url, floor) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && window.__bench.shown > 0, null, { polling: 5, timeout: 60000 });
  const box = await page.evaluate((sels) => {
    const b = sels.map((s) => document.querySelector(s)).find(Boolean);
    b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    return { x: r.x + Math.min(r.width / 2, 20), y: r.y + r.height / 2, text: b.textContent.trim() };
  }, MAIN_BUTTON);
  await page.touchscreen.tap(box.x, box.y);
  await page.waitForFunction(() => window.__bench.handled !== null, null, { polling: 5, timeout: 60000 });
  const r = await page.evaluate(() => window.__bench);
  return { shown: r.shown, interactive: r.handled, heading: r.heading, button: box.text, floor };
}

/** A new person's first visit: a new browser profile, the worker allowed. */
async function coldVisit(base, floor) {
  const ctx = await newContext('allow');
  try { return await measure(await throttled(ctx, floor), base + '/', floor); } finally { await ctx.close(); }
}

/** Waits until the worker controls the page and has every file of this build. */
async function workerReady(page) {
  await page.waitForFunction(async (want) => {
    if (!navigator.serviceWorker.controller) return false;
    for (const k of await caches.keys()) {
      if (k.startsWith('closer-') && (await (await caches.open(k)).keys()).length >= want) return true;
    }
    return false;
  }, swFiles.length + 1, { polling: 100, timeout: 60000 });
}

/** A returning person's visit: the profile has been here before (for the app: its worker
 *  has installed and controls the page), then a new tab opens the app. */
async function repeatVisit(base, floor) {
  const ctx = await newContext('allow', floor ? null : seed);
  try {
    const first = await ctx.newPage();
    await first.goto(base + '/');
    if (!floor) await workerReady(first);
    else await first.waitForLoadState('load');
    await first.close();
    return await measure(await throttled(ctx, floor), base + '/', floor);
  } finally { await ctx.close(); }
}

// 1. What the first screen fetches, for a new person and for a returning one (worker
//    blocked: only what the page itself asks for; icons and the manifest are for installing).
async function firstLoad(storage) {
  const ctx = await newContext('block', storage);
  const page = await ctx.newPage();
  const paths = [];
  page.on('request', (r) => { const u = new URL(r.url()); if (u.origin === appBase) paths.push(u.pathname); });
  await page.goto(appBase + '/');
  await page.waitForFunction(() => window.__closerMounted && document.querySelector('main h1') && !document.querySelector('[data-paint]'));
  await page.waitForLoadState('networkidle');
  // The floor: this screen as one HTML file, its stylesheets' rules inlined, no script.
  const floorHtml = await page.evaluate(() => {
    const css = [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link, meta[http-equiv], style, template').forEach((n) => n.remove());
    const style = document.createElement('style');
    style.textContent = css;
    doc.querySelector('head').append(style);
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await ctx.close();
  const files = [...new Set(paths)].map((p) => (p === '/' || !p.includes('.') ? 'index.html' : p.slice(1)))
    .filter((f) => !f.startsWith('icons/') && !f.endsWith('.webmanifest'));
  const rows = files.map((f) => {
    const data = readFileSync(join(DIST, f));
    return { f, raw: data.length, gz: gzipSync(data, { level: 9 }).length, br: brotli(data) };
  });
  return { rows, floorHtml, br: rows.reduce((n, r) => n + r.br, 0), raw: rows.reduce((n, r) => n + r.raw, 0) };
}

const newcomer = await firstLoad(null);
const returning = await firstLoad(seed);
for (const [label, fl] of [['a new person (the welcome)', newcomer], ['a returning person (Today)', returning]]) {
  console.log(`\nFirst load of ${label}: ${fl.rows.length} requests`);
  console.log('file'.padEnd(48), '     raw'.padStart(10), '    gzip'.padStart(10), '  brotli'.padStart(10));
  for (const r of fl.rows) console.log(r.f.padEnd(48), kb(r.raw).padStart(10), kb(r.gz).padStart(10), kb(r.br).padStart(10));
  console.log('total'.padEnd(48), kb(fl.raw).padStart(10), ''.padStart(10), kb(fl.br).padStart(10));
}
const splitDir = join(DIST, 'split');
let rest = { files: 0, br: 0 };
try {
  // One folder per build version (split/<version>/).
  for (const v of readdirSync(splitDir)) {
    for (const f of readdirSync(join(splitDir, v))) {
      if (returning.rows.some((r) => r.f === `split/${v}/${f}`) || /\.(br|gz)$/.test(f)) continue;
      rest.files += 1;
      rest.br += brotli(readFileSync(join(splitDir, v, f)));
    }
  }
} catch { /* an unsplit build */ }
console.log(`later, when a feature first opens: ${rest.files} files in split/, ${kb(rest.br)} brotli in all`);

// The floors, one folder each, served by the same server code.
async function floorServer(html) {
  const dir = mkdtempSync(join(tmpdir(), 'closer-floor-'));
  writeFileSync(join(dir, 'index.html'), html);
  // Compressed as the app's files are (the server sends what the browser accepts).
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(html, { level: 9 }));
  const s = await startServer(dir, 0, '127.0.0.1', { inlineStyles: true });
  return { server: s, base: `http://127.0.0.1:${s.address().port}` };
}
const welcomeFloor = await floorServer(newcomer.floorHtml);
const todayFloor = await floorServer(returning.floorHtml);

// 2. Cold first visit and repeat visit, app and floor interleaved run by run.
const results = { cold: { app: [], floor: [] }, repeat: { app: [], floor: [] } };
for (let i = 0; i < RUNS; i++) {
  results.cold.app.push(await coldVisit(appBase, false));
  results.cold.floor.push(await coldVisit(welcomeFloor.base, true));
  results.repeat.app.push(await repeatVisit(appBase, false));
  results.repeat.floor.push(await repeatVisit(todayFloor.base, true));
}
loads.push(load());
for (const [name, r] of Object.entries(results)) {
  const heads = new Set([...r.app, ...r.floor].map((x) => `${x.heading} / ${x.button}`));
  if (heads.size !== 1) console.log(`warning: ${name} visits did not all show the same screen: ${[...heads].join('; ')}`);
}

// 3. Every lazily loaded feature's first screen, opened from Today on a repeat visit (a new
//    tab each time): tapped as soon as Today is idle, timed from the click; and after a
//    moment of reading, tapped with a finger (pointerdown, then the click), timed from the
//    touch.
const opens = {}, paused = {};
{
  const ctx = await newContext('allow', seed);
  const first = await ctx.newPage();
  await first.goto(appBase + '/');
  await workerReady(first);
  await first.close();
  for (let i = 0; i < OPEN_RUNS; i++) {
    for (const [feature, href] of FEATURES) {
      for (const pause of [0, READING_PAUSE]) {
        const page = await throttled(ctx, false);
        await page.goto(appBase + '/');
        await page.waitForFunction(() => window.__bench.shown > 0, null, { polling: 5 });
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => window.__closerMounted && !document.querySelector('[data-paint]'));
        const box = await page.evaluate((href) => {
          const before = document.querySelector('main h1');
          const a = document.createElement('a');
          a.href = href;
          a.textContent = 'Open';
          document.querySelector('main').prepend(a);
          const t = (window.__open = { start: null, ms: null, heading: null });
          const mo = new MutationObserver(() => {
            const h = document.querySelector('main h1');
            if (t.start === null || !h || h === before || !h.textContent.trim()) return;
            mo.disconnect();
            requestAnimationFrame(() => { t.ms = performance.now() - t.start; t.heading = h.textContent.trim(); });
          });
          mo.observe(document.body, { childList: true, subtree: true, characterData: true });
          addEventListener('pointerdown', () => { if (t.start === null && t.touch) t.start = performance.now(); }, true);
          addEventListener('click', () => { if (t.start === null) t.start = performance.now(); }, true);
          a.scrollIntoView({ block: 'center' });
          const r = a.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, href);
        if (pause) {
          await page.waitForTimeout(pause);
          await page.evaluate(() => { window.__open.touch = true; });
          await page.touchscreen.tap(box.x, box.y);
        } else {
          await page.evaluate(() => document.querySelector('main > a').click());
        }
        await page.waitForFunction(() => window.__open.ms !== null, null, { polling: 5, timeout: 60000 });
        const r = await page.evaluate(() => window.__open);
        ((pause ? paused : opens)[feature] ||= []).push({ ms: r.ms, heading: r.heading });
        await page.close();
      }
    }
  }
  await ctx.close();
}
loads.push(load());

// The table.
const stat = (xs) => ({ med: median(xs), lo: quantile(xs, 0.25), hi: quantile(xs, 0.75) });
const ms = (x) => `${x.toFixed(0)} ms`;
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
const W = [48, 22, 22, 6, 7];
console.log(`\nCloser benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: headless Chromium, phone 390x844, CPU ${THROTTLE}x slower,`);
console.log(`median of ${RUNS} runs (interquartile range in brackets), app and floor interleaved; floor = one static HTML file, CSS inlined`);
console.log(`load average (1/5/15 min): start ${loads[0]}; after the visits ${loads[1]}; end ${loads[2]}\n`);
console.log(row(['figure', 'app', 'floor', 'ratio', 'target'], W));
console.log(row(['first load, new person (brotli)', kb(newcomer.br), '', '', '150 KB'], W));
console.log(row(['first load, returning person (brotli)', kb(returning.br), '', '', '150 KB'], W));
console.log(row(['requests, new / returning', `${newcomer.rows.length} / ${returning.rows.length}`, '1', '', ''], W));
console.log(row(['a first visit in all (its requests + precache)', `${newcomer.rows.length + swFiles.length + 1}`, '1', '', '40'], W));
const targets = { cold: { shown: 1.5, interactive: 2 }, repeat: { shown: 1.2, interactive: 1.5 } };
const names = { cold: 'cold first visit (worker allowed)', repeat: 'repeat visit (worker in control)' };
const summary = {};
for (const [name, r] of Object.entries(results)) {
  for (const what of ['shown', 'interactive']) {
    const a = stat(r.app.map((x) => x[what])), f = stat(r.floor.map((x) => x[what]));
    const ratio = a.med / f.med;
    summary[`${name} ${what}`] = { app: a.med, floor: f.med, ratio };
    console.log(row([`${names[name]}: ${what}`, `${ms(a.med)} [${a.lo.toFixed(0)}-${a.hi.toFixed(0)}]`,
      `${ms(f.med)} [${f.lo.toFixed(0)}-${f.hi.toFixed(0)}]`, ratio.toFixed(2), `${targets[name][what]}x`], W));
  }
}
console.log(`\nLazily loaded screens, opened from Today on a repeat visit (median of ${OPEN_RUNS}; target < 100 ms):`);
console.log(row(['', 'tapped at once', `after ${READING_PAUSE / 1000} s`], [48, 22, 22]));
for (const [feature] of FEATURES) {
  const a = stat(opens[feature].map((o) => o.ms)), b = stat(paused[feature].map((o) => o.ms));
  console.log(row([`  ${feature} (${opens[feature][0].heading})`, `${ms(a.med)} [${a.lo.toFixed(0)}-${a.hi.toFixed(0)}]`,
    `${ms(b.med)} [${b.lo.toFixed(0)}-${b.hi.toFixed(0)}]`], [48, 22, 22]));
}
for (const [label, set] of [['tapped at once', opens], [`after ${READING_PAUSE / 1000} s`, paused]]) {
  const meds = FEATURES.map(([f]) => median(set[f].map((o) => o.ms)));
  console.log(`  ${label}: ${ms(Math.min(...meds))} to ${ms(Math.max(...meds))}, median feature ${ms(median(meds))}`);
}
console.log(`\nscreens: new person "${results.cold.app[0].heading}" (tap "${results.cold.app[0].button}"), returning "${results.repeat.app[0].heading}" (tap "${results.repeat.app[0].button}")`);
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ loads, newcomer: newcomer.br, returning: returning.br, summary, opens, paused }, null, 1));

// 4. The storage layer at ten years of heavy use.
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
for (const s of [appServer, welcomeFloor.server, todayFloor.server]) s.close();
