// The installed app on Android, desktop Chromium and iPhone: Chromium finds it installable,
// the manifest's shortcuts open real screens, the screenshots and the iPhone icon exist at
// their sizes, the app badge shows a waiting check-in and clears once it is made, and in
// an installed app's display the frame keeps clear of the notch and the home indicator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, onboarded, checkA11y, CHROMIUM_ARGS } from './lib/harness.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const NOTCH = { top: 47, bottom: 34, left: 0, right: 0 };        // an iPhone in portrait
const LANDSCAPE = { top: 0, bottom: 21, left: 47, right: 47 };   // and on its side

/** Width and height of a PNG, from its header. */
const pngSize = (buf) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });

async function manifestOf(page) {
  return page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
}

test('Chromium finds the app installable: manifest, icons and a worker that controls the page', async () => {
  // Not in an incognito-like context (Chromium never offers to install there): a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'closer-install-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, serviceWorkers: 'allow' });
  try {
    const page = await ctx.newPage();
    await page.goto(`${app.base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await ctx.newCDPSession(page);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    assert.match(url, /\/manifest\.webmanifest$/);
    assert.deepEqual(errors, [], 'the manifest parses without errors or warnings');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'nothing keeps Chromium from offering to install');
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest: an id, shortcuts that open real screens, screenshots at their sizes', async () => {
  const { page, finish } = await app.open('/', { storage: onboarded() });
  const m = await manifestOf(page);
  assert.equal(m.id, '/');
  assert.equal(m.start_url, '/');
  assert.deepEqual(m.shortcuts.map((s) => s.name), ['Check in', 'Help now', 'Log an urge']);
  for (const s of m.shortcuts) {
    assert.ok(s.description, `${s.name} says what it does`);
    await page.goto(s.url);
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    assert.equal(await h1.textContent(), s.name, `${s.url} opens ${s.name}`);
    for (const icon of s.icons || []) assert.equal(await page.evaluate((src) => fetch(src).then((r) => r.status), icon.src), 200);
  }
  assert.deepEqual([...new Set(m.screenshots.map((s) => s.form_factor))].sort(), ['narrow', 'wide']);
  for (const s of m.screenshots) {
    const res = await page.request.get(s.src);
    assert.equal(res.status(), 200, s.src);
    assert.equal(res.headers()['content-type'], s.type, `${s.src} is served as ${s.type}`);
    const body = await res.body();
    assert.ok(body.length < 60_000, `${s.src} stays small (${body.length} bytes)`);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, s.src);
    assert.equal(size, s.sizes, `${s.src} is as large as the manifest says`);
    assert.ok(s.label, `${s.src} has a label`);
  }
  await finish();
});

test('an iPhone gets a 180 px opaque icon and the app\'s name for its home screen', async () => {
  const { page, finish } = await app.open('/', { storage: onboarded() });
  const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  assert.equal(await page.locator('link[rel="apple-touch-icon"]').getAttribute('sizes'), '180x180');
  const res = await page.request.get(href);
  assert.equal(res.status(), 200);
  assert.deepEqual(pngSize(await res.body()), { width: 180, height: 180 });
  // iOS fills transparent corners with black: the icon must be opaque to its edges.
  const corner = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = 180;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    return [...g.getImageData(0, 0, 1, 1).data, ...g.getImageData(179, 179, 1, 1).data];
  }, href);
  assert.equal(corner[3], 255, 'top-left corner is opaque');
  assert.equal(corner[7], 255, 'bottom-right corner is opaque');
  assert.equal(await page.locator('meta[name="apple-mobile-web-app-title"]').getAttribute('content'), 'Closer');
  assert.equal(await page.locator('meta[name="apple-mobile-web-app-status-bar-style"]').getAttribute('content'), 'default');
  assert.match(await page.locator('meta[name="viewport"]').getAttribute('content'), /viewport-fit=cover/);
  await finish();
});

test('About says an iPhone keeps the home-screen app\'s data apart from Safari\'s, and a backup keeps it safe', async () => {
  const { page, finish } = await app.open('/about', { storage: onboarded() });
  await page.getByRole('heading', { level: 1, name: 'About and safety' }).waitFor();
  const text = await page.textContent('main');
  assert.match(text, /Home Screen keeps its own data, apart from Closer opened in Safari/);
  assert.match(text, /A backup carries your entries/);
  await finish();
});

/** Where the header's and the tab bar's content sits, with the given insets emulated. */
async function frame(page, cdp, insets) {
  await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });
  return page.evaluate(() => {
    const r = (sel) => document.querySelector(sel).getBoundingClientRect();
    const cs = (sel) => getComputedStyle(document.querySelector(sel));
    const tabs = [...document.querySelectorAll('.tabs a')].map((a) => a.getBoundingClientRect());
    return {
      height: innerHeight, width: innerWidth,
      brandTop: r('.brand').top, brandLeft: r('.brand').left,
      headerPadTop: parseFloat(cs('.top').paddingTop),
      tabsBottom: Math.max(...tabs.map((t) => t.bottom)), tabsLeft: Math.min(...tabs.map((t) => t.left)), tabsRight: Math.max(...tabs.map((t) => t.right)),
      mainLeft: r('main h1').left, mainRight: r('main h1').right,
    };
  });
}

// Installed (standalone, viewport-fit=cover) on a phone with a notch, the system reports
// safe-area insets; Chromium's DevTools can set them (it can't switch display-mode itself).
test('installed on a phone: header and tab bar clear the notch and the home indicator', async () => {
  const { ctx, page, finish } = await app.open('/', { storage: onboarded(), viewport: { width: 390, height: 844 } });
  const cdp = await ctx.newCDPSession(page);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  const plain = await frame(page, cdp, { top: 0, bottom: 0, left: 0, right: 0 });
  const portrait = await frame(page, cdp, NOTCH);
  assert.ok(portrait.headerPadTop >= NOTCH.top, `the header pads below the notch (${portrait.headerPadTop}px)`);
  assert.ok(portrait.brandTop >= NOTCH.top, `the header's content starts below the notch (${portrait.brandTop}px)`);
  assert.ok(portrait.tabsBottom <= portrait.height - NOTCH.bottom, `the tabs end above the home indicator (${portrait.tabsBottom} of ${portrait.height})`);
  assert.ok(plain.tabsBottom > plain.height - NOTCH.bottom, 'without insets the tabs reach the bottom edge (so the check above can fail)');
  await page.screenshot({ path: process.env.CLOSER_SHOTS ? `${process.env.CLOSER_SHOTS}/standalone-portrait.png` : undefined });

  await page.setViewportSize({ width: 844, height: 390 });
  const side = await frame(page, cdp, LANDSCAPE);
  assert.ok(side.brandLeft >= LANDSCAPE.left, `the header clears the notch on the left (${side.brandLeft}px)`);
  assert.ok(side.tabsLeft >= LANDSCAPE.left && side.tabsRight <= side.width - LANDSCAPE.right, 'the tabs clear both sides');
  assert.ok(side.mainLeft >= LANDSCAPE.left && side.mainRight <= side.width - LANDSCAPE.right, 'the screen\'s content clears both sides');
  assert.ok(side.tabsBottom <= side.height - LANDSCAPE.bottom, 'the tabs end above the home indicator');
  await page.screenshot({ path: process.env.CLOSER_SHOTS ? `${process.env.CLOSER_SHOTS}/standalone-landscape.png` : undefined });
  await checkA11y(page, 'today, standalone, landscape');
  await finish();
});

/** Stands in for the Badging API (or removes it) before the app starts; calls are kept. */
async function badgeStandIn(ctx, present) {
  await ctx.addInitScript((present) => {
    window.__badge = [];
    const define = (name, value) => Object.defineProperty(Navigator.prototype, name, { value, configurable: true, writable: true });
    if (present) {
      define('setAppBadge', (n) => { window.__badge.push(n === undefined ? 'set' : `set ${n}`); return Promise.resolve(); });
      define('clearAppBadge', () => { window.__badge.push('clear'); return Promise.resolve(); });
    } else {
      delete Navigator.prototype.setAppBadge;
      delete Navigator.prototype.clearAppBadge;
    }
  }, present);
}

test('the app badge shows while a check-in is waiting and clears once it is made', async () => {
  const { ctx, finish } = await app.context();
  await badgeStandIn(ctx, true);
  const page = await ctx.newPage();
  // 09:30: the 09:00 check-in is waiting.
  await page.clock.install({ time: new Date('2026-11-29T09:30:00') });
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded('2026-11-23'));
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForFunction(() => window.__badge.at(-1) === 'set');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('button', { name: 'pleasant', exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('status').filter({ hasText: 'Noted' }).waitFor();
  await page.waitForFunction(() => window.__badge.at(-1) === 'clear');
  assert.deepEqual(await page.evaluate(() => window.__badge), ['set', 'clear'], 'set once, cleared once');
  // Reopened with nothing waiting, the badge is cleared (not left over from before).
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForFunction(() => window.__badge.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__badge), ['clear']);
  await finish();
});

test('without the Badging API the app works the same, quietly', async () => {
  const { ctx, finish } = await app.context();
  await badgeStandIn(ctx, false);
  const page = await ctx.newPage();
  await page.clock.install({ time: new Date('2026-11-29T09:30:00') });
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v); }, onboarded('2026-11-23'));
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  assert.equal(await page.evaluate(() => 'setAppBadge' in navigator), false);
  // Today says so in words instead (the one rule of a waiting check-in).
  await page.getByText(/A good moment for your morning check-in/).waitFor();
  await finish();
});
