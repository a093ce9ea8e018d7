// Fault suite: turning the lock on, cut short at every write it makes. Afterwards Closer
// opens (with the chosen passphrase if the lock ended up on) and every win is on screen;
// when the screen said nothing changed, the lock is off and nothing is encrypted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { everyFault, openWith, winsShown, snapshot, answered, plainValues, lostBetween } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const P = 'seven blue kites';
const WINS = ['driftwood walk', 'marmalade morning', 'quiet tea'];
const ON = 'The lock is on';
const STILL_OFF = 'Nothing was changed: the lock is still off.';
const LEFT_ON = 'The lock is on, with the passphrase you chose';

test('turning the lock on cut short anywhere: every win opens, and the lock is what the screen said', async () => {
  const { page, finish } = await app.open('/wins', { storage: seeded(), clock: CLOCK });
  await winsShown(page);
  await everyFault(page, 'lock on', {
    before: await snapshot(page),
    prepare: async (p) => {
      assert.equal(await openWith(p, '/settings/lock', []), '');
      await p.getByLabel('New passphrase').fill(P);
      await p.getByLabel('The same passphrase again').fill(P);
      await p.getByLabel('I understand that if I forget this passphrase, my data is gone.').check();
    },
    op: async (p) => {
      await p.getByRole('button', { name: 'Turn on the lock' }).click();
      return answered(p, [STILL_OFF, LEFT_ON, "couldn't be saved", ON]);
    },
    check: async (p, { mode, at, said }) => {
      const where = `${mode} at write ${at}`;
      if (said === STILL_OFF) {
        assert.deepEqual(await plainValues(p), await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('closer:') && k !== 'closer:meta')), `${where}: nothing encrypted`);
        assert.equal(await p.evaluate(() => localStorage.getItem('closer:lock')), null, `${where}: the lock is off, as the screen said`);
      }
      const used = await openWith(p, '/wins', [P]);
      assert.notEqual(used, null, `${where}: Closer opens`);
      if (used === P) assert.deepEqual(await plainValues(p), [], `${where}: locked, nothing left plain`);
      return lostBetween(await winsShown(p), [WINS]);
    },
  });
  await finish();
});
