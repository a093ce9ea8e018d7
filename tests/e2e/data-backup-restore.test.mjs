// Backup and restore: a backup taken in one browser brings every entry back in a fresh
// one; an encrypted backup needs its passphrase; hostile files are refused whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, storageDump } from './lib/harness.mjs';
import { seeded, CLOCK, WORDS, download, entriesOf } from './lib/data.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

test('export, a fresh browser, import: every entry is back, and again adds nothing', async () => {
  const first = await app.open('/settings/data', { storage: seeded(), clock: CLOCK });
  const { page } = first;
  await page.getByRole('heading', { level: 1, name: 'Backup and restore' }).waitFor();
  await checkA11y(page, 'backup and restore');
  const backup = await download(page, 'Download a backup');
  assert.equal(backup.name, 'closer-backup-2026-11-29.json');
  await page.getByRole('status').filter({ hasText: 'is in your downloads' }).waitFor();
  const file = JSON.parse(backup.text);
  assert.equal(file.closer_backup, 1);
  assert.equal(file.schema, 1);
  assert.equal(entriesOf(backup.text).length, 3);
  for (const w of WORDS) assert.ok(backup.text.includes(w), `readable backup holds "${w}"`);
  await first.finish();

  // A new browser profile: empty storage, as after clearing the origin.
  const second = await app.open('/settings/data', { clock: CLOCK });
  const p2 = second.page;
  assert.deepEqual(Object.keys(await storageDump(p2)).filter((k) => k !== 'closer:meta'), []);
  await p2.getByLabel('Backup file').setInputFiles(backup.file);
  await p2.getByText('This backup, made 2026-11-29 09:00, holds 3 entries, from 7 Oct 2026 to 20 Nov 2026.').waitFor();
  await p2.getByText('wins: 3').waitFor();
  await checkA11y(p2, 'restore review');
  await p2.getByRole('button', { name: "Add what's new" }).click();
  await p2.getByRole('status').filter({ hasText: 'Done. 3 entries from the backup were added' }).waitFor();

  // Everything is back: a backup of this browser holds exactly the same entries.
  const again = await download(p2, 'Download a backup');
  assert.deepEqual(entriesOf(again.text), entriesOf(backup.text));
  assert.deepEqual(JSON.parse(again.text).docs.profile, file.docs.profile);

  // The same file a second time adds nothing.
  await p2.getByLabel('Backup file').setInputFiles(backup.file);
  await p2.getByRole('button', { name: "Add what's new" }).click();
  await p2.getByRole('status').filter({ hasText: 'already here, so nothing was added' }).waitFor();

  // The restored intention shows on Today.
  await p2.getByRole('link', { name: 'Closer', exact: true }).click();
  await p2.getByText('More for today').click();
  await p2.getByText('Let the lighthouse keeper in.').waitFor();
  await second.finish();
});

