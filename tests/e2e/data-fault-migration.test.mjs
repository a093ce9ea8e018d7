// Fault suite: the stored-data upgrade this version ships, cut short at every write it
// makes. A store locked by the previous version of Closer (tests/fixtures/lock-v1.json, made by
// it: a first-version lock record, values sealed without key ids) is brought up to date at
// the first unlock: a new lock record, then every value sealed again in the current format,
// and the passphrase's slot moved from PBKDF2 to Argon2id.
// Cut short anywhere, the same passphrase opens it and every win is on screen. (Schema
// migrations themselves are proven natively, at every write, with a test-only version 2:
// `cargo test --lib faults`; this release ships none.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, ready } from './lib/harness.mjs';
import { CLOCK } from './lib/data.mjs';
import { everyFault, openWith, winsShown, plainValues, lostBetween } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const P = 'seven blue kites';
const WINS = ['driftwood walk', 'marmalade morning', 'quiet tea'];
const V1 = JSON.parse(readFileSync(new URL('../fixtures/lock-v1.json', import.meta.url), 'utf8'));

test('a store locked by the previous version, brought up to date and cut short anywhere: every win opens', async () => {
  const { page, finish } = await app.open('/wins', { storage: V1, clock: CLOCK });
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  assert.equal(JSON.parse(V1['closer:lock']).v, 1, 'the fixture is a first-version record');
  await everyFault(page, 'lock format upgrade', {
    before: V1,
    prepare: async (p) => {
      await p.goto('/wins');
      await ready(p);
      await p.getByLabel('Passphrase').fill(P);
    },
    op: async (p) => {
      await p.getByRole('button', { name: 'Unlock' }).click();
      await p.getByRole('heading', { level: 1, name: 'Wins journal' }).waitFor({ timeout: 30000 });
    },
    check: async (p, { mode, at }) => {
      const used = await openWith(p, '/wins', [P]);
      assert.equal(used, P, `${mode} at write ${at}: the same passphrase opens it`);
      assert.deepEqual(await plainValues(p), [], `${mode} at write ${at}: nothing plain`);
      const record = JSON.parse(await p.evaluate(() => localStorage.getItem('closer:lock')));
      assert.equal(record.v, 3, 'brought up to date at this unlock');
      assert.ok(record.slots.every((s) => s.argon2id && !s.iter), 'the passphrase slot moved to Argon2id');
      return lostBetween(await winsShown(p), [WINS]);
    },
  });
  await finish();
});
