// Issue 24, item 3: a lock made before Argon2id (a record whose passphrase slot derives its
// key with PBKDF2, exactly as an earlier release stored it) unlocks with its passphrase, and
// that unlock moves the slot to Argon2id: the record then names Argon2id's cost and no
// rounds, and the same passphrase opens Closer again after a reload, everything there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, ready, storageDump } from './lib/harness.mjs';
import { unlockWith } from './lib/faults.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const PASS = 'seven blue kites';
// Turned on in an earlier release: the first lock record's shape, PBKDF2-SHA256 at
// 600,000 rounds, three wins and a profile sealed with it (also read by tests/schema_fixtures.rs).
const OLD = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/lock-v1.json'), 'utf8'));

/** The wins journal, opened: every win there. */
async function winsThere(page) {
  for (const w of ['marmalade morning', 'driftwood walk', 'quiet tea']) {
    await page.getByText(w).first().waitFor();
  }
}

test('an old PBKDF2 lock unlocks with its passphrase and is then an Argon2id lock', async () => {
  const { page, finish } = await app.open('/wins', { storage: OLD });
  await ready(page);
  const before = JSON.parse((await storageDump(page))['closer:lock']);
  assert.equal(before.iter, 600000, 'the seeded record derives with PBKDF2');
  await unlockWith(page, PASS);
  await winsThere(page);

  // The slot moves just after the unlock, in one write of the record.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('closer:lock')).v === 3, null, { timeout: 15000 });
  const record = JSON.parse((await storageDump(page))['closer:lock']);
  assert.equal(record.v, 3, 'a record with an Argon2id slot');
  assert.equal(record.slots.length, 1);
  const [slot] = record.slots;
  assert.deepEqual(Object.keys(slot.argon2id).sort(), ['m', 'p', 't']);
  assert.ok(slot.argon2id.m >= 19 * 1024 && slot.argon2id.t >= 2 && slot.argon2id.p >= 1, JSON.stringify(slot));
  assert.equal(slot.iter, undefined, 'no PBKDF2 rounds left');
  assert.notEqual(slot.salt, before.salt, 'a fresh salt');

  // The same passphrase opens it again, now through Argon2id.
  await page.reload();
  await ready(page);
  await unlockWith(page, PASS);
  await winsThere(page);
  assert.deepEqual(JSON.parse((await storageDump(page))['closer:lock']).slots, record.slots, 'nothing more to move');
  await finish();
});
