// Shared set-up for browser specs: serve dist/ like a static host, drive Debian's
// Chromium with playwright-core, and fail any test whose page talks to another origin,
// breaks the Content-Security-Policy, or throws.
//
//   import { launch } from './lib/harness.mjs';
//   let app; before(async () => { app = await launch(); }); after(() => app.close());
//   test('…', async () => { const { page, finish } = await app.open('/'); …; await finish(); });
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { startServer } from './serve.mjs';

export const DIST = process.env.CLOSER_DIST || resolve(import.meta.dirname, '../../../dist');
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

/** The day every spec runs on unless it sets its own clock: the app reads the date, so a
 *  spec must never depend on the real one. `CLOSER_TODAY` moves it (an ISO local time). */
export const TODAY = process.env.CLOSER_TODAY || '2026-11-29T12:00:00';
const LOADED = Date.now();

/** Now on the specs' clock, in ms: TODAY when the spec started, moving on in real time
 *  (what `Date.now()` reads in every page of a context that keeps the default day). */
export function now() {
  return new Date(TODAY).getTime() + Date.now() - LOADED;
}

/** An init script: `Date` reads `offset` ms later than the real clock, so "today" is fixed
 *  while timers, animations and the performance timeline run as they do. The same offset
 *  for every context of a spec file, so time moves on across pages and reloads as it
 *  would, and `now()` here agrees with the pages. */
function shiftDate(offset) {
  if (Date.isFake || Date.closerShifted) return;
  const Real = Date;
  // Once the spec installs page.clock, that clock is the only one (it wraps this Date and
  // reads it for real time passing): `closerClockOwned` is set first (see `context`).
  const shifted = () => Real.now() + (globalThis.closerClockOwned ? 0 : offset);
  function Shifted(...args) {
    if (!new.target) return new Real(shifted()).toString();
    return args.length === 0 ? new Real(shifted()) : new Real(...args);
  }
  // Not enumerable, as the real ones aren't: page.clock copies a Date's enumerable own
  // properties onto its fake, and would take this `now` over its own.
  const hidden = (value) => ({ value, writable: true, configurable: true, enumerable: false });
  Object.defineProperties(Shifted, {
    prototype: { value: Real.prototype },
    now: hidden(shifted),
    parse: hidden(Real.parse),
    UTC: hidden(Real.UTC),
    closerShifted: hidden(true),
  });
  globalThis.Date = Shifted;
}

export async function launch({ port = Number(process.env.CLOSER_PORT || 0), dist = DIST } = {}) {
  const server = await startServer(dist, port);
  const base = `http://127.0.0.1:${server.address().port}`;
  // The run's shared Chromium if .ci/test started one (lib/browser-server.mjs), else one
  // of this spec's own. Closing a shared one only disconnects (and closes its contexts).
  const shared = process.env.CLOSER_CHROMIUM_WS;
  const browser = shared
    ? await chromium.connect(shared)
    : await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });

  /** A fresh browser profile (empty storage), with the guards attached. Its date is
   *  `today` (default TODAY; false for the real clock, as a spec that installs
   *  `page.clock` gets). */
  async function context(options = {}) {
    const { today = TODAY, ...ctxOptions } = options;
    const ctx = await browser.newContext({ baseURL: base, serviceWorkers: 'block', ...ctxOptions });
    if (today) {
      await ctx.addInitScript(shiftDate, new Date(today).getTime() - LOADED);
      // A spec that installs its own clock (page.clock is the context's) takes time over.
      const install = ctx.clock.install.bind(ctx.clock);
      ctx.clock.install = async (...args) => {
        const own = () => { globalThis.closerClockOwned = true; };
        await ctx.addInitScript(own);
        for (const p of ctx.pages()) await p.evaluate(own).catch(() => {});
        return install(...args);
      };
    }
    const problems = [];
    ctx.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
    });
    // Never let a request leave, even if one slipped in.
    await ctx.route((url) => !url.href.startsWith(base) && url.protocol.startsWith('http'), (route) => route.abort());
    await ctx.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const watch = (page) => {
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content Security Policy|panicked/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
      });
    };
    ctx.on('page', watch);
    async function finish() {
      for (const p of ctx.pages()) {
        const v = await p.evaluate(() => window.__cspViolations || []).catch(() => []);
        for (const x of v) problems.push(`CSP violation: ${x}`);
      }
      await ctx.close();
      assert.deepEqual(problems, [], 'the app stayed on its own origin, within its CSP, without errors');
    }
    return { ctx, problems, finish };
  }

  /** A fresh context and a page at `path`, ready to use. */
  async function open(path = '/', options = {}) {
    const { clock, storage, ...ctxOptions } = options;
    const c = await context(clock ? { today: false, ...ctxOptions } : ctxOptions);
    const page = await c.ctx.newPage();
    if (clock) await page.clock.install({ time: clock });
    if (storage) await seedStorage(page, storage);
    await page.goto(path);
    await ready(page);
    return { ...c, page };
  }

  return { base, browser, context, open, close: async () => { await browser.close(); server.close(); } };
}

