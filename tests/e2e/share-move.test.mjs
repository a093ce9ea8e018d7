// Moving to a new phone: two browser profiles are two phones. The old one makes the
// moving file and hands it over (a stand-in share sheet, or a download); the new one
// takes it in (picked, or shared to the installed app through the service worker) with
// its passphrase. Every stored entry arrives; a wrong passphrase or a newer file changes
// nothing; the old phone offers to delete its copy and never insists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, checkA11y, storageDump, ready, seedStorage } from './lib/harness.mjs';
import { threeMonths, storage, CLOCK } from './lib/three-months.mjs';
import { download, entriesOf } from './lib/data.mjs';

let app;
before(async () => { app = await launch(); });
after(() => app.close());

const f = threeMonths();
const PASS = 'tide pools at dawn';
const FILE = 'closer-move-2026-11-29.txt';
const ENTRIES = Object.values(f.data).reduce((n, list) => n + list.length, 0);

/** A share sheet that keeps what it was given (headless Chromium has none). */
function standInShareSheet() {
  window.__shared = null;
  navigator.canShare = (d) => !!d && Array.isArray(d.files) && d.files.length > 0 && d.files.every((x) => x.type === 'text/plain');
  navigator.share = async (d) => {
    window.__shared = await Promise.all(d.files.map(async (x) => ({ name: x.name, type: x.type, text: await x.text() })));
  };
}

/** A phone: a fresh browser profile, on Closer's clock, optionally with a share sheet. */
async function phone(path, { seed, shareSheet = false, worker = false } = {}) {
  const c = await app.context({ timezoneId: 'UTC', ...(worker ? { serviceWorkers: 'allow' } : {}) });
  if (shareSheet) await c.ctx.addInitScript(standInShareSheet);
  const page = await c.ctx.newPage();
  await page.clock.install({ time: CLOCK });
  if (seed) await seedStorage(page, seed);
  await page.goto(path);
  await ready(page);
  return { ...c, page };
}

async function makeMovingFile(page) {
  await page.goto('/move');
  await ready(page);
  await page.getByRole('link', { name: 'Send everything from this phone' }).click();
  await page.getByRole('heading', { level: 1, name: 'Send everything to your new phone' }).waitFor();
  await page.getByLabel('Passphrase for the moving file').fill(PASS);
  await page.getByLabel('The same passphrase again').fill(PASS);
  await page.getByRole('button', { name: 'Make the moving file' }).click();
  await page.getByText(`Your moving file ${FILE} is ready. It holds ${ENTRIES} entries and your settings.`).waitFor();
}

/** Everything a phone keeps, through its own readable backup: entries and documents
 *  (the backup log, which records this very backup, aside). */
async function everything(page) {
  await page.goto('/settings/data');
  await ready(page);
  const b = await download(page, 'Download a backup');
  const docs = JSON.parse(b.text).docs;
  delete docs.backup;
  return { entries: entriesOf(b.text), docs };
}

async function screenText(page, path) {
  await page.goto(path);
  await ready(page);
  // Today keeps the intention and the rest in its fold: open it, so all of it is compared.
  if (path === '/') await page.getByText('More for today').click();
  await page.waitForTimeout(300);
  return page.locator('main').innerText();
}

async function moveHere(page, file) {
  await page.getByLabel(/Moving file/).setInputFiles(file);
  await page.getByLabel('Passphrase from your old phone').fill(PASS);
  await page.getByRole('button', { name: 'Move everything here' }).click();
}

