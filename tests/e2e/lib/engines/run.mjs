// Runs every journey (journeys.mjs) in one engine, in one browser session, against the
// release build served on a fresh port, and says how long the engine took.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../harness.mjs';
import { startServer } from '../serve.mjs';
import { Driver } from './driver.mjs';
import * as adapters from './adapters.mjs';
import { JOURNEYS } from './journeys.mjs';

export function runJourneys(engine) {
  let server, driver, started;
  const run = {
    dist: DIST,
    /** Stops serving: what still works comes from the service worker. */
    stopServing: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
  before(async () => {
    started = Date.now();
    // A fresh port each run: an engine that keeps data per origin still sees a first visit.
    server = await startServer(DIST, await adapters.freePort(), '127.0.0.1', { watch: true });
    const base = `http://127.0.0.1:${server.address().port}`;
    driver = new Driver(await adapters[engine]({ base }), { base, engine });
  });
  after(async () => {
    if (server.listening) await run.stopServing();
    await driver?.close();
    console.log(`${engine}: ${Object.keys(JOURNEYS).length} journeys in ${((Date.now() - started) / 1000).toFixed(1)} s (browser start included)`);
  });

  for (const [name, journey] of Object.entries(JOURNEYS)) {
    test(`${engine}: ${name}`, async () => {
      try {
        await journey(driver, run);
      } catch (e) {
        if (process.env.CLOSER_SHOTS) {
          mkdirSync(process.env.CLOSER_SHOTS, { recursive: true });
          await driver.screenshot(join(process.env.CLOSER_SHOTS, `${engine}-${name.slice(0, 40).replace(/\W+/g, '-')}.png`)).catch(() => {});
        }
        throw e;
      }
      assert.deepEqual(await driver.problems(), [], 'no script error, panic, CSP violation or request to another origin');
    });
  }
}
