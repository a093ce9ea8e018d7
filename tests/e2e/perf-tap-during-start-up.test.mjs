// A tap during start-up reaches the control it was aimed at: on 20 fresh first visits of a
// new person, the painted welcome is tapped at moments spread over the start-up (from
// the first paint to well after the app has taken over: the main wasm arrives a second
// late, as on a slow phone network), in turn on its main button
// ("Begin with a check-in"), the header's "About & safety" and the link for moving from
// another phone. Every tap is followed: the screen it names opens, once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const VISITS = 20;
/** How late the main wasm arrives: the first half of the taps land on the painted copy. */
const WASM_LATE = 1000;
/** The moments of the taps, after the page's first paint: 0 to 1.9 s, every 100 ms. */
const moment = (i) => i * 100;
const TARGETS = [
  { name: 'the welcome\'s button', tap: (p) => p.locator('main button.primary').first(), opens: 'Check in', path: '/checkin' },
  { name: 'About & safety in the header', tap: (p) => p.locator('header a[href="/about"]').first(), opens: 'About and safety', path: '/about' },
  { name: 'the moving link', tap: (p) => p.locator('main a[href="/move?phone=new"]').first(), opens: "I'm moving from another phone", path: '/move' },
];

test(`${VISITS} fresh first visits, each tapped at another moment of start-up: every tap followed`, async () => {
  const missed = [];
  const tapped = { painted: 0, live: 0 };
  for (let i = 0; i < VISITS; i++) {
    const target = TARGETS[i % TARGETS.length];
    const { ctx, finish } = await app.context();
    const page = await ctx.newPage();
    await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
    await page.route(/_bg\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, WASM_LATE)); await route.continue(); });
    await page.goto('/', { waitUntil: 'commit' });
    // The painted welcome (index.html) is the first thing there is to tap.
    await page.locator('main button.primary').first().waitFor();
    await page.waitForTimeout(moment(i));
    const when = await page.evaluate(() => (document.querySelector('#app > [data-paint]') ? 'painted' : 'live'));
    tapped[when] += 1;
    await target.tap(page).click();
    const opened = await page.getByRole('heading', { level: 1, name: target.opens })
      .waitFor({ timeout: 15000 }).then(() => true, () => false);
    const path = new URL(page.url()).pathname;
    if (!opened || path !== target.path) missed.push(`visit ${i + 1}: ${target.name} tapped at ${moment(i)} ms (${when}) ended on ${path}`);
    await finish();
  }
  assert.deepEqual(missed, [], 'every tap reached what it was aimed at');
  assert.ok(tapped.painted >= 5 && tapped.live >= 5, `taps on both the painted copy and the live app (${JSON.stringify(tapped)})`);
});
