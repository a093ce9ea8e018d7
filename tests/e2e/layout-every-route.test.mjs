// Every screen, at every size: each screen's route opened on a store that looks lived
// in, at 320x640, 390x844 and 1280x800, light and dark, and at 200 % text. Fails on
// sideways scrolling, any part of the header or tab bar outside the screen (or the two
// taking more than a quarter of it), the brand broken over lines, a floating button
// covering more than a tenth of the content, visible text under 12 px, targets under 24 px (44 on
// the feelings wheel and the body map), list markers on grids, "1 days"-style counts, and
// axe violations (once per route and theme). Keeps a screenshot of each screen with a
// problem in tests/e2e/results/sweep/ (CI keeps it as an artifact); with
// CLOSER_SWEEP_SHOTS=1, of every route and mode, for a person to look through
// (`CLOSER_SWEEP_SHOTS=1 bash .ci/test layout-`).
//
// Fast on purpose: one page per mode, moving between screens inside the app (no reload),
// axe only at one width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, ready, seedStorage, checkA11y } from './lib/harness.mjs';
import { livedIn, clock } from './lib/lived-in.mjs';
import { ROUTES, go } from './lib/routes.mjs';

const OUT = resolve(import.meta.dirname, 'results/sweep');
/** Every screen's screenshot (else only those with a problem). */
const ALL_SHOTS = process.env.CLOSER_SWEEP_SHOTS === '1';

const store = livedIn();

/** A few screens are checked once more in a second state, where their layout changes. */
const SECOND_LOOK = {
  '/': async (page) => page.getByText('More for today').click(),
  '/checkin': async (page) => page.getByRole('listbox', { name: 'Feelings wheel' }).getByRole('option', { name: 'peaceful', exact: true }).click(),
  '/body': async (page) => page.getByRole('button', { name: 'Chest' }).click(),
};

const MODES = [
  { name: '320-light', width: 320, height: 640 },
  { name: '390-light', width: 390, height: 844, axe: true },
  { name: '1280-light', width: 1280, height: 800 },
  { name: '320-dark', width: 320, height: 640, dark: true },
  { name: '390-dark', width: 390, height: 844, dark: true, axe: true },
  { name: '1280-dark', width: 1280, height: 800, dark: true },
  { name: '320-text200', width: 320, height: 640, text: 200 },
  { name: '390-text200', width: 390, height: 844, text: 200 },
  { name: '1280-text200', width: 1280, height: 800, text: 200 },
];

const PLURALS = 'days|weeks|months|years|hours|minutes|seconds|times|check-ins|practices|urges|wins|entries|pieces|steps|statements|breaks|words|answers|ratings|needs|beliefs|items|feelings|shares|asks|keys|files|sittings|notes';