test('an encrypted backup hides every word and opens only with its passphrase', async () => {
  const first = await app.open('/settings/data', { storage: seeded(), clock: CLOCK });
  const { page } = first;
  await page.getByLabel('Protect the file with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('The same passphrase again').fill('short');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await page.getByRole('alert').filter({ hasText: 'at least 8 characters' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('tide pools at dawn');
  await page.getByLabel('The same passphrase again').fill('tide pools at dawn');
  await checkA11y(page, 'backup with passphrase');
  const backup = await download(page, 'Download a backup');
  for (const w of WORDS) assert.ok(!backup.text.includes(w), `"${w}" is not readable in the encrypted file`);
  const enc = JSON.parse(backup.text).encrypted;
  assert.equal(enc.cipher, 'AES-256-GCM');
  assert.equal(enc.kdf, 'Argon2id');
  assert.deepEqual([enc.m, enc.t, enc.p], [19456, 2, 1], 'Argon2id at OWASP\'s minimum cost: 19 MiB, 2 passes, 1 lane');
  await first.finish();

  const second = await app.open('/settings/data', { clock: CLOCK });
  const p2 = second.page;
  await p2.getByLabel('Backup file').setInputFiles(backup.file);
  await p2.getByLabel('Backup passphrase').fill('tide pools at dusk');
  await p2.getByRole('button', { name: 'Open the backup' }).click();
  await p2.getByRole('alert').filter({ hasText: "That passphrase doesn't open this backup" }).waitFor();
  await checkA11y(p2, 'backup passphrase');

  // An altered ciphertext is refused even with the right passphrase.
  const altered = JSON.parse(backup.text);
  const bytes = Buffer.from(altered.encrypted.data, 'base64');
  bytes[40] ^= 1;
  altered.encrypted.data = bytes.toString('base64');
  await p2.getByLabel('Backup file').setInputFiles({ name: 'altered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(altered)) });
  await p2.getByLabel('Backup passphrase').fill('tide pools at dawn');
  await p2.getByRole('button', { name: 'Open the backup' }).click();
  await p2.getByRole('alert').filter({ hasText: 'the file was changed after it was made' }).waitFor();
  assert.deepEqual(Object.keys(await storageDump(p2)).filter((k) => k !== 'closer:meta'), [], 'nothing was changed');

  await p2.getByLabel('Backup file').setInputFiles(backup.file);
  await p2.getByLabel('Backup passphrase').fill('tide pools at dawn');
  await p2.getByRole('button', { name: 'Open the backup' }).click();
  await p2.getByText('holds 3 entries').waitFor();
  await p2.getByRole('button', { name: "Add what's new" }).click();
  await p2.getByRole('status').filter({ hasText: 'Done. 3 entries' }).waitFor();
  const dump = await storageDump(p2);
  assert.ok(Object.values(dump).some((v) => v.includes('driftwood walk')), 'the entries are back');
  await second.finish();
});

test('hostile files are refused whole, with a reason, and nothing changes', async () => {
  const { page, finish } = await app.open('/settings/data', { storage: seeded(), clock: CLOCK });
  const before = await storageDump(page);
  const offer = async (name, text) => {
    await page.getByLabel('Backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  const refused = async (text) => page.getByRole('alert').filter({ hasText: text }).waitFor();
  await offer('notes.txt', 'just some words');
  await refused("This file isn't a Closer backup");
  await offer('newer.json', JSON.stringify({ closer_backup: 1, schema: 99, entries: {} }));
  await refused('made by a newer version of Closer');
  await offer('deep.json', `{"closer_backup":1,"schema":1,"docs":{"x":${'['.repeat(500)}${']'.repeat(500)}}}`);
  await refused('built in a way no Closer backup is');
  await offer('broken.json', JSON.stringify({ closer_backup: 1, schema: 1, entries: { win: [{ r: 'no id' }] } }));
  await refused('This backup is damaged');
  // Every entry and setting is read as what it is before anything is written.
  await offer('typed.json', JSON.stringify({ closer_backup: 1, schema: 1, entries: { win: [{ id: 'w9', t: 1795000000, r: 5 }] } }));
  await refused('In its wins, the one marked w9: invalid type: integer `5`, expected a string.');
  await offer('start.json', JSON.stringify({ closer_backup: 1, schema: 1, docs: { profile: { start: 99999999 } } }));
  await refused('In its profile: a start date outside the years 1900 to 2200.');
  await offer('mystery.json', JSON.stringify({ closer_backup: 1, schema: 1, entries: { mystery: [{ id: 'm', t: 1 }] } }));
  await refused('entries of a kind called “mystery”, which this version of Closer doesn\'t know');
  await offer('huge.json', `{"closer_backup":1,"schema":1,"pad":"${'x'.repeat(8 * 1024 * 1024)}"}`);
  await refused('larger than 8 MB');
  await checkA11y(page, 'refused file');
  // Replacing: the confirmation says what would be lost, and cancelling changes nothing.
  const self = { closer_backup: 1, schema: 1, entries: { win: [{ id: 'zz', t: 1, r: 'only this' }] }, docs: {} };
  await offer('small.json', JSON.stringify(self));
  await page.getByRole('button', { name: "Replace what's here…" }).click();
  await page.getByText('3 entries here that aren\'t in the backup will be deleted').waitFor();
  await page.getByRole('button', { name: "Don't replace" }).click();
  assert.deepEqual(await storageDump(page), before, 'nothing was changed');
  await finish();
});