test('two phones: the share sheet hands the file over and every entry arrives', async () => {
  const old = await phone('/', { seed: storage(f), shareSheet: true });
  await makeMovingFile(old.page);
  await checkA11y(old.page, 'moving file ready');
  await old.page.getByRole('button', { name: 'Send with the share sheet' }).click();
  await old.page.getByText(`Sent: ${FILE}. Now open it on your new phone.`).waitFor();
  const [shared] = await old.page.evaluate(() => window.__shared);
  assert.equal(shared.name, FILE);
  assert.equal(shared.type, 'text/plain');
  const file = JSON.parse(shared.text);
  assert.equal(file.encrypted.cipher, 'AES-256-GCM');
  assert.doesNotMatch(shared.text, /ink-|lighthouse/, 'nothing readable on the way');
  // Once handed over, the old phone asks (and only asks) about its own copy.
  await old.page.getByRole('heading', { name: 'Did everything arrive?' }).waitFor();

  const fresh = await phone('/welcome');
  await fresh.page.getByRole('link', { name: "I'm moving from another phone" }).click();
  await fresh.page.getByRole('heading', { level: 1, name: "I'm moving from another phone" }).waitFor();
  await checkA11y(fresh.page, 'moving here');
  await fresh.page.getByLabel(/Moving file/).setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(shared.text) });
  await fresh.page.getByLabel('Passphrase from your old phone').waitFor();
  await checkA11y(fresh.page, 'moving passphrase');
  await fresh.page.getByLabel('Passphrase from your old phone').fill(PASS);
  await fresh.page.getByRole('button', { name: 'Move everything here' }).click();
  await fresh.page.getByText(new RegExp(`Everything from your old phone is here: ${ENTRIES} entries, from`)).waitFor();
  await checkA11y(fresh.page, 'moved');
  await fresh.page.getByRole('link', { name: 'Open Today' }).click();
  await fresh.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();

  // The same Today, quiz history and wins, and exactly the same stored entries.
  for (const path of ['/', '/quiz/history', '/wins']) {
    assert.equal(await screenText(fresh.page, path), await screenText(old.page, path), `${path} reads the same on both phones`);
  }
  assert.match(await screenText(fresh.page, '/'), /ink-intention Let the lighthouse keeper in\./);
  const [was, now] = [await everything(old.page), await everything(fresh.page)];
  assert.equal(now.entries.length, ENTRIES);
  assert.deepEqual(now.entries, was.entries);
  assert.deepEqual(now.docs, was.docs);

  // Never forced: the old phone keeps everything until the person says otherwise.
  await old.page.goto('/move');
  await ready(old.page);
  await old.page.getByRole('heading', { name: 'Did everything arrive?' }).waitFor();
  await checkA11y(old.page, 'did everything arrive');
  await old.page.getByRole('button', { name: 'Keep it on this phone' }).click();
  await old.page.getByText('Kept. Closer stays as it is on this phone.').waitFor();
  await old.page.reload();
  await ready(old.page);
  assert.equal(await old.page.getByRole('heading', { name: 'Did everything arrive?' }).count(), 0);
  assert.equal((await everything(old.page)).entries.length, ENTRIES);
  await old.finish();
  await fresh.finish();
});

test('without a share sheet the file is saved, and the old phone may delete its copy', async () => {
  const old = await phone('/', { seed: { ...storage(f), 'e2e-seeded': '1' } });
  await makeMovingFile(old.page);
  assert.equal(await old.page.getByRole('button', { name: 'Send with the share sheet' }).count(), 0);
  const saved = await download(old.page, 'Save the moving file');
  assert.equal(saved.name, FILE);
  await old.page.getByText(`Saved as ${FILE} in your downloads.`).waitFor();

  const fresh = await phone('/move?phone=new');
  await moveHere(fresh.page, { name: FILE, mimeType: 'text/plain', buffer: Buffer.from(saved.text) });
  await fresh.page.getByText(`Everything from your old phone is here: ${ENTRIES} entries`, { exact: false }).waitFor();

  // Something written on the old phone after the file was made is pointed out first.
  await old.page.goto('/move');
  await ready(old.page);
  await old.page.evaluate(() => {
    const key = 'closer:e:ci:2026-11';
    const list = JSON.parse(localStorage.getItem(key));
    list.push({ id: 'late-one', t: list[list.length - 1].t + 60, n: 'written after the moving file' });
    localStorage.setItem(key, JSON.stringify(list));
  });
  await old.page.reload();
  await ready(old.page);
  await old.page.getByText("Something has changed here since then, so the moving file doesn't have all of it.").waitFor();
  await old.page.getByRole('button', { name: "Delete Closer's data on this phone…" }).click();
  await old.page.getByRole('group', { name: "Delete Closer's data on this phone" }).waitFor();
  await checkA11y(old.page, 'delete this phone\'s copy');
  await old.page.getByRole('button', { name: 'Yes, delete it from this phone' }).click();
  await old.page.waitForURL((u) => u.pathname === '/' || u.pathname === '/welcome');
  await ready(old.page);
  const left = Object.keys(await storageDump(old.page)).filter((k) => k !== 'closer:meta');
  assert.deepEqual(left, [], 'the old phone holds nothing of Closer now');
  await old.finish();
  await fresh.finish();
});

