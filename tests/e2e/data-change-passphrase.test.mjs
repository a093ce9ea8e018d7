// Changing the app lock's passphrase: the current one is asked for, everything is
// encrypted again, the old passphrase no longer opens Closer and the new one does, with
// every word still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, storageDump, ready } from './lib/harness.mjs';
import { seeded, CLOCK, WORDS } from './lib/data.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const OLD = 'seven blue kites';
const NEW = 'a harbour at dawn';

async function unlock(page, pass) {
  await page.getByLabel('Passphrase').fill(pass);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('change the passphrase: the old one stops working, the new one opens everything', async () => {
  const { page, finish } = await app.open('/settings/lock', { storage: seeded(), clock: CLOCK });
  await page.getByLabel('New passphrase').fill(OLD);
  await page.getByLabel('The same passphrase again').fill(OLD);
  await page.getByLabel('I understand that if I forget this passphrase, my data is gone.').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByRole('heading', { name: 'Change the passphrase' }).waitFor();
  const sealedBefore = await storageDump(page);

  // A wrong current passphrase changes nothing.
  const form = page.getByRole('form', { name: 'Change the passphrase' });
  await form.getByLabel('Current passphrase').fill('not my passphrase');
  await form.getByLabel('New passphrase', { exact: true }).fill(NEW);
  await form.getByLabel('The new passphrase again').fill(NEW);
  await form.getByRole('button', { name: 'Change the passphrase' }).click();
  await form.getByRole('alert').filter({ hasText: "That isn't your current passphrase. Nothing was changed." }).waitFor();
  assert.deepEqual(await storageDump(page), sealedBefore);

  // Two different new ones are caught before anything happens.
  await form.getByLabel('Current passphrase').fill(OLD);
  await form.getByLabel('The new passphrase again').fill(NEW + '!');
  await form.getByRole('button', { name: 'Change the passphrase' }).click();
  await form.getByRole('alert').filter({ hasText: 'The two passphrases are different.' }).waitFor();

  await form.getByLabel('The new passphrase again').fill(NEW);
  await form.getByRole('button', { name: 'Change the passphrase' }).click();
  await form.getByRole('status').filter({ hasText: 'Your passphrase is changed. Use the new one from now on.' }).waitFor();
  assert.equal(await form.getByLabel('Current passphrase').inputValue(), '', 'the passphrases are cleared from the form');
  await checkA11y(page, 'app lock, passphrase changed');

  const after = await storageDump(page);
  assert.notEqual(after['closer:lock'], sealedBefore['closer:lock'], 'a new salt and check value');
  for (const [k, v] of Object.entries(after)) {
    if (k === 'closer:meta' || k === 'closer:lock' || k === 'e2e-seeded') continue;
    assert.ok(v.startsWith('#'), `${k} is still sealed`);
    assert.notEqual(v, sealedBefore[k], `${k} is sealed again with the new key`);
    for (const w of WORDS) assert.ok(!v.includes(w), `"${w}" is not readable in ${k}`);
  }

  await page.reload();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Closer is locked' }).waitFor();
  await unlock(page, OLD);
  await page.getByRole('alert').filter({ hasText: "That passphrase doesn't open Closer" }).waitFor();
  await unlock(page, NEW);
  await page.getByRole('heading', { name: 'The lock is on' }).waitFor();
  await page.getByRole('link', { name: 'Closer', exact: true }).click();
  await page.getByText('More for today').click();
  await page.getByText('Let the lighthouse keeper in.').waitFor();
  await finish();
});
