// Updates with a tab still open: a tab that started on the previous build keeps opening
// screens it hadn't opened yet, after the new build's worker has taken over. Each build's
// screens ship in split/<hash of its wasm>/ and the worker keeps the previous build's cache
// while a tab still runs it, so the old tab gets its own build's screen code, never the
// new build's (which can't run with its main module).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, onboarded, ready, DIST } from './lib/harness.mjs';

let app, dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'closer-old-tab-'));
  cpSync(DIST, dir, { recursive: true });
  app = await launch({ dist: dir });
});
after(async () => { await app.close(); rmSync(dir, { recursive: true, force: true }); });

/** Publishes a next build over the served folder, as a host would: a new worker, and
 *  screen files the previous build's main module can't use (here, not wasm at all). The
 *  previous build's screen files are no longer on the host. */
function publishNext() {
  const sw = join(dir, 'sw.js');
  let text = readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)';/, "const VERSION = '$1-next';");
  const split = join(dir, 'split');
  const broken = Buffer.from('not the screens this main module was built with');
  if (existsSync(join(split, '__wasm_split.js'))) {
    // Screen files named the same in every build: the next build's replace them.
    for (const f of readdirSync(split)) if (f.endsWith('.wasm')) writeFileSync(join(split, f), broken);
  } else {
    const [old] = readdirSync(split);
    const next = 'f'.repeat(16);
    mkdirSync(join(split, next));
    for (const f of readdirSync(join(split, old))) {
      // The build's compressed copies (.br, .gz) of the old files are not the next build's.
      if (/\.(br|gz)$/.test(f)) continue;
      writeFileSync(join(split, next, f), f.endsWith('.wasm') ? broken : readFileSync(join(split, old, f)));
    }
    rmSync(join(split, old), { recursive: true });
    text = text.split(`/split/${old}/`).join(`/split/${next}/`);
  }
  writeFileSync(sw, text);
}

/** Polls `fn` in the page (it may be async) until it is true. */
async function until(page, fn, what) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (await page.evaluate(fn)) return;
    await page.waitForTimeout(200);
  }
  assert.fail(`waited for ${what}`);
}

test('a tab still on the previous build opens a screen it had not opened yet, after the update', async () => {
  const { page, finish } = await app.open('/', { serviceWorkers: 'allow', storage: onboarded() });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The tab as a person has it: opened while this build's worker was in charge.
  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

  publishNext();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await until(page, () => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting), 'the next build to install');
  // Another tab chose "Update now": the new worker takes over every tab, this one included,
  // without reloading it.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting.postMessage('skip-waiting')));
  await until(page, () => navigator.serviceWorker.getRegistration().then((r) => !r.waiting && !r.installing
    && navigator.serviceWorker.controller && r.active.state === 'activated'), 'the next build to take over');
  assert.equal(await page.evaluate(() => document.querySelector('main h1').textContent), 'Today', 'not reloaded under the person');

  // This tab still runs the previous build: a screen it hadn't opened comes from that build.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor({ timeout: 20000 });
  assert.ok(!(await page.getByText("This part of Closer didn't download").isVisible()), 'the screen opened');
  await finish();
});
