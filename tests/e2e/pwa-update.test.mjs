// A new version is offered, never forced: the page keeps what the person is typing
// until they choose to update.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, onboarded, ready, DIST } from './lib/harness.mjs';

let app, dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'closer-update-'));
  cpSync(DIST, dir, { recursive: true });
  app = await launch({ dist: dir });
});
after(async () => { await app.close(); rmSync(dir, { recursive: true, force: true }); });

test('an update waits for the person, and their unsaved words stay', async () => {
  const { page, finish } = await app.open('/settings', { serviceWorkers: 'allow', storage: onboarded() });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const field = page.getByLabel('Your intention, in your own words');
  await field.fill('Half a thought I have not saved yet');

  // Ship a new version: the worker file changes.
  const sw = join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)';/, "const VERSION = '$1-next';"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

  await page.getByText('A new version of Closer is ready').waitFor({ timeout: 15000 });
  assert.equal(await field.inputValue(), 'Half a thought I have not saved yet', 'nothing reloaded under the person');
  assert.equal(new URL(page.url()).pathname, '/settings');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
  await ready(page);
  const version = await page.evaluate(async () => {
    const keys = await caches.keys();
    return keys.join(',');
  });
  assert.match(version, /-next/, 'the new version is in charge after the person chose it');
  await finish();
});