/** Waits until the wasm app has replaced the static loading screen, or the welcome or
 *  Today that public/paint.js painted before it (marked data-paint). */
export async function ready(page) {
  await page.waitForFunction(() => !document.body.textContent.includes('Opening Closer…') && !document.querySelector('[data-paint]') && document.querySelector('main h1'));
}

/** Writes key/values into localStorage before the app starts (on the app's origin), once
 *  per context: a later page or reload finds them present and leaves storage alone. */
export async function seedStorage(page, entries) {
  await page.addInitScript((entries) => {
    if (Object.keys(entries).some((k) => localStorage.getItem(k) !== null)) return;
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, entries);
}

/** A store where the person has already committed, on `start` (YYYY-MM-DD, default 2026-11-02). */
export function onboarded(start = '2026-11-02', extra = {}) {
  const [y, m, d] = start.split('-').map(Number);
  const day = Math.floor(Date.UTC(y, m - 1, d) / 86400000);
  return { 'closer:meta': '{"schema":1}', 'closer:d:profile': JSON.stringify({ start: day }), ...extra };
}

/** Goes through the first-run welcome (which begins the program and opens a first
 *  check-in), then, if `words` are given, keeps them as the intention. Ends on Today. */
export async function commit(page, words = '') {
  await page.goto('/welcome');
  await page.getByRole('button', { name: 'Begin with a check-in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  await page.goto('/welcome/intention');
  if (words) await page.getByLabel('In your own words (optional)').fill(words);
  await page.getByRole('button', { name: 'Keep this' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** Runs axe on the current screen and fails with a readable list of violations. */
export async function checkA11y(page, label = page.url()) {
  // Bring running transitions to their end first: axe reads computed colours, and a button
  // caught halfway through its background fade can look like a contrast failure it is not.
  // Finished at once rather than awaited: under an installed test clock the page's timeline
  // may not move on by itself, and a wait would never end.
  await page.evaluate(() => {
    for (const a of document.getAnimations()) {
      if (a.effect && a.effect.getComputedTiming().endTime !== Infinity) {
        try { a.finish(); } catch { /* an animation that can't be finished is left as it is */ }
      }
    }
  });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(found, [], `axe on ${label}`);
}

/** Everything Closer keeps in localStorage, as an object. */
export async function storageDump(page, { afterWrites = true } = {}) {
  // A save shows at once and is written in its turn under the Web Lock closer:writer (see
  // src/state/writer.rs). Taking that lock here, after every write already asked for (the
  // lock is granted in the order asked), reads storage as it is once they are written.
  // `afterWrites: false` reads at once (a spec that holds the lock itself).
  return page.evaluate(async (after) => {
    if (after) await navigator.locks?.request('closer:writer', () => {});
    return Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('closer:')).map((k) => [k, localStorage.getItem(k)]));
  }, afterWrites);
}