/** Everything a person would see wrong on the screen as it is now. */
function inspect({ plurals, bigTargets }) {
  const problems = [];
  const vw = innerWidth;
  const vh = innerHeight;
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30)}"`;
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return null;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) return null;
    return r;
  };

  // Sideways scrolling.
  const over = document.documentElement.scrollWidth - vw;
  if (over > 1) {
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > vw + 1 || (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === 'visible')).slice(-3).map(name);
    problems.push(`page scrolls sideways by ${over}px (${wide.join(', ')})`);
  }

  // The frame: every link of the header and tab bar fully on screen, and the two together
  // leaving most of the screen to the content.
  let frame = 0;
  for (const bar of document.querySelectorAll('header.top, nav.tabs')) {
    const r = bar.getBoundingClientRect();
    frame += r.height;
    for (const a of bar.querySelectorAll('a, button, summary')) {
      const b = shown(a);
      if (!b) continue;
      if (b.left < -0.5 || b.right > vw + 0.5 || b.top < -0.5 || b.bottom > vh + 0.5) problems.push(`${name(a)} is outside the screen (${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.width)}x${Math.round(b.height)})`);
    }
  }
  if (frame > vh * 0.25) problems.push(`header and tab bar take ${Math.round((frame / vh) * 100)} % of the screen`);

  // The brand on one line ("Close / r" is a broken word, not a layout).
  const brand = document.querySelector('header.top .brand');
  if (brand) {
    const range = document.createRange();
    range.selectNodeContents(brand);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (lines.size > 1) problems.push(`the brand "${brand.textContent}" breaks over ${lines.size} lines`);
  }

  // Anything floating over the content (besides the bars) covers a corner, not a part of it:
  // at most a tenth of the space between the header and the tab bar.
  const bandTop = document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0;
  const bandBottom = document.querySelector('nav.tabs')?.getBoundingClientRect().top ?? vh;
  for (const el of document.querySelectorAll('main *')) {
    if (getComputedStyle(el).position !== 'fixed') continue;
    const r = shown(el);
    if (!r) continue;
    const share = (r.width * r.height) / (vw * Math.max(1, bandBottom - bandTop));
    if (share > 0.1) problems.push(`${name(el)} floats over ${Math.round(share * 100)} % of the screen`);
  }

  // Text under 12 px (SVG text scaled by its drawing).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const small = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    const el = n.parentElement;
    if (!el || el.closest('script, style, noscript, title, [aria-hidden="true"] .sr-only')) continue;
    if (!shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rr = range.getBoundingClientRect();
    if (rr.width < 2 || rr.height < 2) continue;
    let px = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) {
      const m = el.getScreenCTM();
      if (m) px *= Math.hypot(m.a, m.b);
    }
    if (px < 11.95) small.add(`${name(el)} ${px.toFixed(1)}px`);
  }
  for (const s of [...small].slice(0, 5)) problems.push(`text under 12 px: ${s}`);

  // Targets: 24 px anywhere (links inside a sentence excepted), 44 px on the wheel and body map.
  const targets = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=option], [role=tab]');
  for (const t of targets) {
    let r = shown(t);
    if (!r) continue;
    // A box or a radio is reached through its label too: the larger of the two counts.
    for (const l of t.labels || []) {
      const lr = shown(l);
      if (lr && lr.width * lr.height > r.width * r.height) r = lr;
    }
    const big = t.matches(bigTargets);
    const min = big ? 43.5 : 23.5;
    if (!big && t.matches('a') && getComputedStyle(t).display === 'inline') continue;
    if (r.width < min || r.height < min) problems.push(`target under ${big ? 44 : 24} px: ${name(t)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }

  // List markers beside grid or flex items.
  for (const list of document.querySelectorAll('ul, ol')) {
    const d = getComputedStyle(list).display;
    if (!/grid|flex/.test(d) || !shown(list)) continue;
    const li = [...list.children].find((c) => c.tagName === 'LI' && getComputedStyle(c).display === 'list-item' && getComputedStyle(c).listStyleType !== 'none');
    if (li) problems.push(`list markers on a ${d} list: ${name(list)}`);
  }

  // "1 days" and the like.
  const text = document.body.innerText;
  for (const m of text.matchAll(new RegExp(`(^|[^\\d.,])1 (${plurals})\\b`, 'g'))) problems.push(`count: "1 ${m[2]}"`);

  // Nothing set aside as unreadable (the lived-in store is all valid).
  if (/couldn't be read/i.test(text)) problems.push('the store was not read cleanly');
  return problems;
}

let app;
before(async () => { app = await launch(); await mkdir(OUT, { recursive: true }); });
after(() => app.close());

for (const mode of MODES) {
  test(`every route at ${mode.name}`, async () => {
    const t0 = Date.now();
    const { ctx, finish } = await app.context({ viewport: { width: mode.width, height: mode.height }, colorScheme: mode.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.clock.install({ time: clock() });
    await seedStorage(page, store);
    await page.goto('/');
    await ready(page);
    if (mode.text) await page.evaluate((t) => { document.documentElement.style.fontSize = `${t}%`; }, mode.text);
    const failures = [];
    const look = async (label) => {
      const problems = await page.evaluate(inspect, { plurals: PLURALS, bigTargets: '.wheel [role=option], .body-svg [role=button]' });
      for (const p of problems) failures.push(`${label}: ${p}`);
      const file = label.replace(/^\/(\+?)$/, '/today$1').replace(/\+$/, '-again').replace(/[^a-z0-9]+/gi, '-');
      if (ALL_SHOTS || problems.length) await page.screenshot({ path: `${OUT}/${mode.name}${file}.png`, fullPage: true });
    };
    for (const path of ROUTES) {
      await go(page, path);
      await look(path);
      if (mode.axe) await checkA11y(page, `${path} (${mode.name})`);
      if (SECOND_LOOK[path]) {
        await SECOND_LOOK[path](page);
        await look(`${path}+`);
        if (mode.axe) await checkA11y(page, `${path}, second look (${mode.name})`);
      }
    }
    await finish();
    console.log(`# ${mode.name}: ${ROUTES.length} routes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    assert.deepEqual(failures, [], `every route at ${mode.name}`);
  });
}

test('the first run, at 320 px and 200 % text', async () => {
  const { page, finish } = await app.open('/', { viewport: { width: 320, height: 640 } });
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await page.getByRole('heading', { level: 1, name: 'Welcome to Closer' }).waitFor();
  const problems = await page.evaluate(inspect, { plurals: PLURALS, bigTargets: '.wheel [role=option], .body-svg [role=button]' });
  if (ALL_SHOTS || problems.length) await page.screenshot({ path: `${OUT}/320-text200-welcome.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await finish();
});
