// Fault suite: changing the passphrase, cut short at every write it makes (a full storage
// refusing that write, or the page closing there). Afterwards a passphrase the person knows
// opens Closer and every win is on screen: the old one when the screen said nothing
// changed, the new one or the old one when the page closed mid-way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/harness.mjs';
import { seeded, CLOCK } from './lib/data.mjs';
import { everyFault, openWith, winsShown, snapshot, answered, turnLockOn, lostBetween } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const A = 'seven blue kites';
const B = 'a harbour at dawn';
const WINS = ['driftwood walk', 'marmalade morning', 'quiet tea'];
const DONE = 'Your passphrase is changed. Use the new one from now on.';
const KEPT = "Your passphrase is still the one you've been using.";

test('a passphrase change cut short anywhere: a passphrase the person knows opens every win', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await turnLockOn(page, A);
  await everyFault(page, 'passphrase change', {
    before: await snapshot(page),
    prepare: async (p) => {
      assert.equal(await openWith(p, '/settings/lock', [A]), A);
      const form = p.getByRole('form', { name: 'Change the passphrase' });
      await form.getByLabel('Current passphrase').fill(A);
      await form.getByLabel('New passphrase', { exact: true }).fill(B);
      await form.getByLabel('The new passphrase again').fill(B);
    },
    op: async (p) => {
      await p.getByRole('form', { name: 'Change the passphrase' }).getByRole('button', { name: 'Change the passphrase' }).click();
      return answered(p, [DONE, KEPT, "couldn't be saved"]);
    },
    check: async (p, { mode, at, said }) => {
      // Told nothing changed: the old passphrase opens it. Cut off: the new one, or else the old.
      const tries = mode === 'throw' && said === KEPT ? [A] : [B, A];
      const used = await openWith(p, '/wins', tries);
      assert.notEqual(used, null, `${mode} at write ${at}: no passphrase the person knows opens Closer`);
      return lostBetween(await winsShown(p), [WINS]);
    },
  });
  await finish();
});