test('a wrong passphrase and a file from a newer Closer are refused, and nothing changes', async () => {
  const old = await phone('/', { seed: storage(f), shareSheet: true });
  await makeMovingFile(old.page);
  await old.page.getByRole('button', { name: 'Send with the share sheet' }).click();
  await old.page.getByText(`Sent: ${FILE}.`, { exact: false }).waitFor();
  const [shared] = await old.page.evaluate(() => window.__shared);
  await old.finish();

  for (const seed of [undefined, { 'closer:meta': '{"schema":1}', 'closer:e:ci:2026-11': JSON.stringify([{ id: 'mine', t: 1795770000, w: ['calm'] }]) }]) {
    const fresh = await phone('/move?phone=new', { seed });
    const before = await storageDump(fresh.page);
    await fresh.page.getByLabel(/Moving file/).setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(shared.text) });
    await fresh.page.getByLabel('Passphrase from your old phone').fill('tide pools at dusk');
    await fresh.page.getByRole('button', { name: 'Move everything here' }).click();
    await fresh.page.getByRole('alert').filter({ hasText: "That passphrase doesn't open this backup. Try again? Nothing here was changed." }).waitFor();
    await checkA11y(fresh.page, 'wrong passphrase');
    assert.deepEqual(await storageDump(fresh.page), before, 'a wrong passphrase changes nothing');

    const newer = JSON.parse(shared.text);
    newer.schema = 99;
    await fresh.page.getByRole('button', { name: 'Choose another file' }).click();
    await fresh.page.getByLabel(/Moving file/).setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(JSON.stringify(newer)) });
    await fresh.page.getByRole('alert').filter({ hasText: 'made by a newer version of Closer' }).waitFor();
    assert.deepEqual(await storageDump(fresh.page), before, 'a newer file changes nothing');

    if (seed) {
      // A phone that already has entries asks before anything is replaced.
      await fresh.page.getByLabel(/Moving file/).setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(shared.text) });
      await fresh.page.getByLabel('Passphrase from your old phone').fill(PASS);
      await fresh.page.getByRole('button', { name: 'Move everything here' }).click();
      await fresh.page.getByRole('heading', { name: 'This phone already has entries' }).waitFor();
      assert.deepEqual(await storageDump(fresh.page), before, 'nothing yet');
      await fresh.page.getByRole('button', { name: 'Keep both' }).click();
      await fresh.page.getByText(`Everything from your old phone is here: ${ENTRIES} entries`, { exact: false }).waitFor();
      assert.equal((await everything(fresh.page)).entries.length, ENTRIES + 1);
    }
    await fresh.finish();
  }
});

test('shared to the installed app, the file arrives through the service worker', async () => {
  const old = await phone('/', { seed: storage(f), shareSheet: true });
  await makeMovingFile(old.page);
  await old.page.getByRole('button', { name: 'Send with the share sheet' }).click();
  await old.page.getByText(`Sent: ${FILE}.`, { exact: false }).waitFor();
  const [shared] = await old.page.evaluate(() => window.__shared);
  await old.finish();

  const fresh = await phone('/welcome', { worker: true });
  const { page } = fresh;
  const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
  assert.deepEqual({ ...manifest.share_target, params: undefined }, { action: '/move/receive', method: 'POST', enctype: 'multipart/form-data', params: undefined });
  assert.ok(manifest.share_target.params.files.some((x) => x.accept.includes('text/plain')));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // What Android does when the file is shared to Closer: a form POST to the share target.
  const post = (text) => page.evaluate(({ text, name }) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = '/move/receive';
    form.enctype = 'multipart/form-data';
    const input = document.createElement('input');
    input.type = 'file';
    input.name = 'file';
    if (text !== null) {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      input.files = dt.files;
    }
    form.append(input);
    document.body.append(form);
    form.submit();
  }, { text, name: FILE });

  await post(null);
  await page.waitForURL((u) => u.pathname === '/move' && u.search === '?phone=new&received=0');
  await ready(page);
  await page.getByText("The moving file didn't come through. Choose it below instead.").waitFor();

  await post(shared.text);
  await page.waitForURL((u) => u.pathname === '/move' && u.search === '?phone=new&received=1');
  await ready(page);
  await page.getByText('Your moving file has arrived.').waitFor();
  assert.equal(await page.evaluate(() => caches.has('inbox-v1')), true, 'kept in the inbox until taken in');
  await page.getByLabel('Passphrase from your old phone').fill(PASS);
  await page.getByRole('button', { name: 'Move everything here' }).click();
  await page.getByText(`Everything from your old phone is here: ${ENTRIES} entries`, { exact: false }).waitFor();
  await page.waitForFunction(() => caches.has('inbox-v1').then((h) => !h));
  assert.equal((await everything(page)).entries.length, ENTRIES);
  await fresh.finish();
});
