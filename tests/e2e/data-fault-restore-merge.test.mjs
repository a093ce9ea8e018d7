// Fault suite: restoring a backup by adding what's new, cut short at every write it makes.
// Afterwards every win that was here is on screen, and the backup's are all there or none.
import { test, before, after } from 'node:test';
import { launch } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { restoreFaults } from './lib/fault-restore.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a restore that adds what is new, cut short anywhere: all of it or none, nothing here lost', async () => {
  const { page, finish } = await app.open('/wins', { storage: seeded(), clock: CLOCK });
  await restoreFaults(page, 'merge');
  await finish();
});
