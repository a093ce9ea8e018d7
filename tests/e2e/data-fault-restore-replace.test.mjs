// Fault suite: restoring a backup in place of what is here, cut short at every write it
// makes. Afterwards the wins on screen are exactly what was here, or exactly the backup's.
import { test, before, after } from 'node:test';
import { launch } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { restoreFaults } from './lib/fault-restore.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('a restore that replaces what is here, cut short anywhere: exactly before or exactly the backup', async () => {
  const { page, finish } = await app.open('/wins', { storage: seeded(), clock: CLOCK });
  await restoreFaults(page, 'replace');
  await finish();
});
