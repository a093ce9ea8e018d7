// A first visit never hears "a new version is ready": the worker that installs on a first
// visit is not an update, whichever order the engine reports its steps in. A real update
// is still announced (pwa-update covers applying it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, onboarded, DIST } from './lib/harness.mjs';
import { ORDERS, registerScript, replayOrder } from './lib/sw-order.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('each engine order of a worker\'s first install is told apart from an update', async () => {
  const { page, finish } = await app.open('/', { storage: onboarded() });
  const source = registerScript(DIST);
  for (const [order, want] of Object.entries(ORDERS)) {
    assert.equal(await page.evaluate(replayOrder(source, order)), want, order);
  }
  await finish();
});

test('a real first visit: the worker takes charge and no update banner shows', async () => {
  const { page, finish } = await app.open('/', { serviceWorkers: 'allow', storage: onboarded() });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.getByText('A new version of Closer is ready').count(), 0);
  await finish();
});
