// Fault suite: "delete everything" (with the lock on), cut short at every write it makes.
// Afterwards either every win opens with the passphrase, or nothing is left at all (no
// half-deleted data, no lock asking for a passphrase over nothing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { everyFault, openWith, winsShown, snapshot, answered, turnLockOn, lostBetween } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const P = 'seven blue kites';
const WINS = ['driftwood walk', 'marmalade morning', 'quiet tea'];

test('delete everything cut short anywhere: all of it is still there, or none of it', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await turnLockOn(page, P);
  await everyFault(page, 'delete everything', {
    before: await snapshot(page),
    prepare: async (p) => {
      assert.equal(await openWith(p, '/settings/data', [P]), P);
      await p.getByRole('button', { name: 'Delete everything…' }).click();
    },
    op: async (p) => {
      await p.getByRole('button', { name: 'Yes, delete everything' }).click();
      // Deleted: the app starts again at the welcome. Refused: the reason shows.
      await p.waitForFunction(() => location.pathname !== '/settings/data'
        || document.querySelector('.confirm [role=alert]')?.textContent.trim(), null, { timeout: 30000 });
    },
    check: async (p, { mode, at }) => {
      const where = `${mode} at write ${at}`;
      const used = await openWith(p, '/wins', [P]);
      assert.notEqual(used, null, `${where}: Closer opens`);
      const shown = await winsShown(p);
      if (shown.length === 0) {
        const left = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('closer:') && k !== 'closer:meta'));
        assert.deepEqual(left, [], `${where}: nothing half-deleted is left`);
        assert.equal(used, '', `${where}: no lock over nothing`);
      }
      return lostBetween(shown, [WINS, []]);
    },
  });
  await finish();
});
