// The three engines behind the driver's six primitives (see driver.mjs):
//   chromium: Debian's Chromium through playwright-core (CDP)
//   firefox:  Debian's firefox-esr through puppeteer-core over WebDriver BiDi
//   webkit:   WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver over HTTP),
//             on an Xvfb display of its own (the MiniBrowser's --headless hangs)
// Each starts one browser with empty storage and one page in it.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

export const PHONE = { width: 390, height: 844 };

/** A port nobody listens on now. */
export function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function chromium({ base }) {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS } = await import('../harness.mjs');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const ctx = await browser.newContext({ viewport: PHONE, serviceWorkers: 'allow' });
  const problems = [];
  ctx.on('request', (r) => { if (/^https?:/.test(r.url()) && !r.url().startsWith(base)) problems.push(`request to another origin: ${r.url()}`); });
  await ctx.route((url) => !url.href.startsWith(base) && url.protocol.startsWith('http'), (route) => route.abort());
  const page = await ctx.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return {
    open: (url) => page.goto(url),
    run: (js) => page.evaluate(js),
    element: async (js) => (await page.evaluateHandle(js)).asElement(),
    click: (el) => el.click(),
    type: (el, text) => el.fill(text),
    reload: () => page.reload(),
    screenshot: (file) => page.screenshot({ path: file }),
    nativeProblems: () => problems,
    close: () => browser.close(),
  };
}

export async function firefox({ base }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'closer-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', headless: true, userDataDir: profile,
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
  });
  const problems = [];
  const tab = async () => {
    const page = await browser.newPage();
    await page.setViewport(PHONE);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (/^https?:/.test(r.url()) && !r.url().startsWith(base)) problems.push(`request to another origin: ${r.url()}`); });
    return page;
  };
  const page = await tab();
  // The tab a person acts in is the one they see: a tab is brought to the front before it is
  // used (a tab in the background paints no frames and has its timers slowed).
  const front = { page };
  return { ...firefoxTab(page, problems, front),
    /** A second tab of the same browser (same storage), with the same primitives. */
    another: async () => firefoxTab(await tab(), problems, front),
    close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

function firefoxTab(page, problems, front = { page }) {
  const see = async () => {
    if (front.page !== page) { await page.bringToFront(); front.page = page; }
  };
  return {
    open: async (url) => { await see(); return page.goto(url, { waitUntil: 'load' }); },
    run: (js) => page.evaluate(js),
    element: async (js) => (await page.evaluateHandle(js)).asElement(),
    click: async (el) => { await see(); return el.click(); },
    type: async (el, text) => {
      await see();
      await el.evaluate((e) => { e.focus(); e.select?.(); });
      if (text === '') await el.press('Backspace'); else await el.type(text);
    },
    reload: async () => { await see(); return page.reload({ waitUntil: 'load' }); },
    screenshot: (file) => page.screenshot({ path: file }),
    nativeProblems: () => problems,
    close: () => page.close(),
  };
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The MiniBrowser Debian's libwebkit2gtk-4.1-0 installs. */
export function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  const fixed = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (existsSync(fixed)) return fixed;
  return execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n').find((l) => l.endsWith('/MiniBrowser'));
}

export async function webkit() {
  const home = mkdtempSync(join(tmpdir(), 'closer-webkit-'));
  let display = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display += 1;
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${display}`); i++) await sleep(50);
  const port = await freePort();
  // Its own home for data and caches: every run is a true first visit, and nothing piles up.
  const env = { ...process.env, DISPLAY: `:${display}`, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config') };
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(url + path, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    const up = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await sleep(100);
  }
  const { sessionId } = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } },
  });
  const s = `/session/${sessionId}`;
  // Its window can't be narrower than about 447 px: the narrowest it allows.
  await call('POST', `${s}/window/rect`, { width: 450, height: PHONE.height }).catch(() => {});
  const run = (js) => call('POST', `${s}/execute/sync`, { script: `return ${js};`, args: [] });
  const first = await call('GET', `${s}/window`);
  return {
    /** A second tab (a new window of the same browser: same storage). Each of its
     *  primitives switches to it and back, so the first tab's primitives stay as they are. */
    another: async () => {
      const { handle } = await call('POST', `${s}/window/new`, { type: 'tab' });
      await call('POST', `${s}/window`, { handle: first });
      const inIt = (f) => async (...a) => {
        await call('POST', `${s}/window`, { handle });
        try { return await f(...a); } finally { await call('POST', `${s}/window`, { handle: first }); }
      };
      const runIn = inIt(run);
      return {
        open: inIt((u) => call('POST', `${s}/url`, { url: u })),
        run: runIn,
        element: inIt(async (js) => {
          const el = await run(js);
          if (!el || !el[ELEMENT]) throw new Error('no element');
          return el[ELEMENT];
        }),
        click: inIt((id) => call('POST', `${s}/element/${id}/click`, {})),
        type: inIt(async (id, text) => {
          await call('POST', `${s}/element/${id}/clear`, {});
          if (text) await call('POST', `${s}/element/${id}/value`, { text });
        }),
        reload: inIt(() => call('POST', `${s}/refresh`, {})),
        close: inIt(() => call('DELETE', `${s}/window`)),
      };
    },
    open: (u) => call('POST', `${s}/url`, { url: u }),
    run,
    element: async (js) => {
      const el = await run(js);
      if (!el || !el[ELEMENT]) throw new Error('no element');
      return el[ELEMENT];
    },
    click: (id) => call('POST', `${s}/element/${id}/click`, {}),
    type: async (id, text) => {
      await call('POST', `${s}/element/${id}/clear`, {});
      if (text) await call('POST', `${s}/element/${id}/value`, { text });
    },
    reload: () => call('POST', `${s}/refresh`, {}),
    screenshot: async (file) => writeFileSync(file, Buffer.from(await call('GET', `${s}/screenshot`), 'base64')),
    close: async () => {
      // The MiniBrowser can outlive its driver: end the driver's children by id, then it.
      const children = (() => {
        try { return execFileSync('ps', ['-o', 'pid=', '--ppid', String(driver.pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean); } catch { return []; }
      })();
      await call('DELETE', s).catch(() => {});
      for (const pid of children) { try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ } }
      driver.kill('SIGTERM');
      xvfb.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    },
  };
}
