// Fault suite: turning the lock off, cut short at every write it makes. Afterwards Closer
// opens (with the passphrase if the lock is still on) and every win is on screen; when the
// screen said the lock is still on, nothing is stored in the clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { everyFault, openWith, winsShown, snapshot, answered, plainValues, turnLockOn, lostBetween } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const P = 'seven blue kites';
const WINS = ['driftwood walk', 'marmalade morning', 'quiet tea'];
const OFF = 'Turn on the lock';
const STILL_ON = 'The lock is still on, and everything is still encrypted.';
const PART_PLAIN = 'The lock is still on. Part of your data';

test('turning the lock off cut short anywhere: every win opens, never half off', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await turnLockOn(page, P);
  await everyFault(page, 'lock off', {
    before: await snapshot(page),
    prepare: async (p) => {
      assert.equal(await openWith(p, '/settings/lock', [P]), P);
      await p.getByRole('button', { name: 'Turn the lock off…' }).click();
    },
    op: async (p) => {
      await p.getByRole('button', { name: 'Yes, turn it off' }).click();
      return answered(p, [STILL_ON, PART_PLAIN, "couldn't be saved", OFF]);
    },
    check: async (p, { mode, at, said }) => {
      const where = `${mode} at write ${at}`;
      // The screen said the lock is still on and everything encrypted: so it must be. (Only
      // when storage refused to encrypt again may it say part is plain, and then say so.)
      if (mode !== 'crash' && said !== OFF && said !== PART_PLAIN) {
        assert.deepEqual(await plainValues(p), [], `${where}: the screen says the lock is on, and nothing is stored plain`);
      }
      const used = await openWith(p, '/wins', [P]);
      assert.notEqual(used, null, `${where}: Closer opens`);
      if (used === P) assert.deepEqual(await plainValues(p), [], `${where}: still locked, everything sealed again`);
      return lostBetween(await winsShown(p), [WINS]);
    },
  });
  await finish();
});
